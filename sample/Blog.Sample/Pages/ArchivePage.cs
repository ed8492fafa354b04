using System.Collections.Generic;
using System.Linq;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>The archive: every post by year, on one page and on one page per year.</summary>
public static class ArchivePage
{
    /// <summary>Writes every year with its posts, newest first, as compact lists.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="posts">Every post, newest first.</param>
    public static void WriteAll(HtmlWriter html, SiteInfo site, IReadOnlyList<Post> posts) =>
        Layout.Page(html, site, new PageMeta("Archive", "Every post on " + site.Title + ", by year.", Urls.Archive), html =>
        {
            html.Raw("<h1>Archive</h1>\n");
            foreach (var year in posts.GroupBy(p => p.Date.Year))
            {
                html.Raw("<section class=\"year\">\n<h2>").Link(Urls.Year(year.Key), year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</h2>\n");
                Compact(html, year);
                html.Raw("</section>\n");
            }
        });

    /// <summary>Writes one year's posts.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="year">The year.</param>
    /// <param name="posts">That year's posts, newest first.</param>
    public static void WriteYear(HtmlWriter html, SiteInfo site, int year, IReadOnlyList<Post> posts)
    {
        var name = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Layout.Page(html, site, new PageMeta("Posts from " + name, "Everything published on " + site.Title + " in " + name + ".", Urls.Year(year)), html =>
        {
            html.Raw("<h1>Posts from ").Raw(name).Raw("</h1>\n");
            PostList.Write(html, posts);
            html.Raw("<p>").Link(Urls.Archive, "← All years").Raw("</p>\n");
        });
    }

    private static void Compact(HtmlWriter html, IEnumerable<Post> posts)
    {
        html.Raw("<ul class=\"archive-list\">\n");
        foreach (var post in posts)
        {
            html.Raw("<li>").Date(post.Date).Raw(" ").Link(Urls.Post(post), post.Title).Raw("</li>\n");
        }

        html.Raw("</ul>\n");
    }
}
