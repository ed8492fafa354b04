using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>Links and images whose target is another post's <c>.md</c> file become that post's URL.</summary>
public sealed class PostLinkTests
{
    private static readonly TestPost Target = TestPost.Create("2024-01-01-target-post.md", "title: Target");
    private static readonly TestPost Renamed = new("Posts/notes/2024-01-02-renamed.md", "---\ntitle: Renamed\nslug: custom-slug\n---\nBody.\n");

    private static (GenerationResult Result, PostView Post) Linking(string body, GeneratorHarness? harness = null, params TestPost[] others)
    {
        var result = (harness ?? new GeneratorHarness()).Run([TestPost.Create("2024-02-01-linking.md", "title: Linking", body), .. others]);
        return (result, result.Load().FindBySlug("linking")!);
    }

    [Fact]
    public void A_link_to_a_post_file_becomes_its_URL()
    {
        var (result, post) = Linking("See [the target](2024-01-01-target-post.md).\n", null, Target);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<a href=\"/posts/target-post\">the target</a>", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_path_is_resolved_from_the_linking_post_folder_and_the_fragment_kept()
    {
        var (result, post) = Linking("[a](./notes/2024-01-02-renamed.md#setup) [b](../Posts/2024-01-01-target-post.md?x=1) [c](notes/../2024-01-01-target-post.md)\n", null, Target, Renamed);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("href=\"/posts/custom-slug#setup\"", post.Html, System.StringComparison.Ordinal);
        Assert.Contains("href=\"/posts/target-post?x=1\"", post.Html, System.StringComparison.Ordinal);
        Assert.Contains("<a href=\"/posts/target-post\">c</a>", post.Html, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// The link pre-pass reads a post as the post reader does (<c>Reading/PostIdentity</c>), with the same size and
    /// encoding checks: a post that will not be generated is no link target, so a link to it is BLOG021, never a URL
    /// that answers 404.
    /// </summary>
    [Theory]
    [InlineData("too-large")]
    [InlineData("not-utf-8")]
    [InlineData("bad-slug")]
    public void A_link_to_a_post_that_is_not_generated_is_reported_and_left_as_written(string kind)
    {
        var broken = kind switch
        {
            "too-large" => new TestPost("Posts/2024-01-03-broken.md", "---\ntitle: Broken\n---\n" + new string('x', 5_000) + "\n"),
            "not-utf-8" => new TestPost("Posts/2024-01-03-broken.md", "---\ntitle: Broken\n---\nBad \uFFFD byte.\n"),
            _ => new TestPost("Posts/2024-01-03-broken.md", "---\ntitle: Broken\nslug: Not A Slug\n---\nBody.\n"),
        };

        var (result, post) = Linking("[b](2024-01-03-broken.md)\n", new GeneratorHarness().With("BlogMaxPostSize", "4KB"), broken);

        Assert.Contains(result.Diagnostics, d => d.Id == "BLOG021" && d.Location.GetLineSpan().Path.EndsWith("linking.md", System.StringComparison.Ordinal));
        Assert.Contains("href=\"2024-01-03-broken.md\"", post.Html, System.StringComparison.Ordinal);
        Assert.Null(result.Load().FindBySlug("broken"));
    }

    [Fact]
    public void The_URL_follows_BlogPostUrlPattern()
    {
        var (_, post) = Linking("[t](2024-01-01-target-post.md)\n", new GeneratorHarness().With("BlogPostUrlPattern", "/blog/{slug}/"), Target);

        Assert.Contains("href=\"/blog/target-post/\"", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_without_slug_is_reported_and_the_default_used()
    {
        var (result, post) = Linking("[t](2024-01-01-target-post.md)\n", new GeneratorHarness().With("BlogPostUrlPattern", "/blog/"), Target);

        Assert.Equal("BLOG017", Assert.Single(result.Diagnostics).Id);
        Assert.Contains("href=\"/posts/target-post\"", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_links_and_images_to_posts_are_rewritten_too()
    {
        var (result, post) = Linking("[ref] and ![card](2024-01-01-target-post.md)\n\n[ref]: 2024-01-01-target-post.md\n", null, Target);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<a href=\"/posts/target-post\">ref</a>", post.Html, System.StringComparison.Ordinal);
        Assert.Contains("<img src=\"/posts/target-post\" alt=\"card\" />", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Other_URLs_are_left_as_written()
    {
        var (result, post) = Linking("[a](https://example.com/x.md) [b](/docs/x.md) [c](#x) [d](img/cat.png) ![e](img/cat.png) [f](mailto:a@b.c)\n", null, Target);

        Assert.Empty(result.Diagnostics);
        foreach (var url in new[] { "https://example.com/x.md", "/docs/x.md", "#x", "img/cat.png", "mailto:a@b.c" })
        {
            Assert.Contains("\"" + url + "\"", post.Html, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_link_to_a_draft_left_out_is_reported()
    {
        var draft = TestPost.Create("2024-01-03-draft.md", "title: Draft\ndraft: true");

        var (result, post) = Linking("[d](2024-01-03-draft.md)\n", null, draft);

        Assert.Contains(result.Diagnostics, d => d.Id == "BLOG021" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("href=\"2024-01-03-draft.md\"", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_the_excerpt_are_rewritten_too()
    {
        var (_, post) = Linking("Read [this](2024-01-01-target-post.md).\n\n<!--more-->\n", null, Target);

        Assert.Equal("<p>Read <a href=\"/posts/target-post\">this</a>.</p>\n", post.ExcerptHtml);
    }

    [Fact]
    public void A_link_on_a_CRLF_line_is_reported_at_its_column()
    {
        var result = new GeneratorHarness().Run(new TestPost("Posts/2024-01-01-crlf.md", "---\r\ntitle: CRLF\r\n---\r\n\r\nText\r\nand [x](missing.md)\r\n"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG021", DiagnosticSeverity.Warning, "Posts/2024-01-01-crlf.md", 6, 5);
    }
}
