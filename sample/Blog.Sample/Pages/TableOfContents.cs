using System;
using System.Collections.Generic;
using System.Linq;

namespace Blog.Sample.Pages;

/// <summary>A post's table of contents: nested lists built from its headings, linking to their anchors.</summary>
public static class TableOfContents
{
    /// <summary>
    /// Writes the contents when the post has at least two headings (one heading is not worth a list).
    /// The shallowest level present is the top of the list, and a heading never nests more than one level
    /// below the one before it, so a post that skips from h2 to h4 still gives valid, sensible lists.
    /// </summary>
    /// <param name="html">The writer.</param>
    /// <param name="headings">The headings, in document order.</param>
    public static void Write(HtmlWriter html, IReadOnlyList<PostHeading> headings)
    {
        if (headings.Count < 2)
        {
            return;
        }

        var top = headings.Min(h => h.Level);
        var depth = -1;
        html.Raw("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Contents</h2>\n<ol>");
        foreach (var heading in headings)
        {
            var level = Math.Min(heading.Level - top, depth + 1);
            if (depth >= 0 && level > depth)
            {
                html.Raw("<ol>");
            }
            else if (depth >= 0)
            {
                html.Raw("</li>");
                for (var i = level; i < depth; i++)
                {
                    html.Raw("</ol></li>");
                }
            }

            html.Raw("<li>").Link("#" + heading.Id, heading.Text);
            depth = level;
        }

        html.Raw("</li>");
        for (var i = 0; i < depth; i++)
        {
            html.Raw("</ol></li>");
        }

        html.Raw("</ol>\n</nav>\n");
    }
}
