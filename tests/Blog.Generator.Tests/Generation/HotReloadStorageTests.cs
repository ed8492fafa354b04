using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Generation;

/// <summary>
/// Under <c>dotnet watch</c> (DotNetWatchBuild=true, or BlogStoreForHotReload=true) posts' records and the related
/// posts' numbers are string literals, not UTF-8 or array data, because .NET 10's runtime fails hot-reload updates that
/// add data fields once 25 exist (dotnet/runtime#131752). The posts read back the same either way.
/// </summary>
public sealed class HotReloadStorageTests
{
    private static readonly TestPost[] Posts =
    [
        TestPost.Create("2024-01-01-one.md", "title: One\ntags: [a, b]\nextra: \"é \\\"quoted\\\"\"", "# One\n\nBody *one* with \"quotes\" and \\\\ backslashes.\n"),
        TestPost.Create("2024-01-02-two.md", "title: Two\ntags: [a]", "Body two.\n"),
        TestPost.Create("2024-01-03-three.md", "title: Three\ntags: [b]", "Body three.\n"),
    ];

    [Theory]
    [InlineData("DotNetWatchBuild")]
    [InlineData("BlogStoreForHotReload")]
    public void Records_are_string_literals_and_the_posts_read_back_as_without(string property)
    {
        var data = new GeneratorHarness().Run(Posts);
        var strings = new GeneratorHarness().With(property, "true").Run(Posts);

        Assert.Empty(strings.Diagnostics);
        var buckets = strings.Sources.Where(s => s.Key.StartsWith("Posts.PostBucket", StringComparison.Ordinal) && s.Value.Contains("PostData_", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        Assert.Equal(3, buckets.Count);
        Assert.All(buckets, source => Assert.DoesNotContain("\"u8", source, StringComparison.Ordinal));
        Assert.All(buckets, source => Assert.Matches("var text = \"s[0-9]+:", source));
        Assert.DoesNotContain("new int[]", strings.Source("Posts.g.cs"), StringComparison.Ordinal);

        var expected = data.Load().All;
        var actual = strings.Load().All;
        Assert.Equal(expected.Select(p => (p.Slug, p.Title, p.Html, p.ExcerptHtml, string.Join(",", p.Tags))), actual.Select(p => (p.Slug, p.Title, p.Html, p.ExcerptHtml, string.Join(",", p.Tags))));
        Assert.Equal(expected.Select(p => string.Join(",", p.Related.Select(r => r.Slug))), actual.Select(p => string.Join(",", p.Related.Select(r => r.Slug))));
        Assert.Equal("é \"quoted\"", Assert.Single(actual, p => p.Slug == "one").FrontMatter["extra"]);
        Assert.Equal(expected.Select(p => p.HtmlGzip), actual.Select(p => p.HtmlGzip));
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("true", false)]
    [InlineData("", false)]
    public void Unoptimised_builds_where_hot_reload_runs_store_records_as_strings(string optimize, bool strings)
    {
        // dotnet watch sets DotNetWatchBuild on its builds but not on every evaluation it compiles from; Optimize is
        // the same in all of them (false in Debug).
        var result = new GeneratorHarness().With("Optimize", optimize).Run(Posts);

        var bucket = result.Sources.First(s => s.Value.Contains("PostData_", StringComparison.Ordinal)).Value;
        Assert.Equal(strings, bucket.Contains("var text = \"s", StringComparison.Ordinal));
        Assert.Equal(!strings, bucket.Contains("\"\"\"u8;", StringComparison.Ordinal));
    }

    [Fact]
    public void Turned_off_explicitly_the_records_stay_UTF_8_data_even_under_dotnet_watch()
    {
        var result = new GeneratorHarness().With("DotNetWatchBuild", "true").With("BlogStoreForHotReload", "false").Run(Posts);

        Assert.All(result.Sources.Where(s => s.Key.StartsWith("Posts.PostBucket", StringComparison.Ordinal)), source => Assert.Contains("\"\"\"u8;", source.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bucket_is_emitted_so_deleting_the_last_post_of_one_deletes_no_class()
    {
        // Hot reload cannot delete a class (ENC0033): without the empty ones, deleting a bucket's only post would
        // restart the app under dotnet watch.
        var watched = new GeneratorHarness().With("DotNetWatchBuild", "true").Run(Posts);
        var plain = new GeneratorHarness().Run(Posts);

        var buckets = watched.Sources.Where(s => s.Key.StartsWith("Posts.PostBucket", StringComparison.Ordinal)).ToList();
        Assert.Equal(256, buckets.Count);
        // An emptied bucket keeps its records method and their cache fields too: hot reload cannot delete a field.
        var empty = buckets.Where(s => !s.Value.Contains("PostData_", StringComparison.Ordinal)).ToList();
        Assert.Equal(253, empty.Count);
        Assert.All(empty, s => Assert.Contains("var text = \"\";", s.Value, StringComparison.Ordinal));
        Assert.All(empty, s => Assert.Contains("private static string? records0Text;", s.Value, StringComparison.Ordinal));
        Assert.Contains(buckets, s => s.Key == "Posts.PostBucket000.g.cs");
        Assert.Empty(watched.CompilationDiagnostics);
        Assert.Equal(3, plain.Sources.Count(s => s.Key.StartsWith("Posts.PostBucket", StringComparison.Ordinal)));
    }
}
