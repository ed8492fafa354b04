using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Assets;

/// <summary>
/// Images and file links in posts, resolved against the manifest the package's targets write: the fingerprinted URL,
/// width and height, lazy loading after the first image, and a located diagnostic for a missing or unusable file.
/// </summary>
public sealed class AssetLinkingTests
{
    private const string Cat = "Posts/images/cat.png\t1636\tynu8ahu0aq\tsha256-Plvh3LriUEFJ0LHnNOl+Yao07r0+BgyJ+bdf9Stubfo=\t301\t157\t";
    private const string Chart = "Posts/2024-06-10-hello/chart.svg\t113\tgztccvpmbp\tsha256-zJo3b6fgxecUwiFnJ1IRzxcl/HR+UwWx+tS84HTbVmc=\t480\t270\t";
    private const string Data = "Posts/2024-06-10-hello/results.csv\t20\tabcdefghij\tsha256-AAAA\t0\t0\t";
    private const string Broken = "Posts/images/broken.png\t3\tbrokenfp00\tsha256-BBBB\t0\t0\timage:gets no width and height, since its first bytes are not those of a PNG, JPEG, GIF, WebP or AVIF file";
    private const string Outside = "Posts/images/linked.png\t0\t\t\t0\t0\toutside:lies outside the project once its symbolic links are followed, so it is not served: copy the file into the project instead of linking to it";

    private static GenerationResult Run(string body, string frontMatter = "title: Hello", string path = "Posts/2024-06-10-hello/index.md", GeneratorHarness? harness = null, params string[] manifest) =>
        (harness ?? new GeneratorHarness()).Run(new TestPost(path, "---\n" + frontMatter + "\n---\n" + body), TestPost.AssetManifest(manifest.Length == 0 ? [Cat, Chart, Data, Broken, Outside] : manifest));

    private static Diagnostic Only(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics, string id) => Assert.Single(diagnostics, d => d.Id == id);

