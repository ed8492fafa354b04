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
        var builder = new MarkdownPipelineBuilder().Configure(extensions);
        if (!allowRawHtml)
        {
            builder.DisableHtml();
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
