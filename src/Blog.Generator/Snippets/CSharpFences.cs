using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Blog.Generator.Models;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Snippets;

/// <summary>A place in a post's body (0-based line and column of the Markdown after the front matter).</summary>
internal sealed record BodyPosition(int Line, int Column);

/// <summary>A syntax error of a C# fence, at its place in the body.</summary>
internal sealed record SnippetProblem(BodyPosition At, int Length, string Message, string Id);

/// <summary>A C# fence a body holds that is checked, with what the syntax check found.</summary>
/// <param name="Code">The fence's code, each line ended by a line feed.</param>
/// <param name="Mode">How far it is checked.</param>
/// <param name="Usings">Namespaces it uses without <c>using</c>.</param>
/// <param name="Expected">Errors it must produce.</param>
/// <param name="OptionProblems">Words of its info string that could not be read.</param>
/// <param name="Lines">Where each line of the code starts in the body.</param>
/// <param name="FenceLine">The body line of its opening fence.</param>
/// <param name="SyntaxErrors">Its syntax errors, at most <see cref="CSharpFences.MaxErrorsPerFence"/>.</param>
internal sealed record CheckedFence(
    string Code,
    CheckMode Mode,
    EquatableArray<string> Usings,
    EquatableArray<string> Expected,
    EquatableArray<string> OptionProblems,
    EquatableArray<BodyPosition> Lines,
    int FenceLine,
    EquatableArray<SnippetProblem> SyntaxErrors);

/// <summary>
/// Finds the C# fences of a body that are to be checked (<c>check</c>, <c>compile</c>, or the project's
/// <c>BlogCheckCSharp</c>) and checks their syntax: each must parse as a file, members of a type, or a script
/// (<see cref="SnippetSyntax"/>). Compiling against the project is <see cref="SnippetCompiler"/>'s, in a step of its own.
/// </summary>
internal static class CSharpFences
{
    /// <summary>The most errors reported for one fence: one mistake (an unclosed brace) can cause dozens.</summary>
    public const int MaxErrorsPerFence = 5;

    /// <summary>
    /// The most fences one post may have checked: each <c>compile</c> fence costs about 2 ms of binding, so a loop that
    /// writes 20,000 of them ran past a minute. A post that long with that many is not a post.
    /// </summary>
    public const int MaxCheckedFences = 1_000;

    public static EquatableArray<CheckedFence> Check(MarkdownDocument document, string markdown, CheckMode projectMode, IReadOnlyList<string> projectUsings)
    {
        List<CheckedFence>? fences = null;
        int[]? lineStarts = null;
        var checkedFences = 0;
        foreach (var block in document.Descendants<FencedCodeBlock>())
        {
            if (!SnippetSyntax.IsCSharp(block.Info))
            {
                continue;
            }

            var options = FenceOptions.Read(block.Arguments, projectMode, projectUsings);
            if (options.Mode == CheckMode.None && options.Problems.Count == 0)
            {
                continue;
            }

            if (options.Mode != CheckMode.None && ++checkedFences > MaxCheckedFences)
            {
                // Said once, at the first fence past the bound; the rest are shown unchecked.
                if (checkedFences == MaxCheckedFences + 1)
                {
                    (fences ??= []).Add(Unchecked(block, "this post has more than " + MaxCheckedFences.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " checked C# fences; this one and the rest are not checked"));
                }

                continue;
            }

            lineStarts ??= LineStarts(markdown);
            var (code, lines) = Code(block, lineStarts);
            // One pass over the code gives both nestings: brackets bound the parse, lambdas the compile.
            var nesting = options.Mode == CheckMode.None ? default : SnippetSyntax.NestingOf(code);
            if (options.Mode == CheckMode.Compile && nesting.Lambdas is var lambdas && lambdas > SnippetSyntax.MaxLambdaNesting)
            {
                options = options with
                {
                    Mode = CheckMode.Syntax,
                    Problems = [.. options.Problems, "its lambdas nest " + lambdas + " deep, more than the " + SnippetSyntax.MaxLambdaNesting + " the generator compiles (binding them against overloads can double the work at each level); it is checked for syntax only"],
                };
            }

            var errors = options.Mode == CheckMode.None ? [] : SyntaxErrors(code, lines, nesting.Brackets);
            (fences ??= []).Add(new CheckedFence(
                code,
                options.Mode,
                options.Usings.ToEquatableArray(),
                options.Expected.ToEquatableArray(),
                options.Problems.ToEquatableArray(),
                lines.ToEquatableArray(),
                block.Line,
                errors.ToEquatableArray()));
        }

        return fences is null ? EquatableArray<CheckedFence>.Empty : fences.ToEquatableArray();
    }

