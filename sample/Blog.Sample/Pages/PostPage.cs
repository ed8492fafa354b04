using System.Collections.Generic;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>A post: its header, contents, body and links to its neighbours.</summary>
public static class PostPage
{
    /// <summary>
    /// Writes the page. The body goes from the compiled UTF-8 bytes straight into the output, never through a
    /// string; everything from front matter is encoded.
    /// </summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="post">The post.</param>
    /// <param name="newer">The next newer post, if any.</param>
    /// <param name="older">The next older post, if any.</param>
    /// <param name="related">The posts sharing the most tags and categories, best first.</param>
    public static void Write(HtmlWriter html, SiteInfo site, Post post, Post? newer, Post? older, IReadOnlyList<Post> related)
    {
        var meta = new PageMeta(post.Title, post.Excerpt ?? site.Description, Urls.Post(post)) { Article = post };
        Layout.Page(html, site, meta, html =>
        {
            html.Raw("<article class=\"post\">\n<header class=\"post-header\">\n<h1>").Text(post.Title).Raw("</h1>\n");
            PostList.Byline(html, post);
            PostList.Terms(html, "Categories", post.Categories, Urls.Category);
            PostList.Terms(html, "Tags", post.Tags, Urls.Tag);
            if (post.Image is { } cover)
            {
                // Sized at build time, so the page does not move when it arrives; above the fold, so not lazy.
                html.Raw("<img class=\"cover\" src=\"").Text(cover.Url).Raw("\" alt=\"").Text(cover.Alt ?? string.Empty).Raw("\"");
                if (cover.Width is { } width && cover.Height is { } height)
                {
                    html.Raw(" width=\"").Raw(width.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Raw("\" height=\"").Raw(height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("\"");
                }

                html.Raw(">\n");
            }

            html.Raw("</header>\n");
            TableOfContents.Write(html, post.TableOfContents);
            html.Raw("<div class=\"post-body\">\n").Raw(post.HtmlUtf8).Raw("</div>\n</article>\n");

            if (related.Count > 0)
            {
                html.Raw("<aside class=\"related\" aria-labelledby=\"related-title\">\n<h2 id=\"related-title\">Related posts</h2>\n<ul>");
                foreach (var other in related)
                {
                    html.Raw("<li>").Link(Urls.Post(other), other.Title).Raw("</li>");
                }

                html.Raw("</ul>\n</aside>\n");
            }

            html.Raw("<nav class=\"prev-next\" aria-label=\"More posts\">\n");
            if (older is not null)
            {
                html.Raw("<a class=\"older\" rel=\"prev\" href=\"").Text(Urls.Post(older)).Raw("\"><span>← Older</span>").Text(older.Title).Raw("</a>\n");
            }

            if (newer is not null)
            {
                html.Raw("<a class=\"newer\" rel=\"next\" href=\"").Text(Urls.Post(newer)).Raw("\"><span>Newer →</span>").Text(newer.Title).Raw("</a>\n");
            }

            html.Raw("</nav>\n");
        });
    }
}
