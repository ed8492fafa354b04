using System.Collections.Generic;
using System.Linq;

namespace Blog.Sample.Pages;

/// <summary>A post's table of contents: nested lists built from the generated <see cref="Post.TableOfContents"/>.</summary>
public static class TableOfContents
{
    /// <summary>Writes the contents when they hold at least two headings (one heading is not worth a list).</summary>
    /// <param name="html">The writer.</param>
    /// <param name="contents">The post's <see cref="Post.TableOfContents"/>.</param>
    public static void Write(HtmlWriter html, IReadOnlyList<PostTocEntry> contents)
    {
        if (contents.Count < 2 && contents.All(entry => entry.Children.Count == 0))
        {
            return;
        }

        html.Raw("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Contents</h2>\n");
        Entries(html, contents);
        html.Raw("\n</nav>\n");
    }

    private static void Entries(HtmlWriter html, IReadOnlyList<PostTocEntry> entries)
    {
        html.Raw("<ol>");
        foreach (var entry in entries)
        {
            html.Raw("<li>").Link("#" + entry.Heading.Id, entry.Heading.Text);
            if (entry.Children.Count > 0)
            {
                Entries(html, entry.Children);
            }

            html.Raw("</li>");
        }

        html.Raw("</ol>");
    }
}
