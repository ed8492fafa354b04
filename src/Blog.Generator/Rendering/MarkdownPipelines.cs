using System.Collections.Concurrent;
using Markdig;

namespace Blog.Generator.Rendering;

/// <summary>
/// Builds Markdig pipelines from the configured extension list and keeps one per setting: pipelines are
/// immutable and safe to share between threads, and building one costs more than rendering a short post.
/// </summary>
internal static class MarkdownPipelines
{
    private static readonly ConcurrentDictionary<(string Extensions, bool AllowRawHtml, bool SyntaxHighlighting), MarkdownPipeline> Cache = new();

    /// <summary>Returns the pipeline; throws <see cref="System.ArgumentException"/> for an unknown extension name.</summary>
    public static MarkdownPipeline Get(string extensions, bool allowRawHtml, bool syntaxHighlighting) =>
        Cache.GetOrAdd((extensions, allowRawHtml, syntaxHighlighting), static key => Build(key.Extensions, key.AllowRawHtml, key.SyntaxHighlighting));

    /// <summary>
    /// The same pipeline a user would build to render a post directly with Markdig, plus, when
    /// <paramref name="syntaxHighlighting"/> is on, the <see cref="CodeBlockHighlighter"/> (added last, so that it wraps
    /// the code block renderer the other extensions have set up).
    /// </summary>
    public static MarkdownPipeline Build(string extensions, bool allowRawHtml, bool syntaxHighlighting)
    {
        var builder = new MarkdownPipelineBuilder().Configure(extensions);
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        if (syntaxHighlighting)
        {
            builder.Extensions.AddIfNotAlready<CodeBlockHighlighter>();
        }

        return builder.Build();
    }
}
