using System;
using System.Collections.Generic;
using Blog.Sample.Content;

namespace Blog.Sample.Site;

/// <summary>What the site says about itself, and where it lives.</summary>
/// <param name="BaseUrl">The absolute URL of the site's root, without a trailing slash. Feeds, the sitemap and
/// Open Graph tags need absolute links, and a static export must know the host it will be put on.</param>
public sealed record SiteInfo(string BaseUrl)
{
    /// <summary>The configuration key that sets <see cref="BaseUrl"/> (<c>--SiteUrl https://blog.example.org</c>).</summary>
    public const string BaseUrlKey = "SiteUrl";

    /// <summary>Where <c>dotnet run</c> serves the sample.</summary>
    public const string DefaultBaseUrl = "http://localhost:5000";

    /// <summary>The blog's name, shown in every page's header and title.</summary>
    public string Title => "Notes from the Lab";

    /// <summary>One line about the blog, for the home page's meta description and the feed's subtitle.</summary>
    public string Description => "Machine learning research, engineering notes and the occasional conference report.";

    /// <summary>The author named in the feed.</summary>
    public string Author => "Sample Author";

    /// <summary>
    /// The pages linked from every page's header, after the site's own links, in the order shown.
    /// <see cref="SiteContent"/> sets it from its pages: those with <see cref="Page.ShowInNav"/>, by <see cref="Page.NavOrder"/>.
    /// </summary>
    public IReadOnlyList<Page> Navigation { get; init; } = [];

    /// <summary>Posts per home page.</summary>
    public int PageSize => 5;

    /// <summary>Reads the base URL from a configuration value, falling back to the local address.</summary>
    /// <param name="configured">The configured value, if any.</param>
    /// <returns>The site's description.</returns>
    public static SiteInfo From(string? configured) =>
        new(string.IsNullOrWhiteSpace(configured) ? DefaultBaseUrl : configured.Trim().TrimEnd('/'));

    /// <summary>Makes a site path absolute.</summary>
    /// <param name="path">A path starting with <c>/</c>.</param>
    /// <returns>The absolute URL.</returns>
    public string Absolute(string path) => path.StartsWith('/') ? BaseUrl + path : throw new ArgumentException("Site paths start with '/'.", nameof(path));
}
