using System.Linq;

namespace Blog.Generator.Models;

/// <summary>The project-wide settings read from MSBuild properties.</summary>
/// <param name="Namespace">Namespace of the generated types.</param>
/// <param name="MarkdownExtensions">Markdig extension list, as accepted by <c>MarkdownPipelineBuilder.Configure</c>.</param>
/// <param name="AllowRawHtml">Whether raw HTML in Markdown is passed through.</param>
/// <param name="IncludeDrafts">Whether drafts and unpublished posts are compiled in.</param>
/// <param name="WordsPerMinute">Reading speed used for the reading time.</param>
/// <param name="StrictFrontMatter">Whether unknown front-matter keys are reported.</param>
/// <param name="ExcerptSeparator">The text that ends a post's excerpt, unless its front matter sets <c>excerpt_separator</c>.</param>
/// <param name="RelatedPostCount">How many related posts each post lists at most.</param>
/// <param name="PostUrlPattern">A post's URL, with <c>{slug}</c> for its slug: what links between posts become.</param>
/// <param name="SyntaxHighlighting">Whether fenced code blocks in a language ColorCode knows get class spans.</param>
/// <param name="MaxPostSize">The most characters a post file may hold; its HTML may hold four times as many.</param>
/// <param name="MaxRenderCost">The most Markdig work one post may cost, as the render-cost estimate counts it.</param>
/// <param name="StoreForHotReload">Whether the output is shaped for hot reload (<c>BlogStoreForHotReload</c>; on in unoptimised builds and under <c>dotnet watch</c>): entries' bodies as string literals, which .NET 10's runtime can update where it fails on UTF-8 literals.</param>
/// <param name="MaxStringData">The most characters of string literals the posts may take (<c>BlogMaxStringData</c>): past it, records are UTF-8 data.</param>
/// <param name="Snippets">How C# fences are checked: <c>BlogCheckCSharp</c>, <c>BlogSnippetUsings</c>, <c>BlogSnippetSeverity</c>.</param>
/// <param name="Jekyll">What <c>BlogCompatibility=jekyll</c> asks for, or <see langword="null"/> in the default mode.</param>
/// <param name="Outside">The inputs the package's targets found outside the project once their links are followed (<c>BlogFilesOutsideProject</c>), left unread.</param>
/// <param name="Assets">Whether references to files beside the posts are resolved (<c>BlogAssets</c>, on unless <c>false</c>).</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string MarkdownExtensions,
    bool AllowRawHtml,
    bool IncludeDrafts,
    int WordsPerMinute,
    bool StrictFrontMatter,
    string ExcerptSeparator,
    int RelatedPostCount,
    string PostUrlPattern,
    bool SyntaxHighlighting,
    int MaxPostSize = GeneratorOptions.DefaultMaxPostSize,
    long MaxRenderCost = GeneratorOptions.DefaultMaxRenderCost,
    bool StoreForHotReload = false,
    int MaxStringData = GeneratorOptions.DefaultMaxStringData,
    SnippetOptions? Snippets = null,
    JekyllOptions? Jekyll = null,
    EquatableArray<OutsideFile>? Outside = null,
    bool Assets = true)
{
    /// <summary>The inputs the targets found outside the project and left unread.</summary>
    public EquatableArray<OutsideFile> OutsideFiles => Outside ?? EquatableArray<OutsideFile>.Empty;

    public const string DefaultNamespace = "Blog";
    public const string DefaultMarkdownExtensions = "advanced";
    public const int DefaultWordsPerMinute = 200;
    public const string DefaultExcerptSeparator = "<!--more-->";
    public const int DefaultRelatedPostCount = 5;
    public const string DefaultPostUrlPattern = "/posts/{slug}";

    /// <summary>2 MB: a long book chapter is a tenth of it, and csc holds it in well under a gigabyte.</summary>
    public const int DefaultMaxPostSize = 2 * 1024 * 1024;

    /// <summary>0.5–2.5 s of Markdig, on a 2-core machine, for the costliest shapes measured (1–5 ns per unit).</summary>
    public const long DefaultMaxRenderCost = 500_000_000;

    /// <summary>
    /// 6 million characters of string literals for the posts (12 MB of the assembly's 16 MB user-string heap), about
    /// 1,000 posts of 8 KB; 4 MB stay for the app.
    /// </summary>
    public const int DefaultMaxStringData = 6_000_000;

    /// <summary>The subset that decides how a single post is parsed and rendered.</summary>
    public PostParseOptions ForParsing() => new(MarkdownExtensions, AllowRawHtml, IncludeDrafts, WordsPerMinute, StrictFrontMatter, ExcerptSeparator, SyntaxHighlighting, MaxPostSize, MaxRenderCost, Snippets ?? SnippetOptions.Default, Jekyll is not null, Assets);

    /// <summary>The subset the link pre-pass depends on.</summary>
    public LinkOptions ForLinks() => new(IncludeDrafts, PostUrlPattern, Jekyll is not null, MaxPostSize);

    /// <summary>The subset the Jekyll site (<c>_config.yml</c>, <c>_includes</c>, <c>_data</c>) is read with.</summary>
    public JekyllOptions ForJekyll() => Jekyll is null ? JekyllOptions.Off : Jekyll with { OutsideIncludes = OutsideFiles.Where(file => file.Kind == "include").Select(file => file.RelativePath).ToEquatableArray() };

    /// <summary>The subset the index depends on.</summary>
    public IndexOptions ForIndex() => new(Namespace, RelatedPostCount, MaxStringData);

    /// <summary>The subset the posts' and buckets' code depends on.</summary>
    public EmitOptions ForEmit() => new(Namespace, WordsPerMinute, StoreForHotReload, RelatedPostCount, MaxStringData);
}

