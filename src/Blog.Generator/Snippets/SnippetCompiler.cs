using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Snippets;

/// <summary>
/// Compiles a post's <c>compile</c> fences against the project: each fence is a syntax tree added to the project's
/// own compilation (its references, its types, its global usings), its statements in a method, its members in a class
/// and its types in a namespace of its own, so fences never meet each other or the project's top-level statements.
/// Each C# error is reported at its place in the post; an error the fence expects (<c>expect=</c>) is not, and one
/// that does not come is.
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The errors of a post's fences as diagnostics; the project's own errors are not looked at.</summary>
    public static EquatableArray<DiagnosticInfo> Check(PostSnippets post, Compilation compilation, DiagnosticSeverity severity, CancellationToken cancellationToken)
    {
        if (compilation is not CSharpCompilation project)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var options = project.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var wrapped = post.Snippets.Select((snippet, index) => Wrap(snippet, index, options, cancellationToken)).ToList();
        var checking = project.AddSyntaxTrees(wrapped.Select(fence => fence.Tree));
        var diagnostics = new List<DiagnosticInfo>();
        for (var i = 0; i < wrapped.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (tree, map) = wrapped[i];
            var snippet = post.Snippets[i];
            var errors = checking.GetSemanticModel(tree).GetDiagnostics(cancellationToken: cancellationToken)
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.IsWarningAsError && diagnostic.Location.SourceTree == tree)
                .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
                .ToList();
            var unexpected = errors.Where(error => !snippet.Expected.Contains(error.Id)).Take(CSharpFences.MaxErrorsPerFence);
            foreach (var error in unexpected)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SnippetDoesNotCompile,
                    map.Locate(error.Location.SourceSpan, post.FilePath, snippet),
                    severity,
                    error.GetMessage(CultureInfo.InvariantCulture),
                    error.Id));
            }

            foreach (var id in snippet.Expected.Where(id => errors.All(error => error.Id != id)))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SnippetDidNotFail,
                    snippet.Fence,
                    severity,
                    id,
                    errors.Count == 0 ? "it compiles" : "its errors are " + string.Join(", ", errors.Select(error => error.Id).Distinct())));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>The fence as a syntax tree of its own, and how the tree's text maps back to the fence's.</summary>
    private static (SyntaxTree Tree, TextMap Map) Wrap(CSharpSnippet snippet, int index, CSharpParseOptions options, CancellationToken cancellationToken)
    {
        var code = snippet.Code;
        var (parsed, shape, _) = SnippetSyntax.Parse(code, options);
        var text = new TextMap.Builder();
        foreach (var name in snippet.Usings)
        {
            text.Add("using " + name + ";\n");
        }

        var ns = "BlogSnippets.Fence" + index.ToString(CultureInfo.InvariantCulture);
        if (shape == SnippetShape.Members)
        {
            text.Add("namespace " + ns + "\n{\n    internal partial class Snippet\n    {\n");
            text.AddCode(code, 0, code.Length);
            text.Add("\n    }\n}\n");
            return (CSharpSyntaxTree.ParseText(text.Text, options, path: FileName(index), cancellationToken: cancellationToken), text.Build());
        }

        var root = (CompilationUnitSyntax)parsed.GetRoot(cancellationToken);
        var usingsEnd = root.Externs.Concat<SyntaxNode>(root.Usings).Concat(root.AttributeLists).LastOrDefault()?.FullSpan.End ?? 0;

        // A script's top-level variables and functions are members to the compiler; all of it runs as statements.
        var statements = shape == SnippetShape.Script ? root.Members.ToList() : root.Members.OfType<GlobalStatementSyntax>().Cast<MemberDeclarationSyntax>().ToList();
        var others = root.Members.Where(member => !statements.Contains(member)).ToList();
        text.AddCode(code, 0, usingsEnd);
        var declaresNamespace = others.Any(member => member is BaseNamespaceDeclarationSyntax);
        var openNamespace = !declaresNamespace;
        if (openNamespace)
        {
            text.Add("\nnamespace " + ns + "\n{\n");
        }

        if (statements.Count > 0)
        {
            var start = Math.Max(usingsEnd, statements[0].FullSpan.Start);
            var end = statements[statements.Count - 1].FullSpan.End;
            text.Add("internal static class Snippet\n{\n    internal static async global::System.Threading.Tasks.Task Run()\n    {\n");
            if (shape == SnippetShape.Script && statements[statements.Count - 1] is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } bare })
            {
                // A script's last line may be an expression, as a REPL shows its value: discarded here.
                text.AddCode(code, start, bare.SpanStart);
                text.Add("_ = ");
                text.AddCode(code, bare.SpanStart, bare.Expression.Span.End);
                text.Add(";");
                text.AddCode(code, bare.Expression.Span.End, end);
            }
            else
            {
                text.AddCode(code, start, end);
            }

            text.Add("\n        await global::System.Threading.Tasks.Task.CompletedTask;\n    }\n}\n");
        }

        if (others.Count > 0)
        {
            var start = Math.Max(usingsEnd, others[0].FullSpan.Start);
            text.AddCode(code, start, code.Length);
        }
        else if (statements.Count > 0)
        {
            text.AddCode(code, statements[statements.Count - 1].FullSpan.End, code.Length);
        }

        if (openNamespace)
        {
            text.Add("\n}\n");
        }

        return (CSharpSyntaxTree.ParseText(text.Text, options, path: FileName(index), cancellationToken: cancellationToken), text.Build());
    }

    private static string FileName(int index) => "BlogSnippet" + index.ToString(CultureInfo.InvariantCulture) + ".cs";

    /// <summary>The pieces of a wrapped fence that are the fence's own code, so that a place in one is a place in the other.</summary>
    private sealed class TextMap(List<(int Start, int Length, int CodeStart)> pieces)
    {
        public LocationInfo Locate(TextSpan span, string filePath, CSharpSnippet snippet)
        {
            var start = Code(span.Start, snippet.Code.Length);
            var end = Math.Max(start, Code(span.End, snippet.Code.Length));
            var code = SourceText.From(snippet.Code);
            return Location(code, start, end, filePath, snippet);
        }

        /// <summary>The code offset of a wrapped offset: inside a piece, its own; between pieces, the end of the one before.</summary>
        private int Code(int wrapped, int codeLength)
        {
            var result = 0;
            foreach (var (start, length, codeStart) in pieces)
            {
                if (wrapped < start)
                {
                    break;
                }

                result = codeStart + Math.Min(wrapped - start, length);
            }

            return Math.Min(result, codeLength);
        }

        private static LocationInfo Location(SourceText code, int start, int end, string filePath, CSharpSnippet snippet)
        {
            var from = Position(code, start, snippet);
            var to = Position(code, end, snippet);
            if (to.Offset < from.Offset)
            {
                to = from;
            }

            return new LocationInfo(filePath, TextSpan.FromBounds(from.Offset, to.Offset), new LinePositionSpan(from.Position, to.Position));
        }

        private static (int Offset, LinePosition Position) Position(SourceText code, int offset, CSharpSnippet snippet)
        {
            var position = code.Lines.GetLinePosition(offset);
            var line = snippet.Lines[Math.Min(position.Line, snippet.Lines.Count - 1)];
            var character = position.Line < snippet.Lines.Count ? position.Character : 0;
            return (line.Offset + character, new LinePosition(line.Line, line.Column + character));
        }

        public sealed class Builder
        {
            private readonly StringBuilder text = new();
            private readonly List<(int Start, int Length, int CodeStart)> pieces = [];

            public string Text => text.ToString();

            public void Add(string wrapper) => text.Append(wrapper);

            public void AddCode(string code, int start, int end)
            {
                if (end <= start)
                {
                    return;
                }

                pieces.Add((text.Length, end - start, start));
                text.Append(code, start, end - start);
            }

            public TextMap Build() => new(pieces);
        }
    }
}