    [Fact]
    public void A_page_bundle_image_gets_its_fingerprinted_url_and_size_and_only_later_images_load_lazily()
    {
        var result = Run("![chart](chart.svg)\n\n![cat](../images/cat.png \"A cat\")\n\n[the data](results.csv?v=1#top)\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var post = result.Load().All.Single();
        Assert.Equal(
            "<p><img src=\"/Posts/2024-06-10-hello/chart.gztccvpmbp.svg\" width=\"480\" height=\"270\" alt=\"chart\" /></p>\n" +
            "<p><img src=\"/Posts/images/cat.ynu8ahu0aq.png\" width=\"301\" height=\"157\" alt=\"cat\" title=\"A cat\" loading=\"lazy\" decoding=\"async\" /></p>\n" +
            "<p><a href=\"/Posts/2024-06-10-hello/results.abcdefghij.csv?v=1#top\">the data</a></p>\n",
            post.Html);
        Assert.Equal(
            [
                ("Posts/2024-06-10-hello/chart.svg", "/Posts/2024-06-10-hello/chart.gztccvpmbp.svg", 113L, "sha256-zJo3b6fgxecUwiFnJ1IRzxcl/HR+UwWx+tS84HTbVmc=", (int?)480, (int?)270),
                ("Posts/images/cat.png", "/Posts/images/cat.ynu8ahu0aq.png", 1636L, "sha256-Plvh3LriUEFJ0LHnNOl+Yao07r0+BgyJ+bdf9Stubfo=", 301, 157),
                ("Posts/2024-06-10-hello/results.csv", "/Posts/2024-06-10-hello/results.abcdefghij.csv", 20L, "sha256-AAAA", null, null),
            ],
            post.Assets);
    }

    [Fact]
    public void A_size_the_post_gives_is_kept_and_a_raw_img_is_resolved_when_raw_html_is_on()
    {
        var result = Run("![a](../images/cat.png){width=\"50\"}\n\n<p><img alt='x' src='../images/cat.png'></p>\n");

        Assert.Empty(result.Diagnostics);
        var html = result.Load().All.Single().Html;
        Assert.Contains("<img src=\"/Posts/images/cat.ynu8ahu0aq.png\" width=\"50\" alt=\"a\" />", html, StringComparison.Ordinal);
        Assert.Contains("<img alt='x' src=\"/Posts/images/cat.ynu8ahu0aq.png\" width=\"301\" height=\"157\" loading=\"lazy\" decoding=\"async\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_is_reported_at_its_line_and_column_and_the_html_is_as_without_files()
    {
        var body = "Intro.\n\nSee ![typo](imgs/cat.png) here.\n";
        var result = Run(body);
        var unchecked_ = new GeneratorHarness().With("BlogAssets", "false").Run(new TestPost("Posts/2024-06-10-hello/index.md", "---\ntitle: Hello\n---\n" + body));

        var diagnostic = Only(result.Diagnostics, "BLOG047");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((5, 4), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains("'imgs/cat.png'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Posts/2024-06-10-hello/imgs/cat.png", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(unchecked_.Load().All.Single().Html, result.Load().All.Single().Html);
        Assert.Contains("src=\"imgs/cat.png\"", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void BlogAssetSeverity_error_fails_the_build_and_keeps_the_post()
    {
        var result = Run("![typo](nope.png)\n", harness: new GeneratorHarness().With("BlogAssetSeverity", "error"));

        Assert.Equal(DiagnosticSeverity.Error, Only(result.Diagnostics, "BLOG047").Severity);
        Assert.Single(result.Load().All);
    }

    [Fact]
    public void An_image_whose_header_cannot_be_read_is_linked_without_a_size_and_reported()
    {
        var result = Run("![b](../images/broken.png)\n");

        var diagnostic = Only(result.Diagnostics, "BLOG048");
        Assert.Contains("gets no width and height", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("<p><img src=\"/Posts/images/broken.brokenfp00.png\" alt=\"b\" /></p>\n", result.Load().All.Single().Html);
    }

    [Fact]
    public void A_file_outside_the_project_is_reported_and_not_linked()
    {
        var result = Run("![l](../images/linked.png)\n");

        Assert.Contains("outside the project", Only(result.Diagnostics, "BLOG048").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("src=\"../images/linked.png\"", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![x](https://cdn.example/cat.png)", "src=\"https://cdn.example/cat.png\"")]
    [InlineData("![x](//cdn.example/cat.png)", "src=\"//cdn.example/cat.png\"")]
    [InlineData("![x](/static/logo.png)", "src=\"/static/logo.png\"")]
    [InlineData("[x](#top)", "href=\"#top\"")]
    [InlineData("![x](/Posts/images/cat.png)", "src=\"/Posts/images/cat.ynu8ahu0aq.png\" width=\"301\" height=\"157\"")]
    public void Urls_with_a_scheme_and_unknown_site_absolute_paths_are_left_as_written(string markdown, string expected)
    {
        var result = Run(markdown + "\n");

        Assert.Empty(result.Diagnostics);
        Assert.Contains(expected, result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_targets_manifest_nothing_is_checked_or_changed()
    {
        const string body = "![x](images/cat.png) and [y](data.csv)\n";
        var result = new GeneratorHarness().Run(new TestPost("Posts/2024-06-10-hello.md", "---\ntitle: Hello\n---\n" + body));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("<p><img src=\"images/cat.png\" alt=\"x\" /> and <a href=\"data.csv\">y</a></p>\n", result.Load().All.Single().Html);
    }

    [Fact]
    public void A_post_cannot_forge_a_placeholder_and_one_image_named_20000_times_is_one_reference()
    {
        var forged = "blog-asset-0000000000000000-0";
        var body = "Text " + forged + " and `" + forged + "`. " + string.Concat(Enumerable.Repeat("![c][r] ", 20_000)) + "\n\n[r]: ../images/cat.png\n";
        var result = Run(body);

        Assert.Empty(result.Diagnostics);
        var post = result.Load().All.Single();
        Assert.Contains("Text " + forged + " and <code>" + forged + "</code>", post.Html, StringComparison.Ordinal);
        Assert.Equal(20_000, post.Html.Split("/Posts/images/cat.ynu8ahu0aq.png").Length - 1);
        Assert.Single(post.Assets);
    }

    [Fact]
    public void Html_that_file_urls_grow_past_the_limit_is_refused_not_built()
    {
        // 100,000 references of 8 characters each render to short placeholders; the URLs and sizes make 13 MB of HTML.
        var result = Run(string.Concat(Enumerable.Repeat("![c][r] ", 100_000)) + "\n\n[r]: ../images/cat.png\n");

        Assert.Contains("with its files' URLs", Only(result.Diagnostics, "BLOG034").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Load().All);
    }

    [Fact]
    public void A_cover_image_in_front_matter_becomes_a_typed_image_and_a_missing_one_is_reported_at_its_value()
    {
        var found = Run("Body.\n", "title: Hello\nimage:\n  path: ../images/cat.png\n  alt: A cat");
        var missing = Run("Body.\n", "title: Hello\nimage: covr.png");
        var remote = Run("Body.\n", "title: Hello\nimage: https://cdn.example/c.png");

        Assert.Empty(found.Diagnostics);
        Assert.Equal(("/Posts/images/cat.ynu8ahu0aq.png", (int?)301, (int?)157, "A cat"), found.Load().All.Single().Image);
        var diagnostic = Only(missing.Diagnostics, "BLOG047");
        Assert.Equal((2, 7), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(("covr.png", (int?)null, (int?)null, (string?)null), missing.Load().All.Single().Image);
        Assert.Empty(remote.Diagnostics);
        Assert.Equal(("https://cdn.example/c.png", (int?)null, (int?)null, (string?)null), remote.Load().All.Single().Image);
    }

    [Fact]
    public void In_jekyll_mode_a_cover_image_is_read_from_the_site_root_as_jekyll_seo_tag_reads_it()
    {
        var harness = new GeneratorHarness().With("BlogCompatibility", "jekyll");
        var post = new TestPost("_posts/2024-06-10-hello.md", "---\ntitle: Hello\nimage: assets/images/cat.png\nheader:\n  image: /nope.png\n---\nBody.\n");
        var known = harness.Run(post, TestPost.AssetManifest("assets/images/cat.png\t1636\tynu8ahu0aq\tsha256-AAAA\t301\t157\t"));
        var unknown = harness.Run(post, TestPost.AssetManifest());

        Assert.DoesNotContain(known.Diagnostics, d => d.Id is "BLOG047" or "BLOG048");
        Assert.Equal(("/assets/images/cat.ynu8ahu0aq.png", (int?)301, (int?)157, (string?)null), known.Load().All.Single().Image);
        Assert.DoesNotContain(unknown.Diagnostics, d => d.Id is "BLOG047" or "BLOG048");
        Assert.Equal(("assets/images/cat.png", (int?)null, (int?)null, (string?)null), unknown.Load().All.Single().Image);
    }

    [Fact]
    public void A_raw_html_line_of_200000_unclosed_img_tags_is_read_once_and_left_as_written()
    {
        // An HTML block (it starts with <div>), so the line reaches the raw-img scan as it is.
        var line = "<div>" + string.Concat(Enumerable.Repeat("<img ", 200_000)) + "</div>";
        var result = Run(line + "\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "BLOG047" or "BLOG048");
        Assert.Equal(line + "\n", result.Load().All.Single().Html);
    }

    [Theory]
    [InlineData("Posts/images/cat one.png", "ab12", "/Posts/images/cat%20one.ab12.png")]
    [InlineData("Posts/files/README", "ab12", "/Posts/files/README.ab12")]
    [InlineData("Posts/files/.hidden", "ab12", "/Posts/files/.hidden.ab12")]
    [InlineData("Posts/日本/写真.tar.gz", "ab12", "/Posts/%E6%97%A5%E6%9C%AC/%E5%86%99%E7%9C%9F.tar.ab12.gz")]
    [InlineData("Posts/a#b?.png", "", "/Posts/a%23b%3F.png")]
    public void A_files_url_escapes_each_segment_and_puts_the_fingerprint_before_the_last_extension(string path, string fingerprint, string url)
    {
        Assert.Equal(url, Inputs.AssetManifest.Url(path, fingerprint));
    }

    [Fact]
    public void In_a_build_shaped_for_hot_reload_urls_carry_no_fingerprint_so_a_replaced_image_keeps_its_url()
    {
        var result = Run("![cat](../images/cat.png)\n", harness: new GeneratorHarness().With("BlogStoreForHotReload", "true"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<img src=\"/Posts/images/cat.png\" width=\"301\" height=\"157\"", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_cover_is_named_in_its_message_as_written_even_with_an_equals_sign()
    {
        var result = Run("Body.\n", "title: Hello\nimage: covr.png?v=1");

        Assert.Contains("'covr.png?v=1' names no file", Only(result.Diagnostics, "BLOG047").GetMessage(), StringComparison.Ordinal);
    }
}
