using System.Collections.Generic;
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
    /// <param name="rawHtml">Whether raw HTML is allowed; when not, active markup is taken out (<see cref="ActiveMarkup"/>, <see cref="HtmlAllowList"/>).</param>
    /// <param name="excerptSeparator">The text that ends the excerpt (as Jekyll's <c>excerpt_separator</c>); empty for none; <see langword="null"/> when the caller makes the excerpt itself (Jekyll mode).</param>
    /// <param name="links">Rewrites links to other posts.</param>
    /// <param name="htmlLimit">The most characters each HTML rendering may hold; past it, <see cref="HtmlTooLargeException"/>.</param>
    /// <param name="snippets">How C# fences are checked.</param>
    public static RenderedBody Render(string markdown, MarkdownPipeline pipeline, bool rawHtml, string? excerptSeparator, PostLinkRewriter links, int htmlLimit, SnippetOptions snippets)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var fences = Snippets.CSharpFences.Check(document, markdown, snippets.Mode, snippets.Usings);
        var brokenLinks = links.Rewrite(document).ToEquatableArray();
        var markup = new List<MarkupProblem>();
        var html = Html(document, pipeline, htmlLimit, rawHtml, markup);

        var headings = document.Descendants<HeadingBlock>()
            .Select(heading => new HeadingInfo(heading.Level, PlainText.Of(heading.Inline).Trim(), heading.GetAttributes().Id ?? string.Empty))
            .ToEquatableArray();

        var (excerpt, excerptHtml) = excerptSeparator is null ? (null, string.Empty) : Excerpt(markdown, document, pipeline, rawHtml, excerptSeparator, links, htmlLimit);
        var problems = Kramdown.KramdownExtension.ProblemsOf(document).ToEquatableArray();
        return new RenderedBody(html, PlainText.CountWords(document), headings, excerpt, excerptHtml, brokenLinks, fences, problems, markup.ToEquatableArray());
    }

    /// <summary>A text written in Markdown (a front-matter excerpt, a <c>markdownify</c>) as HTML; what raw HTML being off took out is added to <paramref name="markup"/>.</summary>
    public static string RenderFragment(string markdown, MarkdownPipeline pipeline, bool rawHtml, int htmlLimit, List<MarkupProblem> markup)
    {
        return Html(Markdown.Parse(NormalizeLineEndings(markdown), pipeline), pipeline, htmlLimit, rawHtml, markup);
    }

    /// <summary>
    /// Markdown cut from a post (Jekyll's excerpt) as HTML, with its links to posts rewritten as the post's are. What raw
    /// HTML being off takes out of it was reported for the post, which holds the same text.
    /// </summary>
    public static string RenderPart(string markdown, MarkdownPipeline pipeline, bool rawHtml, PostLinkRewriter links, int htmlLimit)
    {
        var document = Markdown.Parse(markdown, pipeline);
        links.Rewrite(document);
        return Html(document, pipeline, htmlLimit, rawHtml, []);
    }

    /// <summary>
    /// The body before the separator, parsed on its own as Jekyll does (so a cut inside a paragraph keeps its start),
    /// else the first paragraph. The plain text joins the text of each paragraph and heading with a space.
    /// </summary>
    private static (string? Text, string Html) Excerpt(string markdown, MarkdownDocument document, MarkdownPipeline pipeline, bool rawHtml, string separator, PostLinkRewriter links, int htmlLimit)
    {
        var cut = separator.Length == 0 ? -1 : markdown.IndexOf(separator, System.StringComparison.Ordinal);
        if (cut >= 0)
        {
            // The same text as the body's start: what raw HTML being off takes out was reported for the body.
            var before = Markdown.Parse(markdown.Substring(0, cut), pipeline);
            links.Rewrite(before);
            var html = Html(before, pipeline, htmlLimit, rawHtml, []);
            var text = string.Join(" ", before.Descendants<LeafBlock>()
                .Where(block => block.Inline is not null)
                .Select(block => PlainText.Of(block.Inline).Trim())
                .Where(part => part.Length > 0));
            return (text.Length == 0 ? null : text, html);
        }

        if (document.Descendants<ParagraphBlock>().FirstOrDefault() is not { } paragraph)
        {
            return (null, string.Empty);
        }

        var firstParagraph = PlainText.Of(paragraph.Inline).Trim();
        return (firstParagraph.Length == 0 ? null : firstParagraph, ToHtml(paragraph, pipeline, htmlLimit, rawHtml, []));
    }

    /// <summary>
    /// The HTML of a whole document: with raw HTML off, its active markup is first taken out (<see cref="ActiveMarkup"/>)
    /// and where each was is added to <paramref name="markup"/>, then the HTML is checked as <see cref="ToHtml"/> says.
    /// </summary>
    private static string Html(MarkdownDocument document, MarkdownPipeline pipeline, int limit, bool rawHtml, List<MarkupProblem> markup)
    {
        if (!rawHtml)
        {
            markup.AddRange(ActiveMarkup.Neutralize(document));
        }

        return ToHtml(document, pipeline, limit, rawHtml, markup);
    }

    /// <summary>
    /// The HTML of a document or a part of one; with raw HTML off, checked against <see cref="HtmlAllowList"/>, which
    /// reports what it takes out into <paramref name="markup"/> at the start of the text.
    /// </summary>
    private static string ToHtml(MarkdownObject markdown, MarkdownPipeline pipeline, int limit, bool rawHtml, List<MarkupProblem> markup)
    {
        var writer = new BoundedHtmlWriter(limit) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        var html = writer.ToString();
        if (rawHtml)
        {
            return html;
        }

        var removed = new List<string>();
        html = HtmlAllowList.Clean(html, removed);
        if (removed.Count > 0)
        {
            markup.Add(new MarkupProblem(0, 0, 1, "by the HTML check, " + string.Join(", ", removed.Distinct().Take(5)) + ", which no Markdown should write while raw HTML is off; please report the post that did"));
        }

        return html;
    }

    public static string NormalizeLineEndings(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
