using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;
using ColorCode.Compilation.Languages;
using ColorCode.Parsing;
using ColorCode.Styling;

namespace Blog.Generator.Rendering;

/// <summary>What a piece of highlighted code is: text to escape, or the start or end of a class span.</summary>
internal enum CodeTokenKind
{
    Text,
    Open,
    Close,
}

/// <summary>A range of the code (<see cref="CodeTokenKind.Text"/>), or a span's start with its class, or a span's end.</summary>
internal readonly record struct CodeToken(CodeTokenKind Kind, int Start, int Length, string? ClassName)
{
    public static readonly CodeToken Close = new(CodeTokenKind.Close, 0, 0, null);

    public static CodeToken Text(int start, int length) => new(CodeTokenKind.Text, start, length, null);

    public static CodeToken Open(string className) => new(CodeTokenKind.Open, 0, 0, className);
}

/// <summary>
/// ColorCode behind a small facade: finds a language by the name a fenced code block gives, and splits code into text
/// and class spans with ColorCode's class names (those of its <c>HtmlClassFormatter</c>: <c>keyword</c>, <c>string</c>,
/// <c>comment</c>…).
/// </summary>
/// <remarks>
/// ColorCode's own entry points share mutable state across the process: <c>Languages</c> keeps one language table and
/// one compiled-regex cache for every caller, which anyone may change with <c>Languages.Load</c>, and its
/// <c>FindById</c> compares names with the current culture. This class keeps a private table, repository and
/// compiler instead, so concurrent compilations (and other code in the compiler process) neither race with it nor
/// change its output; the language instances are immutable once built, the compiled languages are cached in a
/// <see cref="ConcurrentDictionary{TKey,TValue}"/>, and a <see cref="Regex"/> is safe to match from several threads.
/// Patterns of ColorCode's that backtrack exponentially are replaced by linear ones (<see cref="LinearPatterns"/>), and
/// each regex gets a match timeout, so that a block no pattern can finish in time is left plain instead of holding up
/// the compiler.
/// </remarks>
internal static class CodeColorizer
{
    /// <summary>Longest one regex match may take; real code matches in microseconds.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// ColorCode patterns that backtrack exponentially when a block comment or a JSON string is never closed (twenty
    /// lines after an unclosed <c>/*</c> take seconds, each further line doubles it), and linear patterns that match
    /// exactly the same text, with the same capturing groups.
    /// </summary>
    private static readonly Dictionary<string, string> LinearPatterns = new(StringComparer.Ordinal)
    {
        // C#, JavaScript, TypeScript, C++, Java, PHP: /* … */
        [@"/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/"] = @"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/",
        // F#: (* … *)
        [@"\(\*([^*]|[\r\n]|(\*+([^*)]|[\r\n])))*\*+\)"] = @"\(\*[^*]*\*+(?:[^)*][^*]*\*+)*\)",
        // JSON: a key, then a string
        [@"[,\{]\s*(""[^""\\]*(?:\\[^\r\n]|[^""\\]*)*"")\s*:"] = @"[,\{]\s*(""[^""\\]*(?:\\[^\r\n][^""\\]*)*"")\s*:",
        [@"""[^""\\]*(?:\\[^\r\n]|[^""\\]*)*"""] = @"""[^""\\]*(?:\\[^\r\n][^""\\]*)*""",
    };

    /// <summary>
    /// ColorCode 2.0.15's languages with the names they answer to: ColorCode's own ids and aliases, then common fence
    /// names it lacks. Left out: Koka, whose comment pattern backtracks exponentially on almost any text, and JSX,
    /// which ColorCode's JavaScript does not know.
    /// </summary>
    private static readonly (ILanguage Language, string[] Names)[] Table =
    [
        (Linear(new CSharp()), ["c#", "cs", "csharp", "cake"]),
        (Linear(new VbDotNet()), ["vb.net", "vbnet", "vb", "visualbasic"]),
        (Linear(new FSharp()), ["f#", "fs", "fsharp"]),
        (Linear(new JavaScript()), ["javascript", "js", "mjs", "cjs"]),
        (Linear(new Typescript()), ["typescript", "ts", "mts", "cts"]),
        (Linear(new Json()), ["json"]),
        (Linear(new Html()), ["html", "htm", "xhtml"]),
        (Linear(new Xml()), ["xml", "xaml", "axml", "svg", "xsd", "xsl", "xslt", "csproj", "props", "targets"]),
        (Linear(new Css()), ["css"]),
        (Linear(new Sql()), ["sql", "tsql"]),
        (Linear(new PowerShell()), ["powershell", "posh", "ps1", "pwsh"]),
        (Linear(new Python()), ["python", "py"]),
        (Linear(new Php()), ["php", "php3", "php4", "php5"]),
        (Linear(new Cpp()), ["cpp", "c++", "c", "cc", "cxx", "h", "hpp"]),
        (Linear(new Java()), ["java"]),
        (Linear(new Haskell()), ["haskell", "hs"]),
        (Linear(new Fortran()), ["fortran", "f90"]),
        (Linear(new Markdown()), ["markdown", "md"]),
        (Linear(new MatLab()), ["matlab", "m", "mat"]),
        (Linear(new Asax()), ["asax"]),
        (Linear(new Ashx()), ["ashx"]),
        (Linear(new Aspx()), ["aspx"]),
        (Linear(new AspxCs()), ["aspx(c#)", "aspx-cs", "aspx(cs)"]),
        (Linear(new AspxVb()), ["aspx(vb.net)", "aspx-vb"]),
    ];

