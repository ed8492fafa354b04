using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Blog.Generator.Snippets;

/// <summary>What a C# fence holds, as the parse that fits it best found.</summary>
internal enum SnippetShape
{
    /// <summary>A file: usings, namespaces, types, top-level statements (or a mix of statements and types).</summary>
    File,

    /// <summary>Members of a type (methods, properties, fields…) with nothing around them.</summary>
    Members,

    /// <summary>Statements ending in an expression without a semicolon, as in a REPL: C#'s script form.</summary>
    Script,
}

/// <summary>
/// Parses a C# fence as what it most likely holds: a file (which takes statements and types since C# 9), members
/// of a type, or a script (whose last line may be a bare expression). The parse with the fewest errors wins, in that
/// order; a fence is not compiled with its neighbours, so each is parsed alone.
/// </summary>
internal static class SnippetSyntax
{
    /// <summary>The fence names that mean C#, compared ignoring case.</summary>
    public static bool IsCSharp(string? language) =>
        language is not null && (string.Equals(language, "csharp", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(language, "cs", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(language, "c#", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The newest language the compiler running the generator knows: a post may show C# newer than the project's own
    /// (a fence is text to read, and the check against the project is the <c>compile</c> mode's job).
    /// </summary>
    public static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.Parse);

    /// <summary>
    /// The deepest bracket nesting a fence may have to be parsed: the C# parser's time grows with the square of it
    /// (20,000 nested parentheses took 47 s here, three parses of 8,000 about 15 s), and real code nests a few dozen.
    /// </summary>
    public const int MaxNesting = 256;

    /// <summary>
    /// The deepest lambda nesting a <c>compile</c> fence may have: binding a lambda passed to an overloaded method binds
    /// its body once for each overload, so the work can double at each level (12 levels of <c>M(a => M(a => …))</c> over
    /// two overloads took 1.5 s, each level more twice as long). Real code nests a handful.
    /// </summary>
    public const int MaxLambdaNesting = 8;

    /// <summary>
    /// The deepest nesting of <c>(</c>, <c>[</c> and <c>{</c> in the code, outside strings, characters and comments,
    /// in one linear pass: whether <see cref="Parse"/> may run on it at all.
    /// </summary>
    public static int Nesting(string code) => NestingOf(code).Brackets;

    /// <summary>
    /// The deepest bracket nesting (<see cref="Nesting"/>) and lambda nesting in the code, in one linear pass: a lambda
    /// is inside another when its <c>=&gt;</c> comes in brackets opened after the other's <c>=&gt;</c> in the same
    /// argument or statement (a <c>,</c> or <c>;</c> ends that). Errs high, never low, for odd shapes.
    /// </summary>
    public static (int Brackets, int Lambdas) NestingOf(string code)
    {
        int depth = 0, deepest = 0, deepestLambda = 0;

        // For each open bracket: the lambdas around it, and the arrows seen in it since its last ',' or ';'.
        var frames = new Stack<(int Around, int Arrows)>();
        var current = (Around: 0, Arrows: 0);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '(' or '[' or '{':
                    deepest = Math.Max(deepest, ++depth);
                    frames.Push(current);
                    current = (current.Around + current.Arrows, 0);
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    current = frames.Count > 0 ? frames.Pop() : (0, 0);
                    break;
                case ',' or ';':
                    current.Arrows = 0;
                    break;
                case '=' when i + 1 < code.Length && code[i + 1] == '>':
                    current.Arrows++;
                    deepestLambda = Math.Max(deepestLambda, current.Around + current.Arrows);
                    i++;
                    break;
                case '/' when i + 1 < code.Length && code[i + 1] == '/':
                    i = End(code, code.IndexOf('\n', i));
                    break;
                case '/' when i + 1 < code.Length && code[i + 1] == '*':
                    var close = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = close < 0 ? code.Length : close + 1;
                    break;
                case '"' when i + 2 < code.Length && code[i + 1] == '"' && code[i + 2] == '"':
                    var raw = code.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                    i = raw < 0 ? code.Length : raw + 2;
                    break;
                case '"' or '\'':
                    // To the closing quote, past escapes (a verbatim string's "" reads as two strings: the same).
                    var j = i + 1;
                    while (j < code.Length && code[j] != c && code[j] != '\n')
                    {
                        j += code[j] == '\\' ? 2 : 1;
                    }

                    i = Math.Min(j, code.Length);
                    break;
            }
        }

        return (deepest, deepestLambda);
    }

    private static int End(string code, int index) => index < 0 ? code.Length : index;

    /// <summary>The text put before a fence's code to parse it as members, and after it.</summary>
    public const string MembersPrefix = "class __Snippet {\n";

    public const string MembersSuffix = "\n}";

    /// <summary>The best parse of <paramref name="code"/>, its shape, and how far into its text the code starts.</summary>
    public static (SyntaxTree Tree, SnippetShape Shape, int Offset) Parse(string code, CSharpParseOptions? options = null)
    {
        options ??= Options;
        var file = CSharpSyntaxTree.ParseText(code, options);
        var fileErrors = Errors(file);
        if (fileErrors == 0)
        {
            return (file, SnippetShape.File, 0);
        }

        var members = CSharpSyntaxTree.ParseText(MembersPrefix + code + MembersSuffix, options);
        var memberErrors = Errors(members);
        var script = CSharpSyntaxTree.ParseText(code, options.WithKind(SourceCodeKind.Script));
        var scriptErrors = Errors(script);
        if (memberErrors < fileErrors && memberErrors <= scriptErrors)
        {
            return (members, SnippetShape.Members, MembersPrefix.Length);
        }

        return scriptErrors < fileErrors ? (script, SnippetShape.Script, 0) : (file, SnippetShape.File, 0);
    }

    private static int Errors(SyntaxTree tree) => TryGetErrors(tree, out var errors) ? errors.Count : int.MaxValue;

    /// <summary>
    /// The tree's syntax errors; false when the compiler fails to list them. Roslyn 5.9 throws
    /// <see cref="ArgumentOutOfRangeException"/> from <c>GetDiagnostics</c> for some unfinished code (<c>$"{\//*</c> and a
    /// line break), found by the classifier's property test; the generator must not fail with it.
    /// </summary>
    public static bool TryGetErrors(SyntaxTree tree, out List<Diagnostic> errors)
    {
        try
        {
            errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            errors = [];
            return false;
        }
    }
}
