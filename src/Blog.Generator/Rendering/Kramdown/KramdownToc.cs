using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// kramdown's <c>{:toc}</c>: the list it follows becomes the table of contents of the post's headings, nested by level,
/// as kramdown writes it (<c>&lt;ul id="markdown-toc"&gt;</c>, each link with the id <c>markdown-toc-</c> and the
/// heading's). A heading with the class <c>no_toc</c> is left out.
/// </summary>
internal static class KramdownToc
{
    /// <summary>The most entries all of a post's tables of contents may hold together.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>The headings a table of contents lists: those with an id and without the class <c>no_toc</c>.</summary>
    public static IReadOnlyList<(int Level, string Id, string Text)> Headings(MarkdownDocument document) => document.Descendants<HeadingBlock>()
        .Where(heading => heading.GetAttributes() is var html && html.Id is { Length: > 0 } && !(html.Classes?.Contains("no_toc") ?? false))
        .Select(heading => (heading.Level, Id: heading.GetAttributes().Id!, Text: PlainText.Of(heading.Inline).Trim()))
        .ToList();

    /// <summary>An HTML block holding the table of contents of <paramref name="headings"/>, to stand where <paramref name="list"/> stood.</summary>
    public static HtmlBlock Build(IReadOnlyList<(int Level, string Id, string Text)> headings, ListBlock list, KramdownAttributeList attributes)
    {
        var tag = list.IsOrdered ? "ol" : "ul";
        var builder = new StringBuilder();
        builder.Append('<').Append(tag);
        var classes = attributes.Classes.Concat(attributes.Properties.Where(p => p.Key == "class").SelectMany(p => p.Value.Split(' '))).Where(c => c.Length > 0).ToList();
        if (classes.Count > 0)
        {
            builder.Append(" class=\"").Append(Encode(string.Join(" ", classes))).Append('"');
        }

        builder.Append(" id=\"").Append(Encode(attributes.Id ?? "markdown-toc")).Append("\">\n");
        // The level of the items in each open list, innermost on top; a deeper heading opens a list inside the item before it.
        var levels = new Stack<int>();
        foreach (var (level, id, text) in headings)
        {
            if (levels.Count == 0)
            {
                levels.Push(level);
            }
            else if (level > levels.Peek())
            {
                builder.Append('\n').Append('<').Append(tag).Append(">\n");
                levels.Push(level);
            }
            else
            {
                builder.Append("</li>\n");
                while (levels.Count > 1 && level < levels.Peek())
                {
                    levels.Pop();
                    builder.Append("</").Append(tag).Append(">\n</li>\n");
                }
            }

            builder.Append("<li><a href=\"#").Append(Encode(id)).Append("\" id=\"markdown-toc-").Append(Encode(id)).Append("\">").Append(Encode(text)).Append("</a>");
        }

        if (levels.Count > 0)
        {
            builder.Append("</li>\n");
            while (levels.Count > 1)
            {
                levels.Pop();
                builder.Append("</").Append(tag).Append(">\n</li>\n");
            }
        }

        builder.Append("</").Append(tag).Append(">");

        var block = new HtmlBlock(null) { Span = list.Span, Line = list.Line, Column = list.Column };
        block.SetData(ActiveMarkup.Trusted, true);
        foreach (var line in builder.ToString().Split('\n'))
        {
            var slice = new StringSlice(line);
            block.AppendLine(ref slice, 0, list.Line, list.Span.Start, false);
        }

        return block;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