    private static readonly Dictionary<string, ILanguage> ByName = Table
        .SelectMany(entry => entry.Names.Select(name => (Name: name, entry.Language)))
        .ToDictionary(entry => entry.Name, entry => entry.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>ColorCode's scope names (<c>"Keyword"</c>) to the class names its <c>HtmlClassFormatter</c> writes (<c>keyword</c>).</summary>
    private static readonly Dictionary<string, string> ClassByScope = StyleDictionary.DefaultLight
        .ToDictionary(style => style.ScopeName, style => style.ReferenceName, StringComparer.Ordinal);

    private static readonly LanguageParser Parser = new(new TimedCompiler(), Repository());

    /// <summary>The class names a highlighted block can hold, in ColorCode's order.</summary>
    public static IEnumerable<string> ClassNames => ClassByScope.Values;

    /// <summary>The names a fenced code block can give to be highlighted (<c>csharp</c>, <c>js</c>…), case aside.</summary>
    public static IEnumerable<string> LanguageNames => Table.SelectMany(entry => entry.Names);

    /// <summary>The ColorCode id of the language a fenced code block with this name is highlighted as, if any.</summary>
    public static string? LanguageId(string name) => ByName.TryGetValue(name, out var language) ? language.Id : null;

    /// <summary>
    /// The code as text and class spans, well nested, whose text ranges cover <paramref name="code"/> exactly once and
    /// in order; <see langword="null"/> for an unknown language, empty code, or anything ColorCode fails on.
    /// </summary>
    public static List<CodeToken>? Colorize(string languageName, string code)
    {
        if (code.Length == 0 || !ByName.TryGetValue(languageName, out var language))
        {
            return null;
        }

        var tokens = new List<CodeToken>();
        var offset = 0;
        try
        {
            // ColorCode hands over the code in consecutive fragments, each with its scopes relative to the fragment.
            Parser.Parse(code, language, (fragment, scopes) =>
            {
                Write(tokens, scopes, offset, 0, fragment.Length);
                offset += fragment.Length;
            });
        }
        catch (Exception)
        {
            // A match timeout, or ColorCode failing on one block, leaves that block plain; it never fails the build.
            return null;
        }

        return offset == code.Length ? tokens : null;
    }

    /// <summary>
    /// Writes <paramref name="scopes"/> between <paramref name="start"/> and <paramref name="end"/> of the fragment at
    /// <paramref name="origin"/>, clamping each scope to its parent and after its previous sibling: ColorCode can give
    /// overlapping or out-of-range scopes (its nested-language offsets), and the HTML must stay well formed.
    /// </summary>
    private static void Write(List<CodeToken> tokens, IList<Scope> scopes, int origin, int start, int end)
    {
        var position = start;
        foreach (var scope in scopes.OrderBy(scope => scope.Index))
        {
            var from = Math.Max(scope.Index, position);
            var to = Math.Min(scope.Index + scope.Length, end);
            if (to <= from)
            {
                continue;
            }

            AddText(tokens, origin + position, from - position);
            var className = ClassByScope.TryGetValue(scope.Name, out var name) ? name : null;
            if (className is not null)
            {
                tokens.Add(CodeToken.Open(className));
            }

            Write(tokens, scope.Children, origin, from, to);
            if (className is not null)
            {
                tokens.Add(CodeToken.Close);
            }

            position = to;
        }

        AddText(tokens, origin + position, end - position);
    }

    private static void AddText(List<CodeToken> tokens, int start, int length)
    {
        if (length > 0)
        {
            tokens.Add(CodeToken.Text(start, length));
        }
    }

    /// <summary>
    /// The repository ColorCode's parser looks nested languages up in (HTML's scripts are JavaScript, ASP.NET's are C#
    /// or VB.NET), filled once in a fixed order.
    /// </summary>
    private static LanguageRepository Repository()
    {
        var repository = new LanguageRepository(new Dictionary<string, ILanguage>(StringComparer.Ordinal));
        foreach (var (language, _) in Table)
        {
            repository.Load(language);
        }

        return repository;
    }

    private static ILanguage Linear(ILanguage language) => new LinearLanguage(language);

    /// <summary>A ColorCode language with <see cref="LinearPatterns"/> in place of the patterns they replace.</summary>
    private sealed class LinearLanguage(ILanguage language) : ILanguage
    {
        private readonly IList<LanguageRule> rules = language.Rules
            .Select(rule => LinearPatterns.TryGetValue(rule.Regex, out var linear) ? new LanguageRule(linear, rule.Captures) : rule)
            .ToList();

        public string Id => language.Id;

        public string FirstLinePattern => language.FirstLinePattern;

        public string Name => language.Name;

        public IList<LanguageRule> Rules => rules;

        public string CssClassName => language.CssClassName;

        public bool HasAlias(string lang) => language.HasAlias(lang);
    }

    /// <summary>Compiles each language once, with ColorCode's compiler, and gives its regex a match timeout.</summary>
    private sealed class TimedCompiler : ILanguageCompiler
    {
        private readonly LanguageCompiler compiler = new(new Dictionary<string, CompiledLanguage>(StringComparer.Ordinal), new ReaderWriterLockSlim());
        private readonly ConcurrentDictionary<string, CompiledLanguage> compiled = new(StringComparer.Ordinal);

        public CompiledLanguage Compile(ILanguage language) => compiled.GetOrAdd(language.Id, _ =>
        {
            var plain = compiler.Compile(language);
            var regex = new Regex(plain.Regex.ToString(), plain.Regex.Options | RegexOptions.CultureInvariant, MatchTimeout);
            return new CompiledLanguage(plain.Id, plain.Name, regex, plain.Captures);
        });
    }
}
