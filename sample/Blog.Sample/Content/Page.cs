using System;
using Blog.Generator;

namespace Blog.Sample.Content;

/// <summary>
/// A page outside the stream of posts, such as About, served at <c>/{slug}</c>: one Markdown file per page in
/// <c>Content/Pages/</c>. The static class is named <see cref="SitePages"/> by <c>ClassName</c>, because the
/// folder's own name, <c>Pages</c>, is already the namespace of the sample's page writers.
/// </summary>
[Collection("Content/Pages", ClassName = "SitePages")]
public partial class Page
{
    /// <summary>The page's heading and title.</summary>
    public required string Title { get; init; }

    /// <summary>The meta description; the site's description when absent.</summary>
    public string? Description { get; init; }

    /// <summary>The shorter link text in the site's navigation (<c>nav_title:</c>); the title when absent.</summary>
    public string? NavTitle { get; init; }

    /// <summary>The page's place in the navigation (<c>nav_order:</c>), lowest first.</summary>
    public int NavOrder { get; init; }

    /// <summary>Whether the navigation links to the page (<c>show_in_nav:</c>); a page left out is still served and in the sitemap.</summary>
    public bool ShowInNav { get; init; } = true;

    /// <summary>
    /// When the page last changed, for the sitemap and the page's footer. Read from <c>last_modified_at</c>, the key
    /// Jekyll's last-modified-at plugin uses, rather than from <c>updated</c>, the name the property alone would match.
    /// </summary>
    [FrontMatterKey("last_modified_at")]
    public DateOnly? Updated { get; init; }
}
