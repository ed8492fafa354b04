using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Blog.Sample.Assets;
using Blog.Sample.Feeds;
using Blog.Sample.Pages;

namespace Blog.Sample.Site;

/// <summary>
/// Every resource of the site, found by the values in its URL. The posts are compiled in, so the set of pages is
/// fixed: each resource is built once, on first request, and kept with its ETag.
/// </summary>
public sealed class SiteContent
{
    /// <summary>Pages are shared by caches and revalidated after ten minutes: posts change only on redeploy.</summary>
    public const string PageCaching = "public, max-age=600";

    /// <summary>Assets change even less; a day before revalidating.</summary>
    public const string AssetCaching = "public, max-age=86400";

    /// <summary>A missing page may appear with the next deploy, so caches keep the 404 only briefly.</summary>
    public const string NotFoundCaching = "public, max-age=60";

    private readonly ConcurrentDictionary<string, Resource?> resources = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Post> posts;
    private readonly Dictionary<Post, int> positions;
    private readonly Dictionary<string, string> tagsBySlug;
    private readonly Dictionary<string, string> categoriesBySlug;

    /// <summary>Creates the site over a list of posts.</summary>
    /// <param name="site">The site's description.</param>
    /// <param name="posts">Every post to show, newest first; normally <see cref="Posts.PublishedAsOf(System.DateTimeOffset)"/> the current time.</param>
    public SiteContent(SiteInfo site, IReadOnlyList<Post> posts)
    {
        Info = site;
        this.posts = posts;
        positions = posts.Select((post, index) => (post, index)).ToDictionary(x => x.post, x => x.index);
        tagsBySlug = BySlug(posts.SelectMany(p => p.Tags));
        categoriesBySlug = BySlug(posts.SelectMany(p => p.Categories));
        NotFound = new Resource(ContentTypes.Html, NotFoundCaching, output => NotFoundPage.Write(new HtmlWriter(output), site));
    }

    /// <summary>The site's description.</summary>
    public SiteInfo Info { get; }

    /// <summary>The page sent with every 404.</summary>
    public Resource NotFound { get; }

    /// <summary>A home page.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <returns>The page, or null past the last page.</returns>
    public Resource? Home(int page) =>
        page < 1 || page > HomePage.PageCount(Info, posts.Count) ? null :
        Get(Urls.HomePage(page), path => Html(html => HomePage.Write(html, Info, posts, page)));

    /// <summary>A home page after the first, by its number as written in the URL.</summary>
    /// <param name="page">The page number; only the canonical spelling ("2", not "02") is found.</param>
    /// <returns>The page, or null when there is no such page.</returns>
    public Resource? Page(string page) =>
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1 && Urls.HomePage(number) == "/page/" + page
            ? Home(number)
            : null;

    /// <summary>A post's page.</summary>
    /// <param name="slug">The post's slug.</param>
    /// <returns>The page, or null when no post has the slug.</returns>
    public Resource? Post(string slug) => Find(slug) is { } post ? Get(Urls.Post(post), _ => PostResource(post)) : null;

    /// <summary>A tag's page.</summary>
    /// <param name="slug">The tag's URL segment.</param>
    /// <returns>The page, or null for an unknown tag.</returns>
    public Resource? Tag(string slug) => tagsBySlug.TryGetValue(slug, out var tag)
        ? Get(Urls.Tag(tag), path => Html(html => TermPage.Write(html, Info, "Tag", tag, path, PostsWithTag(tag))))
        : null;

    /// <summary>A category's page.</summary>
    /// <param name="slug">The category's URL segment.</param>
    /// <returns>The page, or null for an unknown category.</returns>
    public Resource? Category(string slug) => categoriesBySlug.TryGetValue(slug, out var category)
        ? Get(Urls.Category(category), path => Html(html => TermPage.Write(html, Info, "Category", category, path, PostsInCategory(category))))
        : null;

    /// <summary>The list of tags.</summary>
    public Resource Tags => Get(Urls.Tags, path => Html(html => TermPage.WriteIndex(html, Info, "Tags", path, SortedTerms(tagsBySlug), PostsWithTag, Urls.Tag)))!;

    /// <summary>The list of categories.</summary>
    public Resource Categories => Get(Urls.Categories, path => Html(html => TermPage.WriteIndex(html, Info, "Categories", path, SortedTerms(categoriesBySlug), PostsInCategory, Urls.Category)))!;

    /// <summary>The archive of every year.</summary>
    public Resource Archive => Get(Urls.Archive, _ => Html(html => ArchivePage.WriteAll(html, Info, posts)))!;

