using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Blog.Sample.Site;
using Xunit;

namespace Blog.Sample.Tests.Http;

[Collection(SampleAppCollection.Name)]
public sealed class RouteTests(SampleApp app)
{
    public static TheoryData<string, string> Routes() => new()
    {
        { "/", ContentTypes.Html },
        { "/page/2", ContentTypes.Html },
        { "/posts/reflections-from-icml-2024", ContentTypes.Html },
        { "/posts/tokenizing-text-with-span", ContentTypes.Html },
        { "/tags", ContentTypes.Html },
        { "/tags/machine-learning", ContentTypes.Html },
        { "/tags/c-sharp", ContentTypes.Html },
        { "/categories", ContentTypes.Html },
        { "/categories/academia", ContentTypes.Html },
        { "/archive", ContentTypes.Html },
        { "/archive/2024", ContentTypes.Html },
        { "/archive/2023", ContentTypes.Html },
        { "/authors", ContentTypes.Html },
        { "/authors/maren-holt", ContentTypes.Html },
        { "/authors/theo-lindqvist", ContentTypes.Html },
        { "/about", ContentTypes.Html },
        { "/colophon", ContentTypes.Html },
        { "/contributing", ContentTypes.Html },
        { "/feed.xml", ContentTypes.Atom },
        { "/sitemap.xml", ContentTypes.Xml },
        { "/robots.txt", ContentTypes.Text },
        { "/site.css", ContentTypes.Css },
        { "/favicon.svg", "image/svg+xml" },
    };

