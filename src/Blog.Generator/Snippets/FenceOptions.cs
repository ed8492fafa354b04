using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.Snippets;

/// <summary>
/// What a C# fence's info string asks of the generator, after the language: <c>check</c> (parse it), <c>compile</c>
/// (bind it against the project), <c>nocheck</c>, <c>usings=A,B</c> and <c>expect=CS0029</c> (the error the fence
/// shows on purpose, which it must then have). Other words are left to other tools, as Markdig leaves them.
/// </summary>
/// <param name="Mode">How far the fence is checked: its own word, else the project's <c>BlogCheckCSharp</c>.</param>
/// <param name="Usings">Namespaces the fence uses without writing <c>using</c>: its <c>usings=</c> and the project's <c>BlogSnippetUsings</c>.</param>
/// <param name="Expected">The errors the fence must produce (<c>expect=</c>); with any, the fence is compiled.</param>
/// <param name="Problems">Words of ours that cannot be read (<c>expect=29</c>): each is reported, and left out.</param>
internal sealed record FenceOptions(CheckMode Mode, IReadOnlyList<string> Usings, IReadOnlyList<string> Expected, IReadOnlyList<string> Problems)
{
    private static readonly Regex ErrorId = new(@"\ACS[0-9]{4}\z", RegexOptions.CultureInvariant);

    private static readonly Regex Namespace = new(@"\A(global::)?[\p{L}_][\p{L}\p{Nd}_]*(\.[\p{L}_][\p{L}\p{Nd}_]*)*\z", RegexOptions.CultureInvariant);

    /// <param name="arguments">The info string's words after the language (Markdig's <c>Arguments</c>).</param>
    /// <param name="projectMode">The project's <c>BlogCheckCSharp</c>.</param>
    /// <param name="projectUsings">The project's <c>BlogSnippetUsings</c>.</param>
    public static FenceOptions Read(string? arguments, CheckMode projectMode, IReadOnlyList<string> projectUsings)
    {
        var mode = projectMode;
        var optedOut = false;
        var usings = new List<string>(projectUsings);
        var expected = new List<string>();
        var problems = new List<string>();
        foreach (var word in (arguments ?? string.Empty).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (word)
            {
                case "check":
                    mode = CheckMode.Syntax;
                    continue;
                case "compile":
                    mode = CheckMode.Compile;
                    continue;
                case "nocheck":
                    mode = CheckMode.None;
                    optedOut = true;
                    continue;
            }

            if (Value(word, "usings=") is { } names)
            {
                foreach (var name in Split(names))
                {
                    // The compiler binds a qualified name recursively, part by part: a name of 50,000 parts overflowed
                    // its stack. Real namespaces have a handful of parts.
                    if (name.Length > MaxNamespaceLength || name.Count(c => c == '.') >= MaxNamespaceParts)
                    {
                        problems.Add("'" + Shown(name) + "' in usings= is longer than a namespace may be here (" + MaxNamespaceParts + " parts, " + MaxNamespaceLength + " characters)");
                    }
                    else if (usings.Count - projectUsings.Count >= MaxUsings)
                    {
                        problems.Add("usings= names more than " + MaxUsings + " namespaces; '" + Shown(name) + "' and the rest are left out");
                        break;
                    }
                    else if (Namespace.IsMatch(name))
                    {
                        usings.Add(name);
                    }
                    else
                    {
                        problems.Add("'" + Shown(name) + "' in usings= is not a namespace");
                    }
                }
            }
            else if (Value(word, "expect=") is { } ids)
            {
                foreach (var id in Split(ids))
                {
                    if (ErrorId.IsMatch(id))
                    {
                        expected.Add(id);
                    }
                    else
                    {
                        problems.Add("'" + Shown(id) + "' in expect= is not a C# error id such as CS0029");
                    }
                }
            }
        }

        if (expected.Count > 0 && !optedOut)
        {
            mode = CheckMode.Compile;
        }

        return new FenceOptions(mode, usings.Distinct(StringComparer.Ordinal).ToList(), expected.Distinct(StringComparer.Ordinal).ToList(), problems);
    }

    /// <summary>The most parts a <c>usings=</c> namespace may have (<c>A.B.C</c> has 3).</summary>
    public const int MaxNamespaceParts = 32;

    /// <summary>The most characters a <c>usings=</c> namespace may have.</summary>
    public const int MaxNamespaceLength = 512;

    /// <summary>The most namespaces one fence's <c>usings=</c> may name.</summary>
    public const int MaxUsings = 64;

    /// <summary>A word short enough for a message.</summary>
    private static string Shown(string word) => MessageText.Cut(word, 60);

    /// <summary>Namespaces separated by commas or semicolons (a project property may use either).</summary>
    public static IReadOnlyList<string> Split(string text) =>
        text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();

    private static string? Value(string word, string prefix) =>
        word.StartsWith(prefix, StringComparison.Ordinal) ? word.Substring(prefix.Length) : null;
}