    /// <summary>A fence shown but not checked, with the reason as its one option problem (BLOG040).</summary>
    private static CheckedFence Unchecked(FencedCodeBlock block, string reason) => new(
        string.Empty,
        CheckMode.None,
        EquatableArray<string>.Empty,
        EquatableArray<string>.Empty,
        new[] { reason }.ToEquatableArray(),
        EquatableArray<BodyPosition>.Empty,
        block.Line,
        EquatableArray<SnippetProblem>.Empty);

    /// <summary>The code as Markdig reads it (the fence's indentation taken off each line) and where each line starts in the body.</summary>
    private static (string Code, List<BodyPosition> Lines) Code(FencedCodeBlock block, int[] lineStarts)
    {
        var code = new StringBuilder();
        var lines = new List<BodyPosition>();
        var all = block.Lines.Lines;
        for (var i = 0; all is not null && i < block.Lines.Count; i++)
        {
            var line = all[i];
            var start = line.Slice.Start;
            lines.Add(new BodyPosition(line.Line, line.Line < lineStarts.Length ? Math.Max(0, start - lineStarts[line.Line]) : 0));
            if (line.Slice.Text is not null && line.Slice.Length > 0)
            {
                code.Append(line.Slice.Text, start, line.Slice.Length);
            }

            code.Append('\n');
        }

        return (code.ToString(), lines);
    }

    /// <param name="code">The fence's code.</param>
    /// <param name="lines">Where each of its lines starts in the body.</param>
    /// <param name="nesting">Its deepest bracket nesting (<see cref="SnippetSyntax.NestingOf"/>).</param>
    private static List<SnippetProblem> SyntaxErrors(string code, List<BodyPosition> lines, int nesting)
    {
        if (nesting > SnippetSyntax.MaxNesting)
        {
            var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, "its brackets nest {0:N0} levels deep, more than the {1} the generator parses (the compiler's time grows with the square of it)", nesting, SnippetSyntax.MaxNesting);
            return [new SnippetProblem(lines.Count > 0 ? lines[0] : new BodyPosition(0, 0), 0, message, "nesting")];
        }

        var (tree, _, offset) = SnippetSyntax.Parse(code);
        if (!SnippetSyntax.TryGetErrors(tree, out var errors))
        {
            return [new SnippetProblem(lines.Count > 0 ? lines[0] : new BodyPosition(0, 0), 0, "the C# compiler failed while listing its errors; it does not parse", "compiler")];
        }

        var text = SourceText.From(code);
        return errors
            .Take(MaxErrorsPerFence)
            .Select(diagnostic =>
            {
                var start = Math.Max(0, Math.Min(code.Length, diagnostic.Location.SourceSpan.Start - offset));
                var length = Math.Max(0, Math.Min(code.Length - start, diagnostic.Location.SourceSpan.Length));
                return new SnippetProblem(At(text, lines, start), length, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Id);
            })
            .ToList();
    }

    /// <summary>The body position of an offset in the code.</summary>
    public static BodyPosition At(SourceText code, IReadOnlyList<BodyPosition> lines, int offset)
    {
        var position = code.Lines.GetLinePosition(Math.Min(offset, code.Length));
        if (lines.Count == 0)
        {
            return new BodyPosition(0, 0);
        }

        var line = lines[Math.Min(position.Line, lines.Count - 1)];
        return new BodyPosition(line.Line, line.Column + (position.Line < lines.Count ? position.Character : 0));
    }

    private static int[] LineStarts(string markdown)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
