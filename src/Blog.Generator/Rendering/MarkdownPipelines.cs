using System.Collections.Concurrent;
using Blog.Generator.Rendering.Kramdown;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.GenericAttributes;

namespace Blog.Generator.Rendering;

/// <summary>
/// Builds Markdig pipelines from the configured extension list and keeps one per setting: pipelines are
/// immutable and safe to share between threads, and building one costs more than rendering a short post.
/// </summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// The name of the extension set that reads what Jekyll's kramdown (GFM input) reads, and no more: Jekyll mode's
    /// default. Markdig's <c>advanced</c> would also read <c>==mark==</c>, <c>^sup^</c>, <c>a.</c> lists, bare URLs and
    /// <c>std::vector</c>'s colons as a span, all of which Jekyll shows as text.
    /// </summary>
    public const string Kramdown = "kramdown";

    private static readonly ConcurrentDictionary<(string Extensions, bool AllowRawHtml, bool SyntaxHighlighting, bool Jekyll), MarkdownPipeline> Cache = new();

    /// <summary>Returns the pipeline; throws <see cref="System.ArgumentException"/> for an unknown extension name.</summary>
    public static MarkdownPipeline Get(string extensions, bool allowRawHtml, bool syntaxHighlighting, bool jekyll = false) =>
        Cache.GetOrAdd((extensions, allowRawHtml, syntaxHighlighting, jekyll), static key => Build(key.Extensions, key.AllowRawHtml, key.SyntaxHighlighting, key.Jekyll));

    /// <summary>
    /// The same pipeline a user would build to render a post directly with Markdig, plus, when
    /// <paramref name="syntaxHighlighting"/> is on, the <see cref="CodeBlockHighlighter"/> (added last, so that it wraps
    /// the code block renderer the other extensions have set up). In Jekyll mode, kramdown's syntax is read too
    /// (<see cref="KramdownExtension"/>), headings get the ids kramdown's GFM input gives them, and
    /// <c>{#id}</c> after a heading works whatever the extension list.
    /// </summary>
    public static MarkdownPipeline Build(string extensions, bool allowRawHtml, bool syntaxHighlighting, bool jekyll = false)
    {
        var builder = new MarkdownPipelineBuilder();
        var names = extensions.Split('+');
        if (System.Array.Exists(names, name => string.Equals(name.Trim(), Kramdown, System.StringComparison.OrdinalIgnoreCase)))
        {
            builder
                .UsePipeTables()
                .UseFootnotes()
                .UseDefinitionLists()
                .UseAbbreviations()
                .UseTaskLists()
                .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
                .UseGenericAttributes();
            extensions = string.Join("+", System.Array.FindAll(names, name => !string.Equals(name.Trim(), Kramdown, System.StringComparison.OrdinalIgnoreCase)));
        }

        if (extensions.Length > 0)
        {
            builder.Configure(extensions);
        }

        if (!allowRawHtml)
        {
            // With raw HTML off a post may not embed another site's page either: MediaLinks would turn an image of a
            // video site's URL into an <iframe>; without it, it is the image Markdown says (docs/security.md).
            builder.DisableHtml();
            builder.Extensions.RemoveAll(extension => extension is Markdig.Extensions.MediaLinks.MediaLinkExtension);
        }

        if (jekyll)
        {
            // kramdown's GFM ids are given after its typography (KramdownExtension), so Markdig's own are off.
            builder.Extensions.RemoveAll(extension => extension is AutoIdentifierExtension);
            builder.Extensions.AddIfNotAlready<GenericAttributesExtension>();
            builder.Extensions.AddIfNotAlready<KramdownExtension>();
        }

        if (syntaxHighlighting)
        {
            builder.Extensions.AddIfNotAlready<CodeBlockHighlighter>();
        }

        if (jekyll)
        {
            builder.Extensions.AddIfNotAlready<KramdownLineNumbers>();
        }

        return builder.Build();
    }
}
