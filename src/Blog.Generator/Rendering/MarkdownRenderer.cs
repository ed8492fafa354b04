using System.IO;
using System.Linq;
using System.Text;
using Blog.Generator.Models;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering;

/// <summary>Renders a post's Markdown body with Markdig and reads its headings, words and first paragraph.</summary>
internal static class MarkdownRenderer
{
    public static RenderedBody Render(string markdown, MarkdownPipeline pipeline)
    {
        // Markdig keeps CR in some constructs; LF-only input makes the HTML the same for LF and CRLF copies of a post.
        markdown = NormalizeLineEndings(markdown);
        var document = Markdown.Parse(markdown, pipeline);

        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var headings = document.Descendants<HeadingBlock>()
            .Select(heading => new HeadingInfo(heading.Level, PlainText.Of(heading.Inline).Trim(), heading.GetAttributes().Id ?? string.Empty))
            .ToEquatableArray();

        var firstParagraph = document.Descendants<ParagraphBlock>().FirstOrDefault() is { } paragraph
            ? PlainText.Of(paragraph.Inline).Trim()
            : null;

        return new RenderedBody(writer.ToString(), PlainText.CountWords(document), headings, string.IsNullOrEmpty(firstParagraph) ? null : firstParagraph);
    }

    public static string NormalizeLineEndings(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