    /// <summary>One year's archive.</summary>
    /// <param name="year">The year, as in the URL.</param>
    /// <returns>The page, or null for a year without posts.</returns>
    public Resource? Year(string year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && Urls.Year(value) == "/archive/" + year && PostsOf(value) is { Count: > 0 } inYear
            ? Get(Urls.Year(value), _ => Html(html => ArchivePage.WriteYear(html, Info, value, inYear)))
            : null;

    /// <summary>The Atom feed.</summary>
    public Resource Feed => Get(Urls.Feed, _ => Bytes(ContentTypes.Atom, PageCaching, AtomFeed.Build(Info, posts)))!;

    /// <summary>The sitemap.</summary>
    public Resource Sitemap => Get(Urls.Sitemap, _ => Bytes(ContentTypes.Xml, PageCaching, Feeds.Sitemap.Build(Info, SitemapEntries())))!;

    /// <summary>robots.txt.</summary>
    public Resource Robots => Get(Urls.Robots, _ => Bytes(ContentTypes.Text, PageCaching, RobotsTxt.Build(Info)))!;

    /// <summary>An embedded asset: the stylesheet, the icon or a post's image.</summary>
    /// <param name="path">The site path.</param>
    /// <returns>The asset, or null when there is none at the path.</returns>
    public Resource? Asset(string path) =>
        // Checked against the known list first, so requests for made-up paths never grow the cache.
        EmbeddedAssets.Paths.Contains(path, StringComparer.Ordinal)
            ? Get(path, _ => Bytes(ContentTypes.ForFile(path), AssetCaching, EmbeddedAssets.Read(path)!))
            : null;

    /// <summary>
    /// Every path the site serves with a 200, in a stable order: the pages, then the machine-readable files,
    /// then the assets. The static export writes exactly these.
    /// </summary>
    /// <returns>Each path with its resource.</returns>
    public IEnumerable<(string Path, Resource Resource)> All()
    {
        foreach (var (path, _) in SitemapEntries())
        {
            yield return (path, Resolve(path));
        }

        yield return (Urls.Feed, Feed);
        yield return (Urls.Sitemap, Sitemap);
        yield return (Urls.Robots, Robots);
        foreach (var path in EmbeddedAssets.Paths)
        {
            yield return (path, Asset(path)!);
        }
    }

    private IEnumerable<(string Path, DateTimeOffset? LastModified)> SitemapEntries()
    {
        DateTimeOffset? newest = posts.Count == 0 ? null : posts.Max(p => p.LastModifiedAt ?? p.Date);
        for (var page = 1; page <= HomePage.PageCount(Info, posts.Count); page++)
        {
            yield return (Urls.HomePage(page), page == 1 ? newest : null);
        }

        foreach (var post in posts)
        {
            yield return (Urls.Post(post), post.LastModifiedAt ?? post.Date);
        }

        yield return (Urls.Archive, newest);
        foreach (var year in posts.Select(p => p.Date.Year).Distinct())
        {
            yield return (Urls.Year(year), null);
        }

        yield return (Urls.Tags, null);
        foreach (var tag in SortedTerms(tagsBySlug))
        {
            yield return (Urls.Tag(tag), null);
        }

        yield return (Urls.Categories, null);
        foreach (var category in SortedTerms(categoriesBySlug))
        {
            yield return (Urls.Category(category), null);
        }
    }

    // Finds a page by its path; only for paths this class produced, so every one exists.
    private Resource Resolve(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (segments.Length == 0 ? Home(1) : segments[0] switch
        {
            "page" => Page(segments[1]),
            "posts" => Post(segments[1]),
            "archive" => segments.Length == 1 ? Archive : Year(segments[1]),
            "tags" => segments.Length == 1 ? Tags : Tag(segments[1]),
            "categories" => segments.Length == 1 ? Categories : Category(segments[1]),
            _ => null,
        }) ?? throw new InvalidOperationException("The site links to " + path + " but does not serve it.");
    }

    private Resource PostResource(Post post)
    {
        // The generated neighbours and related posts, kept to the posts this site shows (a newer one may be scheduled).
        var newer = post.Next is { } next && positions.ContainsKey(next) ? next : null;
        var older = post.Previous is { } previous && positions.ContainsKey(previous) ? previous : null;
        var related = post.Related.Where(positions.ContainsKey).ToArray();
        return Html(html => PostPage.Write(html, Info, post, newer, older, related));
    }

    // Uses the generated index (an O(1) ordinal lookup) when serving the generated posts, and a scan otherwise
    // (tests build the site over hand-made posts).
    private Post? Find(string slug) =>
        global::Blog.Sample.Posts.FindBySlug(slug) is { } post && positions.ContainsKey(post) ? post : posts.FirstOrDefault(p => p.Slug == slug);

    // Matched by URL segment, not spelling, so a page lists every post whose term shares its URL.
    private IReadOnlyList<Post> PostsWithTag(string tag) => posts.Where(p => p.Tags.Any(t => Urls.Slugify(t) == Urls.Slugify(tag))).ToArray();

    private IReadOnlyList<Post> PostsInCategory(string category) => posts.Where(p => p.Categories.Any(c => Urls.Slugify(c) == Urls.Slugify(category))).ToArray();

    private IReadOnlyList<Post> PostsOf(int year) => posts.Where(p => p.Date.Year == year).ToArray();

    private Resource? Get(string path, Func<string, Resource?> create) => resources.GetOrAdd(path, create);

    private static Resource Html(Action<HtmlWriter> write) =>
        new(ContentTypes.Html, PageCaching, output => write(new HtmlWriter(output)));

    private static Resource Bytes(string contentType, string cacheControl, byte[] bytes) =>
        new(contentType, cacheControl, output => output.Write(bytes));

    // Two spellings of one term ("C#" and "c#") share a URL; the first one seen names the page.
    private static Dictionary<string, string> BySlug(IEnumerable<string> terms)
    {
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            bySlug.TryAdd(Urls.Slugify(term), term);
        }

        return bySlug;
    }

    private static string[] SortedTerms(Dictionary<string, string> bySlug) =>
        bySlug.Values.Order(StringComparer.OrdinalIgnoreCase).ToArray();
}
