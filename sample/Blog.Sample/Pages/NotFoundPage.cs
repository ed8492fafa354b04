using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>The page sent with a 404, and exported as <c>404.html</c>, which static hosts serve for missing paths.</summary>
public static class NotFoundPage
{
    /// <summary>The path the page is exported to and linked from nowhere.</summary>
    public const string Path = "/404.html";

    /// <summary>Writes the page.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    public static void Write(HtmlWriter html, SiteInfo site) =>
        Layout.Page(html, site, new PageMeta("Page not found", "There is no page at this address.", Path) { NoIndex = true }, html =>
            html.Raw("<section class=\"not-found\">\n<h1>Page not found</h1>\n")
                .Raw("<p>There is nothing at this address. It may have moved, or the link may have a typo.</p>\n<p>")
                .Link(Urls.Home, "Go to the latest posts").Raw(" or browse the ").Link(Urls.Archive, "archive").Raw(".</p>\n</section>\n"));
}
