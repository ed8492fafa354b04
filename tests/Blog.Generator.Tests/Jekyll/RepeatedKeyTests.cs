using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Jekyll;

/// <summary>
/// A key given twice: Jekyll (Ruby's YAML) takes the last value, so Jekyll mode does too, with warning BLOG049 at the
/// second key, in a post's front matter and in <c>_config.yml</c>; the default mode keeps it an error (BLOG005).
/// </summary>
public sealed class RepeatedKeyTests
{
    private static GeneratorHarness Jekyll() => new GeneratorHarness().With("BlogCompatibility", "jekyll");

    [Fact]
    public void In_jekyll_mode_the_last_value_of_a_repeated_front_matter_key_wins_with_a_warning_at_it()
    {
        var post = new TestPost("_posts/2024-01-01-twice.md", "---\ntitle: First\ntags: [a]\ntitle: Second\n---\nBody.\n");

        var result = Jekyll().Run(post);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BLOG049");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((3, 0), (warning.Location.GetLineSpan().StartLinePosition.Line, warning.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("'title'", warning.GetMessage(), System.StringComparison.Ordinal);
        var loaded = result.Load().All.Single();
        Assert.Equal("Second", loaded.Title);
        Assert.Equal(["a"], loaded.Tags);
    }

    [Fact]
    public void In_the_default_mode_a_repeated_key_is_still_an_error()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-twice.md", "title: First\ntitle: Second"));

        Assert.Contains(result.Diagnostics, d => d.Id == "BLOG005" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.Load().All);
    }

    [Fact]
    public void A_repeated_key_in_config_is_a_warning_and_the_posts_build()
    {
        var config = TestPost.JekyllSiteFile("_config.yml", "config", "title: One\nbaseurl: /blog\ntitle: Two\n");
        var post = new TestPost("_posts/2024-01-01-site.md", "---\ntitle: Post\n---\n{{ site.title }} at {{ site.baseurl }}\n");

        var result = Jekyll().Run(config, post);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BLOG049");
        Assert.EndsWith("_config.yml", warning.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Equal(2, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("<p>Two at /blog</p>\n", result.Load().All.Single().Html);
    }

    [Fact]
    public void Twenty_thousand_repeats_of_a_key_report_a_hundred_and_keep_the_last_value()
    {
        var repeats = string.Concat(Enumerable.Range(1, 20_000).Select(i => "title: T" + i + "\n"));
        var post = new TestPost("_posts/2024-01-01-many.md", "---\n" + repeats + "---\nBody.\n");

        var result = Jekyll().Run(post);

        Assert.Equal(100, result.Diagnostics.Count(d => d.Id == "BLOG049"));
        Assert.Equal("T20000", result.Load().All.Single().Title);
    }
}
