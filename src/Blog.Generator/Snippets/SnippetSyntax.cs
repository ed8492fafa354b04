using System;
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

    private static int Errors(SyntaxTree tree) => tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
}
