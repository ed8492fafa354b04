using System;
using System.Collections.Generic;
using System.Globalization;
using Blog.Sample.Site;

namespace Blog.Sample.Feeds;

/// <summary>The sitemap (sitemaps.org protocol 0.9), written with XmlWriter.</summary>
public static class Sitemap
{
    /// <summary>The sitemap protocol's namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Builds the sitemap.</summary>
    /// <param name="site">The site.</param>
    /// <param name="pages">Each indexable page's path, with the date it last changed when known.</param>
    /// <returns>The sitemap as UTF-8 XML.</returns>
    public static byte[] Build(SiteInfo site, IEnumerable<(string Path, DateTimeOffset? LastModified)> pages) =>
        XmlOutput.Write(writer =>
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var (path, lastModified) in pages)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, site.Absolute(path));
                if (lastModified is { } date)
                {
                    writer.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        });
}
