using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Sample.Content;
using Blog.Sample.Site;
using Xunit;

namespace Blog.Sample.Tests.Pages;

/// <summary>
/// The site over hand-made authors and pages, which the generated classes allow through their init-only members:
/// how the navigation is ordered, how posts are matched to their author, and which page slugs the site refuses.
/// </summary>
public sealed partial class CollectionSiteTests
{
    private static readonly Author Ann = new() { Name = "Ann", Slug = "ann" };
    private static readonly Author Bo = new() { Name = "Bo", Slug = "bo" };

    private static Post MakePost(string slug, int day, Author? author) => new(
        slug: slug,
        title: "Post " + slug,
        date: new DateTimeOffset(2025, 6, day, 0, 0, 0, TimeSpan.Zero),
        lastModifiedAt: null,
        categories: [],
        tags: [],
        excerpt: null,
        excerptHtmlUtf8: default,
        wordCount: 1,
        readingTime: TimeSpan.FromMinutes(1),
        headings: [],
        sourcePath: "Posts/" + slug + ".md",
        frontMatter: new Dictionary<string, object?>(),
        htmlUtf8: "<p>Body.</p>\n"u8)
    {
        Data = new PostMeta { Author = author },
    };

    private static string Render(Resource? resource)
    {
        Assert.NotNull(resource);
        var buffer = new ArrayBufferWriter<byte>();
        resource.WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Navigation_orders_pages_by_NavOrder_not_by_slug_and_skips_pages_not_shown()
    {
        Page[] pages =
        [
            new() { Title = "Alpha", NavOrder = 2, Slug = "alpha" },
            new() { Title = "Hidden", NavOrder = 0, ShowInNav = false, Slug = "hidden" },
            new() { Title = "Zeta page", NavTitle = "Zeta", NavOrder = 1, Slug = "zeta" },
        ];
        var site = new SiteContent(SiteInfo.From(null), [], [], pages);

        Assert.Equal(["zeta", "alpha"], site.Info.Navigation.Select(p => p.Slug));
        var nav = SiteNav().Match(Render(site.Home(1))).Groups[1].Value;
        Assert.EndsWith("<a href=\"/authors\">Authors</a><a href=\"/zeta\">Zeta</a><a href=\"/alpha\">Alpha</a><a href=\"/feed.xml\">Feed</a>", nav, StringComparison.Ordinal);

        // A page left out of the navigation is still served, exported and in the sitemap.
        Assert.Contains("<h1>Hidden</h1>", Render(site.SitePage("hidden")), StringComparison.Ordinal);
        Assert.Contains(site.All(), r => r.Path == "/hidden");
        Assert.Contains("<loc>http://localhost:5000/hidden</loc>", Encoding.UTF8.GetString(site.Sitemap.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_navigation_is_the_shown_pages_in_NavOrder()
    {
        var site = new SiteContent(SiteInfo.From(null), Posts.All);

        Assert.Equal(SitePages.All.Where(p => p.ShowInNav).OrderBy(p => p.NavOrder).Select(p => p.Slug), site.Info.Navigation.Select(p => p.Slug));
        Assert.Equal([SitePages.About, SitePages.Colophon], site.Info.Navigation);
    }

    [Fact]
    public void An_author_page_lists_the_posts_whose_Data_Author_is_that_author()
    {
        var site = new SiteContent(SiteInfo.From(null), [MakePost("three", 3, Ann), MakePost("two", 2, Bo), MakePost("one", 1, Ann), MakePost("none", 1, null)], [Ann, Bo], []);

        Assert.Equal(["three", "one"], PostLink().Matches(Render(site.Author("ann"))).Select(m => m.Groups[1].Value));
        Assert.Equal(["two"], PostLink().Matches(Render(site.Author("bo"))).Select(m => m.Groups[1].Value));
        var index = Render(site.Authors);
        Assert.Contains("<a href=\"/authors/ann\">Ann</a> <span class=\"count\">2 posts</span>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/authors/bo\">Bo</a> <span class=\"count\">1 post</span>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("By <a", Render(site.Post("none")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_without_posts_still_has_a_page_that_says_so()
    {
        var site = new SiteContent(SiteInfo.From(null), [MakePost("one", 1, Ann)], [Ann, Bo], []);

        Assert.Contains("<p class=\"count\">No posts yet.</p>", Render(site.Author("bo")), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_authors_and_pages_are_not_found()
    {
        var site = new SiteContent(SiteInfo.From(null), Posts.All);

        Assert.Null(site.Author("nobody"));
        Assert.Null(site.Author("Maren-Holt"));
        Assert.Null(site.SitePage("nothing"));
        Assert.Null(site.SitePage("tags"));
        Assert.NotNull(site.Author(Authors.TheoLindqvist.Slug));
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("posts")]
    [InlineData("authors")]
    [InlineData("page")]
    [InlineData("404")]
    [InlineData("notes.old")]
    [InlineData("About")]
    public void A_page_whose_slug_cannot_be_its_path_stops_the_site(string slug)
    {
        var page = new Page { Title = "Clash", Slug = slug, SourcePath = "Content/Pages/" + slug + ".md" };

        var error = Assert.Throws<InvalidOperationException>(() => new SiteContent(SiteInfo.From(null), [], [], [page]));
        Assert.Contains("Content/Pages/" + slug + ".md", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<nav aria-label=\"Site\">(.*?)</nav>")]
    private static partial Regex SiteNav();

    [GeneratedRegex("<h2><a href=\"/posts/([^\"]+)\">")]
    private static partial Regex PostLink();
}
