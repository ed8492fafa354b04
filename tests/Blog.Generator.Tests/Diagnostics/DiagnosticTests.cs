using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Diagnostics;

/// <summary>Bad posts become errors at the line and column of the offending value, and generate nothing.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void An_unreadable_date_is_an_error_at_its_value_listing_the_accepted_forms()
    {
        var post = TestPost.Create("bad.md", "title: Bad date\ndate: not-a-date");

        var result = new GeneratorHarness().Run(post);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG007", DiagnosticSeverity.Error, "Posts/bad.md", 3, 7);
        Assert.Equal(
            "'not-a-date' is not a date the 'date' key accepts: use YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], or either with an offset such as +02:00, +0200 or Z (e.g. 2022-11-30 14:30:00 +0200)",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, diagnostic.Location.GetLineSpan().EndLinePosition.Character - diagnostic.Location.GetLineSpan().StartLinePosition.Character);
    }

    [Fact]
    public void A_post_with_an_error_generates_no_member_while_the_others_still_generate()
    {
        var good = TestPost.Create("2024-01-01-good.md", "title: Good");
        var bad = TestPost.Create("2024-01-02-bad.md", "title: Bad\ndate: 2024-13-45");

        var result = new GeneratorHarness().Run(good, bad);

        Assert.Single(result.Diagnostics, d => d.Id == "BLOG007");
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal(["Good"], System.Linq.Enumerable.Select(result.Load().All, p => p.Title));
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains("bad", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_title_is_an_error_on_the_opening_fence()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-untitled.md", "tags: [a]"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG006", DiagnosticSeverity.Error, "Posts/2024-01-01-untitled.md", 1, 1);
    }

    [Fact]
    public void A_post_with_no_date_anywhere_is_an_error()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("undated.md", "title: Undated"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG011", DiagnosticSeverity.Error, "Posts/undated.md", 1, 1);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_at_the_position_YamlDotNet_reports()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-yaml.md", "title: Fine\ntags: [unclosed\nother: 1"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.Id == "BLOG003", diagnostic.ToString());
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 2, diagnostic.ToString());
    }

    [Fact]
    public void Two_posts_with_one_slug_are_both_reported_and_both_left_out()
    {
        var a = TestPost.Create("2024-01-01-a.md", "title: A\nslug: same");
        var b = TestPost.Create("2024-01-02-b.md", "title: B\nslug: same");

        var result = new GeneratorHarness().Run(a, b);

        DiagnosticAssert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("a.md", System.StringComparison.Ordinal), "Posts/2024-01-01-a.md", 3, 7);
        DiagnosticAssert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("b.md", System.StringComparison.Ordinal), "Posts/2024-01-02-b.md", 3, 7);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Empty(result.Load().All);
    }
}
