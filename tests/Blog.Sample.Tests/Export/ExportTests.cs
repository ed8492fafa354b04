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

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Every_exported_file_is_byte_for_byte_what_the_server_sends()
    {
        var site = new SiteContent(SiteInfo.From(null), Posts.All);
        var count = StaticExporter.Export(site, directory);
        var client = app.Raw();

        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Assert.Equal(count, files.Length);
        foreach (var (path, _) in site.All())
        {
            var served = await client.GetByteArrayAsync(path);
            Assert.True(served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory, StaticExporter.FileFor(path)))), path);
        }

        using var missing = await client.GetAsync("/no-such-page");
        Assert.Equal(await missing.Content.ReadAsByteArrayAsync(), File.ReadAllBytes(Path.Combine(directory, "404.html")));
    }

    [Fact]
    public void Export_writes_pretty_URL_files_that_static_hosts_serve()
    {
        StaticExporter.Export(new SiteContent(SiteInfo.From(null), Posts.All), directory);

        foreach (var expected in new[]
        {
            "index.html", "page/2.html", "posts/reflections-from-icml-2024.html", "tags/machine-learning.html", "archive.html", "archive/2024.html",
            "authors.html", "authors/maren-holt.html", "authors/theo-lindqvist.html", "about.html", "colophon.html", "contributing.html",
            "feed.xml", "sitemap.xml", "robots.txt", "site.css", "posts/images/loss-curves-healthy.svg", "404.html",
        })
        {
            Assert.True(File.Exists(Path.Combine(directory, expected)), expected);
        }

        Assert.Equal(Posts.All.Count, Directory.GetFiles(Path.Combine(directory, "posts"), "*.html").Length);
        Assert.Equal(Blog.Sample.Content.Authors.All.Count, Directory.GetFiles(Path.Combine(directory, "authors"), "*.html").Length);
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
