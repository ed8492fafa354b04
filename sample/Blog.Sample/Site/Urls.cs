using System;
using System.Globalization;
using System.Text;
using Blog.Sample.Content;

namespace Blog.Sample.Site;

/// <summary>
/// Every URL the site links to, in one place, so pages, the sitemap and the static export agree.
/// Paths have no trailing slash: a static host serves <c>/posts/x</c> from <c>posts/x.html</c>, and a
/// post's relative image links (<c>images/a.svg</c>) resolve to <c>/posts/images/a.svg</c> either way.
/// </summary>
public static class Urls
{
    /// <summary>The home page.</summary>
    public const string Home = "/";

    /// <summary>The archive, every post grouped by year.</summary>
    public const string Archive = "/archive";

    /// <summary>The list of tags.</summary>
    public const string Tags = "/tags";

    /// <summary>The list of categories.</summary>
    public const string Categories = "/categories";

    /// <summary>The list of authors.</summary>
    public const string Authors = "/authors";

    /// <summary>The Atom feed.</summary>
    public const string Feed = "/feed.xml";

    /// <summary>The sitemap.</summary>
    public const string Sitemap = "/sitemap.xml";

    /// <summary>The robots file.</summary>
    public const string Robots = "/robots.txt";

    /// <summary>The stylesheet.</summary>
    public const string Stylesheet = "/site.css";

    /// <summary>The icon.</summary>
    public const string Favicon = "/favicon.svg";

    /// <summary>A page of the home listing: page 1 is the home page itself.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <returns>The page's path.</returns>
    public static string HomePage(int page) => page <= 1 ? Home : "/page/" + page.ToString(CultureInfo.InvariantCulture);

    /// <summary>A post.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The path <c>/posts/{slug}</c>.</returns>
    public static string Post(Post post) => "/posts/" + post.Slug;

    /// <summary>The posts with a tag.</summary>
    /// <param name="tag">The tag as written in front matter.</param>
    /// <returns>The tag page's path.</returns>
    public static string Tag(string tag) => "/tags/" + Slugify(tag);

    /// <summary>The posts in a category.</summary>
    /// <param name="category">The category as written in front matter.</param>
    /// <returns>The category page's path.</returns>
    public static string Category(string category) => "/categories/" + Slugify(category);

    /// <summary>An author's page, with their bio and posts.</summary>
    /// <param name="author">The author.</param>
    /// <returns>The path <c>/authors/{slug}</c>.</returns>
    public static string Author(Author author) => Authors + "/" + author.Slug;

    /// <summary>A page of the <see cref="SitePages"/> collection, such as About, at the top level of the site.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The path <c>/{slug}</c>.</returns>
    public static string Page(Page page) => "/" + page.Slug;

    /// <summary>
    /// Whether a page's slug can be its path: a URL segment as <see cref="Slugify"/> writes it (so the exported file is
    /// <c>{slug}.html</c>), not the first segment of another path the site serves, and not <c>404</c>, whose file
    /// would overwrite the exported not-found page.
    /// </summary>
    /// <param name="slug">The page's slug.</param>
    /// <returns>True when <c>/{slug}</c> is free.</returns>
    public static bool IsFreeForPage(string slug) =>
        Slugify(slug) == slug && slug is not ("page" or "posts" or "tags" or "categories" or "archive" or "authors" or "404");

    /// <summary>The posts of one year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year's archive path.</returns>
    public static string Year(int year) => "/archive/" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Turns a tag or category into a URL segment: lower-case letters and digits joined by single hyphens
    /// ("machine learning" becomes "machine-learning", "C#" becomes "c-sharp"), so links are readable and export to plain file names.
    /// </summary>
    /// <param name="term">The tag or category.</param>
    /// <returns>The segment; "-" when the term has no letters or digits.</returns>
    /// <remarks>
    /// A segment names a file in the static export, and file systems take 255 bytes: past <see cref="MaxSegment"/>
    /// characters it is cut and ends with a hash of the whole term, so long terms stay apart.
    /// </remarks>
    public static string Slugify(string term)
    {
        var slug = new StringBuilder(term.Length);
        foreach (var c in term.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is '#' or '+')
            {
                // "C#" and "C++" must not both become "c".
                slug.Append(slug.Length > 0 && slug[^1] != '-' ? "-" : string.Empty).Append(c == '#' ? "sharp-" : "plus-");
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxSegment)
        {
            var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(term));
            result = result[..(MaxSegment - 9)].TrimEnd('-') + "-" + Convert.ToHexStringLower(hash, 0, 4);
        }

        return result.Length == 0 ? "-" : result;
    }

    /// <summary>The longest URL segment <see cref="Slugify"/> writes: the generator's longest slug.</summary>
    public const int MaxSegment = 200;
}
