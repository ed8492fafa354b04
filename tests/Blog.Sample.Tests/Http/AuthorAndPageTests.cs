using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Blog.Sample.Content;
using Blog.Sample.Pages;
using Blog.Sample.Site;
using Xunit;

namespace Blog.Sample.Tests.Http;

/// <summary>
/// The collections at work on the served site: authors and pages from their Markdown files, posts linked to their
/// authors through the typed <c>Post.Data.Author</c> reference, and the navigation built from the pages.
/// </summary>
[Collection(SampleAppCollection.Name)]
public sealed partial class AuthorAndPageTests(SampleApp app)
{
    [Fact]
    public async Task The_seed_post_has_a_byline_linking_to_its_author_whose_page_is_served()
    {
        var client = app.Raw();
        var html = await client.GetStringAsync("/posts/reflections-from-icml-2024");

        Assert.Same(Authors.MarenHolt, Posts.ReflectionsFromIcml2024.Data.Author);
        Assert.Contains("<p class=\"byline\">By <a href=\"/authors/maren-holt\" rel=\"author\">Maren Holt</a> · <time datetime=\"2024-06-10\">", html);
        Assert.Contains("<meta name=\"author\" content=\"Maren Holt\">", html);

        var href = BylineAuthor().Match(html).Groups[1].Value;
        var author = await client.GetStringAsync(href);
        Assert.Contains("<h1>Maren Holt</h1>", author);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost:5000/authors/maren-holt\">", author);
    }

    [Fact]
    public async Task Every_post_names_its_author_and_tutorials_their_difficulty()
    {
        var client = app.Raw();
        foreach (var post in Posts.All)
        {
            var html = await client.GetStringAsync(Urls.Post(post));
            var author = Assert.IsType<Author>(post.Data.Author);

            Assert.Equal(Urls.Author(author), BylineAuthor().Match(html).Groups[1].Value);
            Assert.Equal(post.Data.Difficulty is not null, html.Contains("<span class=\"difficulty\">", StringComparison.Ordinal));
        }

        Assert.Equal(Difficulty.Beginner, Posts.ReadingLossCurves.Data.Difficulty);
        Assert.Contains("3 min read · <span class=\"difficulty\">Beginner</span></p>", await client.GetStringAsync("/posts/reading-loss-curves"));
    }

    [Theory]
    [InlineData("maren-holt", new[] { "what-i-wish-i-had-known-before-my-first-year", "how-i-review-a-paper", "reading-loss-curves", "reflections-from-icml-2024" })]
    [InlineData("theo-lindqvist", new[] { "mixed-precision-in-practice", "tokenizing-text-with-span", "a-reproducible-research-environment" })]
    public async Task An_author_page_lists_exactly_that_authors_posts_newest_first(string slug, string[] expected)
    {
        var html = await app.Raw().GetStringAsync("/authors/" + slug);
        var section = html[html.IndexOf("<section class=\"author-posts\"", StringComparison.Ordinal)..];

        var listed = PostTitleLink().Matches(section).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(expected, listed);
        var author = Authors.FindBySlug(slug)!;
        Assert.Equal(Posts.All.Where(p => p.Data.Author == author).Select(p => p.Slug), listed);
    }

    [Fact]
    public async Task Author_page_shows_name_role_compiled_bio_and_only_the_links_the_author_gave()
    {
        var client = app.Raw();
        var maren = await client.GetStringAsync("/authors/maren-holt");
        var theo = await client.GetStringAsync("/authors/theo-lindqvist");

        Assert.Contains("<h1>Maren Holt</h1>\n<p class=\"role\">Machine learning researcher</p>", maren);
        Assert.Contains(Authors.MarenHolt.Html, maren);
        Assert.Contains("<code>Authors/maren-holt.md</code>", maren);
        Assert.Contains("<a href=\"https://maren-holt.example/\" rel=\"me\">maren-holt.example</a>", maren);
        Assert.Contains("<a href=\"https://mastodon.example/@maren\" rel=\"me\">Mastodon</a>", maren);

        // Theo's file gives no website: the nullable Uri is null and no link is written.
        Assert.Null(Authors.TheoLindqvist.Website);
        Assert.Contains("<ul class=\"author-links\"><li><a href=\"https://mastodon.example/@theo\" rel=\"me\">Mastodon</a></li></ul>", theo);
    }

    [Fact]
    public async Task Authors_index_lists_every_author_with_role_and_post_count()
    {
        var html = await app.Raw().GetStringAsync("/authors");

        Assert.Contains("<h1>Authors</h1>", html);
        Assert.Contains("<li><a href=\"/authors/maren-holt\">Maren Holt</a> <span class=\"role\">Machine learning researcher</span> <span class=\"count\">4 posts</span></li>", html);
        Assert.Contains("<li><a href=\"/authors/theo-lindqvist\">Theo Lindqvist</a> <span class=\"role\">Research engineer</span> <span class=\"count\">3 posts</span></li>", html);
        Assert.True(html.IndexOf("/authors/maren-holt", StringComparison.Ordinal) < html.IndexOf("/authors/theo-lindqvist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/posts/reading-loss-curves")]
    [InlineData("/authors/theo-lindqvist")]
    [InlineData("/colophon")]
    [InlineData("/no-such-page")]
    public async Task Navigation_links_the_pages_in_nav_order_after_the_site_links_and_leaves_out_hidden_ones(string path)
    {
        using var response = await app.Raw().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        var nav = SiteNav().Match(html).Groups[1].Value;
        var links = NavLink().Matches(nav).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();
        Assert.Equal([("/archive", "Archive"), ("/tags", "Tags"), ("/categories", "Categories"), ("/authors", "Authors"), ("/about", "About"), ("/colophon", "Colophon"), ("/feed.xml", "Feed")], links);
        Assert.False(SitePages.Contributing.ShowInNav);
    }

    [Theory]
    [InlineData("about", "About this blog", "2026-11-28")]
    [InlineData("colophon", "Colophon", "2026-11-28")]
    [InlineData("contributing", "Writing for this blog", "2026-11-28")]
    public async Task Each_page_is_served_at_its_slug_with_its_title_description_compiled_body_and_update_date(string slug, string title, string updated)
    {
        var page = SitePages.FindBySlug(slug)!;
        var body = await app.Raw().GetByteArrayAsync("/" + slug);
        var html = System.Text.Encoding.UTF8.GetString(body);

        Assert.Contains("<article class=\"page\">\n<h1>" + title + "</h1>", html);
        Assert.Contains("<title>" + title + " · Notes from the Lab</title>", html);
        Assert.Contains("<meta name=\"description\" content=\"" + HtmlWriter.Encode(page.Description!) + "\">", html);
        Assert.True(body.AsSpan().IndexOf(page.HtmlUtf8) > 0, "the body bytes appear as compiled");
        Assert.Contains("<p class=\"updated\">Last updated <time datetime=\"" + updated + "\">", html);
    }

    [Fact]
    public async Task A_page_links_to_a_post_by_its_file_and_gets_the_posts_URL()
    {
        var client = app.Raw();
        var html = await client.GetStringAsync("/colophon");

        Assert.Contains("<a href=\"/posts/reading-loss-curves\">the post on loss curves</a>", html);
        Assert.DoesNotContain(".md\"", html);
        foreach (var href in new[] { "/authors", "/authors/maren-holt", "/authors/theo-lindqvist", "/colophon", "/contributing" })
        {
            Assert.Contains("href=\"" + href + "\"", await client.GetStringAsync("/about"));
            using var response = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [GeneratedRegex("<p class=\"byline\">By <a href=\"([^\"]+)\" rel=\"author\">")]
    private static partial Regex BylineAuthor();

    [GeneratedRegex("<h2><a href=\"/posts/([^\"]+)\">")]
    private static partial Regex PostTitleLink();

    [GeneratedRegex("<nav aria-label=\"Site\">(.*?)</nav>")]
    private static partial Regex SiteNav();

    [GeneratedRegex("<a href=\"([^\"]+)\">([^<]+)</a>")]
    private static partial Regex NavLink();
}
