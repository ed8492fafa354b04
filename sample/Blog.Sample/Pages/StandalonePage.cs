using Blog.Sample.Content;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>A page of the <see cref="SitePages"/> collection, such as About: its title, its compiled body and when it last changed.</summary>
public static class StandalonePage
{
    /// <summary>Writes the page.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="page">The page.</param>
    public static void Write(HtmlWriter html, SiteInfo site, Page page) =>
        Layout.Page(html, site, new PageMeta(page.Title, page.Description ?? site.Description, Urls.Page(page)), html =>
        {
            html.Raw("<article class=\"page\">\n<h1>").Text(page.Title).Raw("</h1>\n<div class=\"page-body\">\n").Raw(page.HtmlUtf8).Raw("</div>\n");
            if (page.Updated is { } updated)
            {
                html.Raw("<p class=\"updated\">Last updated ").Date(updated).Raw("</p>\n");
            }

            html.Raw("</article>\n");
        });
}