    public static TheoryData<string> Missing() => new()
    {
        "/nothing-here", "/posts/no-such-post", "/tags/no-such-tag", "/categories/none", "/archive/1999", "/archive/02024",
        "/page/1", "/page/3", "/page/02", "/page/x", "/posts/images/missing.svg", "/missing.xml", "/posts/reflections-from-icml-2024/extra",
        "/authors/nobody", "/authors/Maren-Holt", "/authors/maren-holt/extra", "/authors/maren-holt.md", "/about/extra", "/about.md",
        "/pages/about", "/content/pages/about",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_answers_200_with_its_content_type_and_caching_headers(string path, string contentType)
    {
        using var response = await app.Raw().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.True(response.Headers.ETag is { IsWeak: false }, "strong ETag");
        Assert.StartsWith("public, max-age=", response.Headers.CacheControl!.ToString());
        Assert.Equal(Serving.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_images_are_served_by_MapStaticAssets_at_the_fingerprinted_urls_the_html_uses()
    {
        // Served from the project's folders, as in any build that is not published, MapStaticAssets sends no-cache (the
        // files may change); a published app sends a year's immutable caching for these URLs (docs/assets.md).
        var client = app.Raw();
        var assets = Posts.All.SelectMany(post => post.Assets).Distinct().ToList();
        Assert.Equal(3, assets.Count);

        foreach (var asset in assets)
        {
            Assert.Contains("src=\"" + asset.Url + "\"", Posts.All.Single(post => post.Assets.Contains(asset) && post.Html.Contains(asset.Url, StringComparison.Ordinal)).Html, StringComparison.Ordinal);
            using var response = await client.GetAsync(asset.Url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
            Assert.True(response.Headers.ETag is { IsWeak: false }, "strong ETag");
            Assert.Equal(Serving.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(asset.Length, bytes.Length);
            Assert.Equal(asset.Integrity, "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }

    [Theory]
    [MemberData(nameof(Missing))]
    public async Task Unknown_paths_get_the_404_page_with_status_404(string path)
    {
        using var response = await app.Raw().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ContentTypes.Html, response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_matching_If_None_Match_gets_304_with_no_body()
    {
        var client = app.Raw();
        using var first = await client.GetAsync("/posts/reflections-from-icml-2024");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/posts/reflections-from-icml-2024");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"something-else\", " + etag.Tag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal("public, max-age=600", second.Headers.CacheControl!.ToString());
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_If_None_Match_gets_the_full_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"stale\"");
        using var response = await app.Raw().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ETags_are_stable_and_differ_between_pages()
    {
        var client = app.Raw();
        var home1 = (await client.GetAsync("/")).Headers.ETag;
        var home2 = (await client.GetAsync("/")).Headers.ETag;
        var post = (await client.GetAsync("/posts/reflections-from-icml-2024")).Headers.ETag;

        Assert.Equal(home1, home2);
        Assert.NotEqual(home1, post);
    }

    [Fact]
    public async Task Pages_are_compressed_with_their_own_strong_ETag_and_revalidate_with_it()
    {
        var client = app.Raw();
        var plain = (await client.GetAsync("/posts/reflections-from-icml-2024")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/posts/reflections-from-icml-2024");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var compressed = await client.SendAsync(request);

        Assert.Equal("br", compressed.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.False(compressed.Headers.ETag!.IsWeak);
        Assert.NotEqual(plain, compressed.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/posts/reflections-from-icml-2024");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        again.Headers.TryAddWithoutValidation("If-None-Match", compressed.Headers.ETag.Tag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(compressed.Headers.ETag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task HEAD_gets_the_headers_of_GET()
    {
        using var response = await app.Raw().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feed.xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentTypes.Atom, response.Content.Headers.ContentType!.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Post_page_is_UTF8_and_holds_the_compiled_body_bytes_unchanged()
    {
        var post = Posts.ReflectionsFromIcml2024;
        var body = await app.Raw().GetByteArrayAsync("/posts/" + post.Slug);

        Assert.True(body.AsSpan().IndexOf(post.HtmlUtf8) > 0, "the body bytes appear as compiled");
        Assert.Equal(body, Encoding.UTF8.GetBytes(new UTF8Encoding(false, true).GetString(body)));
    }

    [Fact]
    public async Task Post_page_shows_title_date_reading_time_terms_contents_and_neighbours()
    {
        var post = Posts.ReflectionsFromIcml2024;
        var html = await app.Raw().GetStringAsync("/posts/" + post.Slug);

        Assert.Contains("<h1>Reflections from ICML 2024: Trends and Takeaways</h1>", html);
        Assert.Contains("<time datetime=\"2024-06-10\">10 June 2024</time> · 3 min read", html);
        Assert.Contains("<a href=\"/categories/conferences\">Conferences</a>", html);
        Assert.Contains("<a href=\"/tags/machine-learning\">machine learning</a>", html);
        Assert.All(post.Headings, h => Assert.Contains("<a href=\"#" + h.Id + "\">" + h.Text + "</a>", html));
        Assert.Contains("rel=\"prev\" href=\"/posts/a-reproducible-research-environment\"", html);
        Assert.Contains("rel=\"next\" href=\"/posts/reading-loss-curves\"", html);
        Assert.Contains("<meta name=\"description\" content=\"Key insights and emerging trends from the International Conference on Machine Learning 2024.\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Reflections from ICML 2024: Trends and Takeaways\">", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html);
    }

    [Fact]
    public async Task Post_page_lists_the_generated_related_posts_and_links_to_posts_by_their_URL()
    {
        var post = Posts.ReadingLossCurves;
        var html = await app.Raw().GetStringAsync("/posts/" + post.Slug);

        Assert.NotEmpty(post.Related);
        Assert.Contains("<h2 id=\"related-title\">Related posts</h2>", html);
        Assert.All(post.Related, r => Assert.Contains("<li><a href=\"/posts/" + r.Slug + "\">", html));
        Assert.Contains("<a href=\"/posts/mixed-precision-in-practice#why-fp16-needs-loss-scaling\">", html);
    }

    [Fact]
    public async Task Home_pages_list_every_post_newest_first_once()
    {
        var client = app.Raw();
        var html = await client.GetStringAsync("/") + await client.GetStringAsync("/page/2");

        var positions = Posts.All.Select(p => html.IndexOf("<h2><a href=\"/posts/" + p.Slug + "\">", System.StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("rel=\"next\"", html);
    }

    [Fact]
    public async Task Front_matter_with_markup_characters_is_shown_as_text()
    {
        var html = await app.Raw().GetStringAsync("/posts/tokenizing-text-with-span");

        Assert.Contains("<h1>Tokenizing Text with Span&lt;T&gt; &amp; Friends:", html);
        Assert.DoesNotContain("Span<T> &", html[..html.IndexOf("<div class=\"post-body\">", System.StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Code_blocks_are_highlighted_with_classes_the_stylesheet_colours_and_no_inline_style()
    {
        var html = await app.Raw().GetStringAsync("/posts/tokenizing-text-with-span");
        var css = await app.Raw().GetStringAsync("/site.css");

        Assert.Contains("<pre><code class=\"language-csharp\"><span class=\"keyword\">public</span> <span class=\"keyword\">static</span> <span class=\"class-name\">List</span>&lt;<span class=\"keyword\">string</span>&gt; <span class=\"method-name\">Split</span>(", html);
        Assert.Contains("<span class=\"string\">", html);
        Assert.DoesNotContain("style=", html, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pre code :is(.keyword, .keyword-control,", css);
        Assert.Contains(".class-name,", css);
        Assert.Contains("pre code :is(.string,", css);
    }

    [Fact]
    public async Task Robots_points_at_the_sitemap()
    {
        var robots = await app.Raw().GetStringAsync("/robots.txt");

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: http://localhost:5000/sitemap.xml\n", robots);
    }
}
