using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering;

/// <summary>Markup taken out of a post because raw HTML is off, where its Markdown wrote it (0-based, as Markdig counts).</summary>
internal sealed record MarkupProblem(int Line, int Column, int Length, string Message);

/// <summary>
/// Closes the doors Markdown has to active markup while raw HTML is off (<c>BlogAllowRawHtml=false</c>), on the parsed
/// document, so that each is reported at its place: an attribute a post sets (<c>{onclick=…}</c>, <c>{: style=…}</c>)
/// that is not <c>id</c>, <c>class</c>, <c>title</c> or an image's size; a link or image whose URL's scheme is not
/// <see cref="SafeUrls"/>' (<c>javascript:</c>, <c>data:</c>); and raw HTML an extension passes through
/// (<c>{::nomarkdown}</c>), which is shown as text. <see cref="HtmlAllowList"/> checks the HTML afterwards.
/// </summary>
internal static class ActiveMarkup
{
    /// <summary>Marks an HTML block the generator builds itself (kramdown's table of contents), which is not the post's raw HTML.</summary>
    public const string Trusted = "Blog.Generator.TrustedHtml";

    /// <summary>Takes the active markup out of <paramref name="document"/> and says where each was.</summary>
    public static List<MarkupProblem> Neutralize(MarkdownDocument document)
    {
        var problems = new List<MarkupProblem>();
        foreach (var node in document.Descendants().ToList())
        {
            if (node.TryGetAttributes() is { } attributes)
            {
                CleanAttributes(node, attributes, problems);
            }

            switch (node)
            {
                case LinkInline link when !SafeUrls.IsSafe(link.Url ?? string.Empty):
                    problems.Add(At(link, "the " + (link.IsImage ? "image" : "link") + " to '" + Shown(link.Url!) + "' (" + (link.IsImage ? "its description" : "its text") + " stays): a post may link only to " + SafeUrls.Allowed));
                    Unwrap(link);
                    break;
                case AutolinkInline autolink when !SafeUrls.IsSafe(autolink.Url):
                    problems.Add(At(autolink, "the link to '" + Shown(autolink.Url) + "' (shown as text): a post may link only to " + SafeUrls.Allowed));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url) { Line = autolink.Line, Column = autolink.Column, Span = autolink.Span });
                    break;
                case HtmlInline html:
                    problems.Add(At(html, "raw HTML, shown as text instead"));
                    html.ReplaceBy(new LiteralInline(html.Tag) { Line = html.Line, Column = html.Column, Span = html.Span });
                    break;
                case HtmlBlock block when block.GetData(Trusted) is null && block.Parent is { } parent:
                    problems.Add(At(block, "raw HTML, shown as text instead"));
                    var paragraph = new ParagraphBlock { Line = block.Line, Column = block.Column, Span = block.Span };
                    paragraph.Inline = new ContainerInline().AppendChild(new LiteralInline(block.Lines.ToString()) { Line = block.Line, Column = block.Column, Span = block.Span });
                    parent[parent.IndexOf(block)] = paragraph;
                    break;
            }
        }

        return problems;
    }

    /// <summary>Keeps <c>id</c>, classes, <c>title</c> and <c>role</c>, and an image's whole-number size; takes out the rest.</summary>
    private static void CleanAttributes(MarkdownObject node, HtmlAttributes attributes, List<MarkupProblem> problems)
    {
        if (attributes.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        var image = node is LinkInline { IsImage: true };
        for (var i = properties.Count - 1; i >= 0; i--)
        {
            var (name, value) = (properties[i].Key, properties[i].Value);
            var allowed = name is "title" or "role" || (image && name is "width" or "height" && value is { Length: > 0 and <= 5 } && value.All(c => c is >= '0' and <= '9'));
            if (!allowed)
            {
                problems.Add(At(node, "the attribute '" + Shown(name) + "': a post may set only id, class, title, role and an image's width and height"));
                properties.RemoveAt(i);
            }
        }
    }

    /// <summary>A link's text, or an image's description, in the link's place.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            var description = PlainText.Of(link);
            link.ReplaceBy(new LiteralInline(description) { Line = link.Line, Column = link.Column, Span = link.Span });
            return;
        }

        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    private static MarkupProblem At(MarkdownObject node, string message) =>
        new(node.Line, node.Column, Math.Max(1, node.Span.Length), message);

    /// <summary>A value short enough for a message, on one line.</summary>
    private static string Shown(string value) => MessageText.Cut(value.Replace('\n', ' ').Replace('\r', ' '), 60);
}
