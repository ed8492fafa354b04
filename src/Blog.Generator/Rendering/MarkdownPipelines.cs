using System.Collections.Concurrent;
using Markdig;

namespace Blog.Generator.Rendering;

/// <summary>
/// Builds Markdig pipelines from the configured extension list and keeps one per setting: pipelines are
/// immutable and safe to share between threads, and building one costs more than rendering a short post.
/// </summary>
internal static class MarkdownPipelines
{
    private static readonly ConcurrentDictionary<(string Extensions, bool AllowRawHtml), MarkdownPipeline> Cache = new();

    /// <summary>Returns the pipeline; throws <see cref="System.ArgumentException"/> for an unknown extension name.</summary>
    public static MarkdownPipeline Get(string extensions, bool allowRawHtml) =>
        Cache.GetOrAdd((extensions, allowRawHtml), static key => Build(key.Extensions, key.AllowRawHtml));

    /// <summary>The same pipeline a user would build to render a post directly with Markdig.</summary>
    public static MarkdownPipeline Build(string extensions, bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder().Configure(extensions);
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
