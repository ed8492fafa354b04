using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Blog.Sample.Export;
using Blog.Sample.Site;
using Xunit;

namespace Blog.Sample.Tests.Export;

[Collection(SampleAppCollection.Name)]
public sealed class ExportTests(SampleApp app) : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "blog-export-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app's web root, where its static web assets (the posts' images) are found.</summary>
    private Microsoft.Extensions.FileProviders.IFileProvider WebRoot =>
        ((Microsoft.AspNetCore.Hosting.IWebHostEnvironment)app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.IWebHostEnvironment))!).WebRootFileProvider;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Every_exported_file_is_byte_for_byte_what_the_server_sends()
    {
        var site = new SiteContent(SiteInfo.From(null), Posts.All);
        var count = StaticExporter.Export(site, directory, WebRoot);
        var client = app.Raw();

        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Assert.Equal(count, files.Length);
        foreach (var (path, _) in site.All())
        {
            var served = await client.GetByteArrayAsync(path);
            Assert.True(served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory, StaticExporter.FileFor(path)))), path);
        }

        // The posts' images, at the fingerprinted URLs their HTML uses, as MapStaticAssets serves them.
        var assets = Posts.All.SelectMany(post => post.Assets).Distinct().ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            var served = await client.GetByteArrayAsync(asset.Url);
            Assert.True(served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory, asset.Url.TrimStart('/')))), asset.Url);
        }

        using var missing = await client.GetAsync("/no-such-page");
        Assert.Equal(await missing.Content.ReadAsByteArrayAsync(), File.ReadAllBytes(Path.Combine(directory, "404.html")));
    }

    [Fact]
    public void Export_writes_pretty_URL_files_that_static_hosts_serve()
    {
        StaticExporter.Export(new SiteContent(SiteInfo.From(null), Posts.All), directory, WebRoot);
        var chart = Posts.All.SelectMany(post => post.Assets).First(asset => asset.Path == "Posts/images/loss-curves-healthy.svg");

        foreach (var expected in new[]
        {
            "index.html", "page/2.html", "posts/reflections-from-icml-2024.html", "tags/machine-learning.html", "archive.html", "archive/2024.html",
            "authors.html", "authors/maren-holt.html", "authors/theo-lindqvist.html", "about.html", "colophon.html", "contributing.html",
            "feed.xml", "sitemap.xml", "robots.txt", "site.css", chart.Url.TrimStart('/'), "404.html",
        })
        {
            Assert.True(File.Exists(Path.Combine(directory, expected)), expected);
        }

        Assert.Equal(Posts.All.Count, Directory.GetFiles(Path.Combine(directory, "posts"), "*.html").Length);
        Assert.Equal(Blog.Sample.Content.Authors.All.Count, Directory.GetFiles(Path.Combine(directory, "authors"), "*.html").Length);
    }

    /// <summary>
    /// Terms and titles the generator accepts, which once crashed the export: a 300-character tag (a file name past the
    /// file system's 255 bytes) and control characters in a tag and a title (which XML cannot hold, in the feed).
    /// </summary>
    [Fact]
    public void Any_tag_title_or_category_the_generator_accepts_exports_and_feeds()
    {
        var longTag = new string('a', 300);
        var longTag2 = new string('a', 299) + "b";
        var post = new Post(
            slug: new string('p', 200),
            title: "Bell\u0007 and \uFFFF and a lone \uD800 surrogate",
            date: new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
            lastModifiedAt: null,
            categories: ["tab\there", "\u0001"],
            tags: [longTag, longTag2, "null\u0000char", "😀 emoji"],
            excerpt: "form\u000Cfeed",
            excerptHtmlUtf8: "<p>x</p>\n"u8,
            wordCount: 1,
            readingTime: TimeSpan.FromMinutes(1),
            headings: [],
            sourcePath: "Posts/hostile.md",
            frontMatter: new System.Collections.Generic.Dictionary<string, object?>(),
            htmlUtf8: "<p>body \u0008 here</p>\n"u8)
        {
            Data = new Blog.Sample.Content.PostMeta(),
        };
        var site = new SiteContent(SiteInfo.From(null), [post]);

        var count = StaticExporter.Export(site, directory, new Microsoft.Extensions.FileProviders.NullFileProvider());

        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Assert.Equal(count, files.Length);
        Assert.All(files, file => Assert.True(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(file)) <= 255, file));
        var tagPages = Directory.GetFiles(Path.Combine(directory, "tags"), "*.html").Select(Path.GetFileName).ToList();
        Assert.Equal(4, tagPages.Count); // the two long tags stay apart
        var feed = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Path.Combine(directory, "feed.xml")));
        Assert.Contains(feed.Descendants(), element => element.Name.LocalName == "title" && element.Value == "Bell and  and a lone  surrogate");
        Assert.Contains(feed.Descendants(), element => element.Name.LocalName == "category" && element.Attribute("term")?.Value == "nullchar");
    }

    [Fact]
    public void The_export_command_uses_the_configured_site_URL()
    {
        var exit = typeof(Program).Assembly.EntryPoint!.Invoke(null, [new[] { "export", directory, "--SiteUrl", "https://blog.example.org/" }]);

        Assert.Equal(0, exit);
        Assert.Contains("Sitemap: https://blog.example.org/sitemap.xml", File.ReadAllText(Path.Combine(directory, "robots.txt")), StringComparison.Ordinal);
        Assert.Contains(File.ReadLines(Path.Combine(directory, "sitemap.xml")), l => l.Contains("<loc>https://blog.example.org/posts/", StringComparison.Ordinal));
    }
}
