using System.Linq;
using Blog.Generator.Models;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Generator.Rendering;

/// <summary>Renders a post's Markdown body with Markdig and reads its headings, words and excerpt.</summary>
internal static class MarkdownRenderer
{
    /// <param name="markdown">The body, with LF line endings (<see cref="NormalizeLineEndings"/>).</param>
    /// <param name="pipeline">The Markdig pipeline.</param>
    /// <param name="excerptSeparator">The text that ends the excerpt (as Jekyll's <c>excerpt_separator</c>); empty for none; <see langword="null"/> when the caller makes the excerpt itself (Jekyll mode).</param>
    /// <param name="links">Rewrites links to other posts.</param>
    /// <param name="htmlLimit">The most characters each HTML rendering may hold; past it, <see cref="HtmlTooLargeException"/>.</param>
    /// <param name="snippets">How C# fences are checked.</param>
    public static RenderedBody Render(string markdown, MarkdownPipeline pipeline, string? excerptSeparator, PostLinkRewriter links, int htmlLimit, SnippetOptions snippets)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var fences = Snippets.CSharpFences.Check(document, markdown, snippets.Mode, snippets.Usings);
        var brokenLinks = links.Rewrite(document).ToEquatableArray();
        var html = ToHtml(document, pipeline, htmlLimit);

        var headings = document.Descendants<HeadingBlock>()
            .Select(heading => new HeadingInfo(heading.Level, PlainText.Of(heading.Inline).Trim(), heading.GetAttributes().Id ?? string.Empty))
            .ToEquatableArray();

        var (excerpt, excerptHtml) = excerptSeparator is null ? (null, string.Empty) : Excerpt(markdown, document, pipeline, excerptSeparator, links, htmlLimit);
        var problems = Kramdown.KramdownExtension.ProblemsOf(document).ToEquatableArray();
        return new RenderedBody(html, PlainText.CountWords(document), headings, excerpt, excerptHtml, brokenLinks, fences, problems);
    }

    /// <summary>A text written in Markdown (a front-matter excerpt) as HTML.</summary>
    public static string RenderFragment(string markdown, MarkdownPipeline pipeline, int htmlLimit) =>
        ToHtml(Markdown.Parse(NormalizeLineEndings(markdown), pipeline), pipeline, htmlLimit);

    /// <summary>Markdown cut from a post (Jekyll's excerpt) as HTML, with its links to posts rewritten as the post's are.</summary>
    public static string RenderPart(string markdown, MarkdownPipeline pipeline, PostLinkRewriter links, int htmlLimit)
    {
        var document = Markdown.Parse(markdown, pipeline);
        links.Rewrite(document);
        return ToHtml(document, pipeline, htmlLimit);
    }

    /// <summary>
    /// The body before the separator, parsed on its own as Jekyll does (so a cut inside a paragraph keeps its start),
    /// else the first paragraph. The plain text joins the text of each paragraph and heading with a space.
    /// </summary>
    private static (string? Text, string Html) Excerpt(string markdown, MarkdownDocument document, MarkdownPipeline pipeline, string separator, PostLinkRewriter links, int htmlLimit)
    {
        var cut = separator.Length == 0 ? -1 : markdown.IndexOf(separator, System.StringComparison.Ordinal);
        if (cut >= 0)
        {
            var before = Markdown.Parse(markdown.Substring(0, cut), pipeline);
            links.Rewrite(before);
            var text = string.Join(" ", before.Descendants<LeafBlock>()
                .Where(block => block.Inline is not null)
                .Select(block => PlainText.Of(block.Inline).Trim())
                .Where(part => part.Length > 0));
            return (text.Length == 0 ? null : text, ToHtml(before, pipeline, htmlLimit));
        }

        if (document.Descendants<ParagraphBlock>().FirstOrDefault() is not { } paragraph)
        {
            return (null, string.Empty);
        }

        var firstParagraph = PlainText.Of(paragraph.Inline).Trim();
        return (firstParagraph.Length == 0 ? null : firstParagraph, ToHtml(paragraph, pipeline, htmlLimit));
    }

    private static string ToHtml(MarkdownObject markdown, MarkdownPipeline pipeline, int limit)
    {
        var writer = new BoundedHtmlWriter(limit) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        return writer.ToString();
    }

    public static string NormalizeLineEndings(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
