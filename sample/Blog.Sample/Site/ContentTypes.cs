namespace Blog.Sample.Site;

/// <summary>The media types the site serves. Text always says its charset, so no browser has to guess.</summary>
public static class ContentTypes
{
    /// <summary>HTML pages.</summary>
    public const string Html = "text/html; charset=utf-8";

    /// <summary>The Atom feed.</summary>
    public const string Atom = "application/atom+xml; charset=utf-8";

    /// <summary>The sitemap.</summary>
    public const string Xml = "application/xml; charset=utf-8";

    /// <summary>robots.txt.</summary>
    public const string Text = "text/plain; charset=utf-8";

    /// <summary>The stylesheet.</summary>
    public const string Css = "text/css; charset=utf-8";

    /// <summary>The media type of an asset from its file extension.</summary>
    /// <param name="path">The asset's path.</param>
    /// <returns>The media type; <c>application/octet-stream</c> for an unknown extension.</returns>
    public static string ForFile(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".css" => Css,
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        _ => "application/octet-stream",
    };
}
