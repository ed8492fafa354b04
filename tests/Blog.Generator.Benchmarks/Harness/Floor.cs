using System;
using System.Collections.Generic;
using System.IO;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// The floor the generator is measured against: a plain loop that reads each post, parses its front matter with
/// YamlDotNet and renders its body with the same Markdig pipeline (<c>Configure("advanced")</c>). Anything the
/// generator spends beyond this is its own cost (models, C# emission, and the compiler parsing what it emits).
/// </summary>
public static class Floor
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().Configure("advanced").Build();

    /// <summary>Returns the total HTML length, so the work cannot be optimised away.</summary>
    public static long Run(IReadOnlyList<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            var (yaml, body) = Split(File.ReadAllText(path));
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            total += stream.Documents.Count + Markdown.ToHtml(body, Pipeline).Length;
        }

        return total;
    }

    /// <summary>Front matter between the first two <c>---</c> lines, and the body after them.</summary>
    public static (string Yaml, string Body) Split(string text)
    {
        var start = text.IndexOf('\n') + 1;
        var end = text.IndexOf("\n---", start, StringComparison.Ordinal);
        var bodyStart = text.IndexOf('\n', end + 1) + 1;
        return (text.Substring(start, end - start + 1), text.Substring(bodyStart));
    }
}