/// <summary>The settings a post's parse depends on; the namespace is left out so renaming it re-renders nothing.</summary>
internal sealed record PostParseOptions(
    string MarkdownExtensions,
    bool AllowRawHtml,
    bool IncludeDrafts,
    int WordsPerMinute,
    bool StrictFrontMatter,
    string ExcerptSeparator,
    bool SyntaxHighlighting,
    int MaxPostSize = GeneratorOptions.DefaultMaxPostSize,
    long MaxRenderCost = GeneratorOptions.DefaultMaxRenderCost,
    SnippetOptions? Snippets = null,
    bool Jekyll = false,
    bool Assets = true)
{
    /// <summary>How C# fences are checked.</summary>
    public SnippetOptions SnippetChecks => Snippets ?? SnippetOptions.Default;
}

/// <summary>How C# fences are checked, unless a fence says otherwise (<c>check</c>, <c>compile</c>, <c>nocheck</c>, <c>usings=</c>).</summary>
/// <param name="Mode">What <c>BlogCheckCSharp</c> asks of every C# fence: none (the default), syntax or compile.</param>
/// <param name="Usings">Namespaces every checked fence uses without <c>using</c> (<c>BlogSnippetUsings</c>), besides the project's global usings.</param>
/// <param name="Severity">What a fence's error is reported as (<c>BlogSnippetSeverity</c>): a warning, or an error that fails the build.</param>
internal sealed record SnippetOptions(CheckMode Mode, EquatableArray<string> Usings, Microsoft.CodeAnalysis.DiagnosticSeverity Severity)
{
    public static readonly SnippetOptions Default = new(CheckMode.None, EquatableArray<string>.Empty, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
}

/// <summary>
/// The settings the link pre-pass reads: which posts are compiled in, their URL, and how a post file is read (its size
/// bound, and whether front matter is read as Jekyll reads it).
/// </summary>
internal sealed record LinkOptions(bool IncludeDrafts, string PostUrlPattern, bool Jekyll = false, int MaxPostSize = GeneratorOptions.DefaultMaxPostSize);

/// <summary>Jekyll mode's own settings (<c>BlogCompatibility=jekyll</c>).</summary>
/// <param name="Enabled">Whether Jekyll mode is on.</param>
/// <param name="SiteUrl"><c>BlogSiteUrl</c>: <c>site.url</c>, over <c>_config.yml</c>'s.</param>
/// <param name="BaseUrl"><c>BlogSiteBaseUrl</c>: <c>site.baseurl</c>, over <c>_config.yml</c>'s.</param>
/// <param name="ExcerptSeparator"><c>BlogExcerptSeparator</c> when set: over <c>_config.yml</c>'s <c>excerpt_separator</c>.</param>
/// <param name="OutsideIncludes">The project-relative paths of includes that lie outside the project, left unread.</param>
internal sealed record JekyllOptions(bool Enabled, string? SiteUrl, string? BaseUrl, string? ExcerptSeparator, EquatableArray<string>? OutsideIncludes = null)
{
    public static readonly JekyllOptions Off = new(false, null, null, null);
}

/// <summary>The settings the index is built from; a change re-emits the index and no post.</summary>
internal sealed record IndexOptions(string Namespace, int RelatedPostCount, int MaxStringData = GeneratorOptions.DefaultMaxStringData);

/// <summary>How far a C# fence is checked.</summary>
internal enum CheckMode
{
    /// <summary>Not checked: the fence is text to show.</summary>
    None,

    /// <summary>It must parse as C# (a file, members of a type, or a script).</summary>
    Syntax,

    /// <summary>It must also compile against the project: its references and its own types.</summary>
    Compile,
}

/// <summary>The settings emitting needs; kept apart from parsing settings so each step depends on only what it uses.</summary>
/// <param name="Namespace">The generated types' namespace.</param>
/// <param name="WordsPerMinute">Reading speed, for each post's reading time.</param>
/// <param name="StoreForHotReload">Whether entries' bodies are string literals, for hot reload.</param>
/// <param name="RelatedPostCount">How many related posts each post lists at most: what the index's numbers take of the string budget.</param>
/// <param name="MaxStringData">The string budget, in characters (<c>BlogMaxStringData</c>).</param>
internal sealed record EmitOptions(string Namespace, int WordsPerMinute, bool StoreForHotReload = false, int RelatedPostCount = GeneratorOptions.DefaultRelatedPostCount, int MaxStringData = GeneratorOptions.DefaultMaxStringData);
