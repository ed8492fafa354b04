using System;
using System.Linq;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>The home page and its further pages: the newest posts first, a page at a time.</summary>
public static class HomePage
{
    /// <summary>How many home pages there are.</summary>
    /// <param name="site">The site.</param>
    /// <param name="postCount">How many posts there are.</param>
    /// <returns>At least 1: an empty blog still has a home page.</returns>
    public static int PageCount(SiteInfo site, int postCount) => Math.Max(1, (postCount + site.PageSize - 1) / site.PageSize);

    /// <summary>Writes one home page.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="posts">Every post, newest first.</param>
    /// <param name="page">The 1-based page number, within <see cref="PageCount"/>.</param>
    public static void Write(HtmlWriter html, SiteInfo site, System.Collections.Generic.IReadOnlyList<Post> posts, int page)
    {
        var pages = PageCount(site, posts.Count);
        var title = page == 1 ? site.Title : site.Title + " — page " + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Layout.Page(html, site, new PageMeta(title, site.Description, Urls.HomePage(page)), html =>
        {
            if (page == 1)
            {
                html.Raw("<section class=\"intro\">\n<h1>").Text(site.Title).Raw("</h1>\n<p>").Text(site.Description).Raw("</p>\n</section>\n");
            }
            else
            {
                html.Raw("<h1>Posts, page ").Number(page).Raw(" of ").Number(pages).Raw("</h1>\n");
            }

            PostList.Write(html, posts.Skip((page - 1) * site.PageSize).Take(site.PageSize));
            html.Raw("<nav class=\"pager\" aria-label=\"Pages\">");
            if (page > 1)
            {
                html.Link(Urls.HomePage(page - 1), "← Newer posts", " rel=\"prev\"");
            }

            html.Raw("<span>Page ").Number(page).Raw(" of ").Number(pages).Raw("</span>");
            if (page < pages)
            {
                html.Link(Urls.HomePage(page + 1), "Older posts →", " rel=\"next\"");
            }

            html.Raw("</nav>\n");
        });
    }
}
