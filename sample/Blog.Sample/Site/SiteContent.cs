using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Blog.Sample.Assets;
using Blog.Sample.Content;
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
    private readonly IReadOnlyList<Author> authors;
    private readonly Dictionary<string, Author> authorsBySlug;
    private readonly IReadOnlyList<Page> pages;
    private readonly Dictionary<string, Page> pagesBySlug;

    /// <summary>Creates the site over a list of posts, with the compiled authors and pages.</summary>
    /// <param name="site">The site's description.</param>
    /// <param name="posts">Every post to show, newest first; normally <see cref="Posts.PublishedAsOf(System.DateTimeOffset)"/> the current time.</param>
    public SiteContent(SiteInfo site, IReadOnlyList<Post> posts)
        : this(site, posts, global::Blog.Sample.Content.Authors.All, SitePages.All)
    {
    }

    /// <summary>Creates the site over lists of posts, authors and pages; tests pass hand-made ones.</summary>
    /// <param name="site">The site's description.</param>
    /// <param name="posts">Every post to show, newest first.</param>
    /// <param name="authors">Every author, in the order the authors' page lists them; normally <see cref="Content.Authors.All"/>.</param>
    /// <param name="pages">Every page served at <c>/{slug}</c>; normally <see cref="SitePages.All"/>.</param>
    /// <exception cref="InvalidOperationException">A page's slug cannot be its path (see <see cref="Urls.IsFreeForPage"/>).</exception>
    public SiteContent(SiteInfo site, IReadOnlyList<Post> posts, IReadOnlyList<Author> authors, IReadOnlyList<Page> pages)
    {
        // A page at /{slug} shares the top level with the site's own paths: a clash would hide one of them, so the
        // site refuses to start (a failing test, before any deploy) rather than serve the wrong page.
        if (pages.FirstOrDefault(page => !Urls.IsFreeForPage(page.Slug)) is { } clash)
        {
            throw new InvalidOperationException("The page " + clash.SourcePath + " cannot be served at /" + clash.Slug + ": rename the file.");
        }

        Info = site with { Navigation = pages.Where(p => p.ShowInNav).OrderBy(p => p.NavOrder).ThenBy(p => p.Slug, StringComparer.Ordinal).ToArray() };
        this.posts = posts;
        positions = posts.Select((post, index) => (post, index)).ToDictionary(x => x.post, x => x.index);
        tagsBySlug = BySlug(posts.SelectMany(p => p.Tags));
        categoriesBySlug = BySlug(posts.SelectMany(p => p.Categories));
        this.authors = authors;
        authorsBySlug = authors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        this.pages = pages;
        pagesBySlug = pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        NotFound = new Resource(ContentTypes.Html, NotFoundCaching, output => NotFoundPage.Write(new HtmlWriter(output), Info));
    }

    /// <summary>The site's description, with the navigation to its pages.</summary>
    public SiteInfo Info { get; }

    /// <summary>The pages served at <c>/{slug}</c>, for the routes.</summary>
    public IReadOnlyList<Page> Pages => pages;

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

    /// <summary>The list of authors.</summary>
    public Resource Authors => Get(Urls.Authors, _ => Html(html => AuthorPage.WriteIndex(html, Info, authors, PostsBy)))!;

    /// <summary>An author's page: their bio, links and posts.</summary>
    /// <param name="slug">The author's slug, their file name in <c>Authors/</c> without <c>.md</c>.</param>
    /// <returns>The page, or null for an unknown author.</returns>
    public Resource? Author(string slug) => authorsBySlug.TryGetValue(slug, out var author)
        ? Get(Urls.Author(author), _ => Html(html => AuthorPage.Write(html, Info, author, PostsBy(author))))
        : null;

    /// <summary>A page of the <see cref="SitePages"/> collection, such as About.</summary>
    /// <param name="slug">The page's slug.</param>
    /// <returns>The page, or null when no page has the slug.</returns>
    public Resource? SitePage(string slug) => pagesBySlug.TryGetValue(slug, out var page)
        ? Get(Urls.Page(page), _ => Html(html => StandalonePage.Write(html, Info, page)))
        : null;

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

    /// <summary>The posts shown, newest first.</summary>
    public IReadOnlyList<Post> Posts => posts;

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

        yield return (Urls.Authors, null);
        foreach (var author in authors)
        {
            yield return (Urls.Author(author), null);
        }

        foreach (var page in pages)
        {
            yield return (Urls.Page(page), page.Updated is { } updated ? new DateTimeOffset(updated.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
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
            "authors" => segments.Length == 1 ? Authors : Author(segments[1]),
            _ => segments.Length == 1 ? SitePage(segments[0]) : null,
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

    // The reference in a post's front matter is the author object itself (the compiler resolved the slug), so the
    // posts of an author are the ones whose Data.Author is that object.
    private IReadOnlyList<Post> PostsBy(Author author) => posts.Where(p => p.Data.Author == author).ToArray();

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
