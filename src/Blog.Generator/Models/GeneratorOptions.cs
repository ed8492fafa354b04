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
/// <param name="MaxRenderCost">The most Markdig work one post may cost, as <see cref="Rendering.RenderCost"/> estimates it.</param>
/// <param name="StoreForHotReload">Whether the output is shaped for hot reload (<c>BlogStoreForHotReload</c>; on in unoptimised builds and under <c>dotnet watch</c>): emptied buckets kept, entries' bodies as string literals.</param>
/// <param name="MaxStringData">The most characters of string literals the posts may take (<c>BlogMaxStringData</c>, <see cref="Emitting.StringBudget"/>).</param>
/// <param name="Snippets">How C# fences are checked: <c>BlogCheckCSharp</c>, <c>BlogSnippetUsings</c>, <c>BlogSnippetSeverity</c>.</param>
/// <param name="Jekyll">What <c>BlogCompatibility=jekyll</c> asks for, or <see langword="null"/> in the default mode.</param>
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
    int MaxStringData = Emitting.StringBudget.DefaultChars,
    SnippetOptions? Snippets = null,
    JekyllOptions? Jekyll = null)
{
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

    /// <summary>The subset that decides how a single post is parsed and rendered.</summary>
    public PostParseOptions ForParsing() => new(MarkdownExtensions, AllowRawHtml, IncludeDrafts, WordsPerMinute, StrictFrontMatter, ExcerptSeparator, SyntaxHighlighting, MaxPostSize, MaxRenderCost, Snippets ?? SnippetOptions.Default, Jekyll is not null);

    /// <summary>The subset the link pre-pass depends on.</summary>
    public LinkOptions ForLinks() => new(IncludeDrafts, PostUrlPattern, Jekyll is not null);

    /// <summary>The subset the Jekyll site (<c>_config.yml</c>, <c>_includes</c>, <c>_data</c>) is read with.</summary>
    public JekyllOptions ForJekyll() => Jekyll ?? JekyllOptions.Off;

    /// <summary>The subset the index depends on.</summary>
    public IndexOptions ForIndex() => new(Namespace, RelatedPostCount, StoreForHotReload, MaxStringData);

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
    bool Jekyll = false)
{
    /// <summary>How C# fences are checked.</summary>
    public SnippetOptions SnippetChecks => Snippets ?? SnippetOptions.Default;
}

/// <summary>How C# fences are checked, unless a fence says otherwise (<c>check</c>, <c>compile</c>, <c>nocheck</c>, <c>usings=</c>).</summary>
/// <param name="Mode">What <c>BlogCheckCSharp</c> asks of every C# fence: none (the default), syntax or compile.</param>
/// <param name="Usings">Namespaces every checked fence uses without <c>using</c> (<c>BlogSnippetUsings</c>), besides the project's global usings.</param>
/// <param name="Severity">What a fence's error is reported as (<c>BlogSnippetSeverity</c>): a warning, or an error that fails the build.</param>
internal sealed record SnippetOptions(Snippets.CheckMode Mode, EquatableArray<string> Usings, Microsoft.CodeAnalysis.DiagnosticSeverity Severity)
{
    public static readonly SnippetOptions Default = new(Snippets.CheckMode.None, EquatableArray<string>.Empty, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
}

/// <summary>The settings the link pre-pass reads: which posts are compiled in, their URL, and whether front matter is read as Jekyll reads it.</summary>
internal sealed record LinkOptions(bool IncludeDrafts, string PostUrlPattern, bool Jekyll = false);

/// <summary>Jekyll mode's own settings (<c>BlogCompatibility=jekyll</c>).</summary>
/// <param name="Enabled">Whether Jekyll mode is on.</param>
/// <param name="SiteUrl"><c>BlogSiteUrl</c>: <c>site.url</c>, over <c>_config.yml</c>'s.</param>
/// <param name="BaseUrl"><c>BlogSiteBaseUrl</c>: <c>site.baseurl</c>, over <c>_config.yml</c>'s.</param>
/// <param name="ExcerptSeparator"><c>BlogExcerptSeparator</c> when set: over <c>_config.yml</c>'s <c>excerpt_separator</c>.</param>
internal sealed record JekyllOptions(bool Enabled, string? SiteUrl, string? BaseUrl, string? ExcerptSeparator)
{
    public static readonly JekyllOptions Off = new(false, null, null, null);
}

/// <summary>The settings the index is built from; a change re-emits the index and no post.</summary>
internal sealed record IndexOptions(string Namespace, int RelatedPostCount, bool StoreForHotReload = false, int MaxStringData = Emitting.StringBudget.DefaultChars);
