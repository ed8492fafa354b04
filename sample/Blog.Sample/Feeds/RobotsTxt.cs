using System.Text;
using Blog.Sample.Site;

namespace Blog.Sample.Feeds;

/// <summary>robots.txt: everything may be crawled, and here is the sitemap.</summary>
public static class RobotsTxt
{
    /// <summary>Builds the file.</summary>
    /// <param name="site">The site.</param>
    /// <returns>The file as UTF-8 text.</returns>
    public static byte[] Build(SiteInfo site) =>
        Encoding.UTF8.GetBytes("User-agent: *\nAllow: /\n\nSitemap: " + site.Absolute(Urls.Sitemap) + "\n");
}
