namespace Blog.Generator.Models;

/// <summary>The project-wide settings read from MSBuild properties.</summary>
/// <param name="Namespace">Namespace of the generated types.</param>
/// <param name="MarkdownExtensions">Markdig extension list, as accepted by <c>MarkdownPipelineBuilder.Configure</c>.</param>
/// <param name="AllowRawHtml">Whether raw HTML in Markdown is passed through.</param>
/// <param name="IncludeDrafts">Whether drafts and unpublished posts are compiled in.</param>
/// <param name="WordsPerMinute">Reading speed used for the reading time.</param>
/// <param name="StrictFrontMatter">Whether unknown front-matter keys are reported.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string MarkdownExtensions,
    bool AllowRawHtml,
    bool IncludeDrafts,
    int WordsPerMinute,
    bool StrictFrontMatter)
{
    public const string DefaultNamespace = "Blog";
    public const string DefaultMarkdownExtensions = "advanced";
    public const int DefaultWordsPerMinute = 200;

    /// <summary>The subset that decides how a single post is parsed and rendered.</summary>
    public PostParseOptions ForParsing() => new(MarkdownExtensions, AllowRawHtml, IncludeDrafts, WordsPerMinute, StrictFrontMatter);
}

/// <summary>The settings a post's parse depends on; the namespace is left out so renaming it re-renders nothing.</summary>
internal sealed record PostParseOptions(
    string MarkdownExtensions,
    bool AllowRawHtml,
    bool IncludeDrafts,
    int WordsPerMinute,
    bool StrictFrontMatter);
