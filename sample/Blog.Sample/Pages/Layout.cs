using System;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>The page shell: head with metadata, site header and footer.</summary>
public static class Layout
{
    /// <summary>Writes everything up to and including <c>&lt;main&gt;</c>.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="meta">The page's metadata.</param>
    public static void Start(HtmlWriter html, SiteInfo site, PageMeta meta)
    {
        var description = PageMeta.Shorten(meta.Description);
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text(meta.Title).Raw(" · ").Text(site.Title).Raw("</title>\n")
            .Raw("<meta name=\"description\" content=\"").Text(description).Raw("\">\n");
        if (meta.Article?.Data.Author is { } author)
        {
            html.Raw("<meta name=\"author\" content=\"").Text(author.Name).Raw("\">\n");
        }

        if (meta.NoIndex)
        {
            html.Raw("<meta name=\"robots\" content=\"noindex\">\n");
        }
        else
        {
            html.Raw("<link rel=\"canonical\" href=\"").Text(site.Absolute(meta.Path)).Raw("\">\n");
        }

        Property(html, "og:type", meta.Article is null ? "website" : "article");
        Property(html, "og:site_name", site.Title);
        Property(html, "og:title", meta.Title);
        Property(html, "og:description", description);
        Property(html, "og:url", site.Absolute(meta.Path));
        foreach (var (property, content) in meta.ArticleProperties())
        {
            Property(html, property, content);
        }

        // A post's cover image (its front matter's image), sized at build time: a large card where links are shared.
        if (meta.Article?.Image is { } image)
        {
            Property(html, "og:image", site.Absolute(image.Url));
            if (image.Width is { } width && image.Height is { } height)
            {
                Property(html, "og:image:width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Property(html, "og:image:height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (image.Alt is { } alt)
            {
                Property(html, "og:image:alt", alt);
            }

            html.Raw("<meta name=\"twitter:card\" content=\"summary_large_image\">\n");
        }

        html.Raw("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").Text(site.Title).Raw("\" href=\"").Raw(Urls.Feed).Raw("\">\n")
            .Raw("<link rel=\"icon\" href=\"").Raw(Urls.Favicon).Raw("\" type=\"image/svg+xml\">\n")
            .Raw("<link rel=\"stylesheet\" href=\"").Raw(Urls.Stylesheet).Raw("\">\n")
            .Raw("</head>\n<body>\n<header class=\"site-header\">\n<a class=\"brand\" href=\"/\">").Text(site.Title).Raw("</a>\n")
            .Raw("<nav aria-label=\"Site\">")
            .Link(Urls.Archive, "Archive").Link(Urls.Tags, "Tags").Link(Urls.Categories, "Categories").Link(Urls.Authors, "Authors");
        foreach (var page in site.Navigation)
        {
            html.Link(Urls.Page(page), page.NavTitle ?? page.Title);
        }

        html.Link(Urls.Feed, "Feed").Raw("</nav>\n</header>\n<main>\n");
    }

    /// <summary>Writes the end of <c>&lt;main&gt;</c>, the footer and the end of the document.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    public static void End(HtmlWriter html, SiteInfo site) =>
        html.Raw("</main>\n<footer class=\"site-footer\">\n<p>").Text(site.Title)
            .Raw(" · compiled from Markdown at build time by Blog.Generator · ")
            .Link(Urls.Feed, "Atom feed").Raw("</p>\n</footer>\n</body>\n</html>\n");

    private static void Property(HtmlWriter html, string property, string content) =>
        html.Raw("<meta property=\"").Raw(property).Raw("\" content=\"").Text(content).Raw("\">\n");

    /// <summary>Writes a heading and the page's shell around a body.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="meta">The page's metadata.</param>
    /// <param name="body">Writes what goes inside <c>&lt;main&gt;</c>.</param>
    public static void Page(HtmlWriter html, SiteInfo site, PageMeta meta, Action<HtmlWriter> body)
    {
        Start(html, site, meta);
        body(html);
        End(html, site);
    }
}
