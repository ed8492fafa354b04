using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Blog.Generator.Models;
using Blog.Generator.Rendering;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Markdig is quadratic on some shapes: 50,000 unclosed <c>[a](</c> took 20 s, 100,000 reference definitions 20 s, and a
/// 1,000-level indented list 1.8 s before it was refused (5,000 levels: minutes). A linear estimate now runs first, and a
/// post over the budget is BLOG035 at its costliest part, in milliseconds; a post over BlogMaxPostSize, or whose HTML
/// grows past four times it, is BLOG034. Every case is built beside a good post, which must still read back.
/// </summary>
public sealed class RenderBudgetTests
{
    private const int BodyLine = 5; // Create() writes "---", "title: …", "date: …", "---": the body starts on line 5.

    private static TestPost Good { get; } = TestPost.Create("2024-05-06-good.md", "title: Good", "Plain *and* [linked](https://example.com).\n");

    private static TestPost Bad(string body) => TestPost.Create("bad.md", "title: Bad\ndate: 2024-01-01", body);

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GenerationResult RunWithGood(GeneratorHarness harness, TestPost bad)
    {
        var result = harness.Run(bad, Good);
        Assert.Empty(result.CompilationDiagnostics);
        var post = Assert.Single(result.Load().All);
        Assert.Equal("Good", post.Title);
        Assert.Contains("<em>and</em>", post.Html, StringComparison.Ordinal);
        return result;
    }

    [Theory]
    [InlineData("[a](")]
    [InlineData("![a](")]
    [InlineData("[a](b (")]
    [InlineData("{#")]
    [InlineData("*a ")]
    public void Unclosed_openers_repeated_are_BLOG035_at_their_paragraph(string opener)
    {
        var body = "An ordinary first paragraph.\n\nA second one.\n\n" + Repeat(opener, 50_000) + "\n\nAfter.\n";

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG035", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine + 4, 1);
        Assert.Contains("over the budget of 500,000,000 (BlogMaxRenderCost)", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("holds up to 50,000 emphasis runs or unclosed '[', '](' or '{' open at once", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_paragraphs_each_under_Markdigs_limits_add_up_to_the_budget()
    {
        // 100 paragraphs of 5,000 '*a ' (1.5 MB): Markdig allows each one, and took 13 s over them all.
        var body = Repeat(Repeat("*a ", 5_000) + "\n\n", 100);

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG035", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine, 1);
    }

    [Fact]
    public void A_hundred_thousand_reference_definitions_are_BLOG035_at_the_first()
    {
        var body = "Intro.\n\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"[r{i}]: /u{i}\n"));

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG035", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine + 2, 1);
        Assert.Contains("the post defines 100,000 link references, the first here", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deeply_indented_list_is_BLOG035_at_its_deepest_line_before_Markdig_walks_it()
    {
        const int levels = 1_200;
        var body = string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', 2 * i) + "- a\n"));

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG035", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine + levels - 1, 1);
        Assert.Contains("this line opens about 1,200 nested blocks", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_deeper_than_Markdig_allows_but_cheap_is_BLOG019_naming_blocks_at_the_deepest_line()
    {
        var body = "Intro.\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- a\n"));

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG019", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine + 2 + 199, 1);
        Assert.Contains("this line opens about 200 nested blocks (lists, quotes), and Markdig allows 128", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Flat_emphasis_runs_past_Markdigs_limit_are_named_as_such_not_as_nesting()
    {
        // 30,000 '*a ' nest nothing: Markdig keeps each run open until the paragraph ends and stops at 10,240. With the
        // budget raised, Markdig's own refusal is reported, and it names the runs.
        var body = "Intro.\n\n" + Repeat("*a ", 30_000) + "\n";

        var result = RunWithGood(new GeneratorHarness().With("BlogMaxRenderCost", "100000000000"), Bad(body));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG019", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine + 2, 1);
        Assert.Contains("holds about 30,000 emphasis runs or unclosed brackets at once, and Markdig parses at most 10,240 in one paragraph", Message(diagnostic), StringComparison.Ordinal);
        Assert.DoesNotContain("nests", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_five_thousand_column_table_and_a_fifty_thousand_row_table_render()
    {
        var wide = Repeat("| h", 5_000) + "|\n" + Repeat("|--", 5_000) + "|\n" + Repeat("| c", 5_000) + "|\n";
        var tall = "| a | b |\n|---|---|\n" + Repeat("| x | y |\n", 50_000);
        var widePost = TestPost.Create("2024-01-02-wide.md", "title: Wide", wide);
        var tallPost = TestPost.Create("2024-01-03-tall.md", "title: Tall", tall);

        var result = new GeneratorHarness().Run(widePost, tallPost, Good);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var posts = result.Load().All.ToDictionary(post => post.Title);
        Assert.Equal(5_000, CountOf(posts["Wide"].Html, "<th>"));
        Assert.Equal(5_000, CountOf(posts["Wide"].Html, "<td>"));
        Assert.Equal(100_000, CountOf(posts["Tall"].Html, "<td>"));
    }

    [Fact]
    public void Code_in_a_fence_costs_nothing_however_many_stars_it_holds()
    {
        var code = Repeat("*p = *q;\n", 20_000);

        var fenced = RenderCost.Estimate("Intro.\n\n```c\n" + code + "```\n");
        var unfenced = RenderCost.Estimate("Intro.\n\n" + code);

        Assert.True(fenced.Total < 100, fenced.Total.ToString(CultureInfo.InvariantCulture));
        Assert.True(unfenced.Total > GeneratorOptions.DefaultMaxRenderCost, unfenced.Total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(2, unfenced.CostliestLine);
    }

    [Theory]
    [InlineData("```c`\n")]
    [InlineData("    ```\n")]
    [InlineData("> ```\n")]
    public void A_line_that_only_looks_like_a_fence_does_not_hide_what_follows(string notAFence)
    {
        // Markdig reads each of these as text, a code block of its own or a quote, and parses the paragraph after it.
        var body = "Intro.\n\n" + notAFence + Repeat("[a](", 50_000) + "\n";

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG035", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine + 2, 1);
    }

    [Fact]
    public void The_sample_posts_and_the_CommonMark_examples_cost_a_thousandth_of_the_budget_or_less()
    {
        var posts = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "sample", "Blog.Sample", "Posts"), "*.md");
        Assert.NotEmpty(posts);
        foreach (var post in posts)
        {
            var cost = RenderCost.Estimate(MarkdownRenderer.NormalizeLineEndings(File.ReadAllText(post)));
            Assert.True(cost.Total < GeneratorOptions.DefaultMaxRenderCost / 1_000, $"{Path.GetFileName(post)}: {cost.Total} ({cost.CostliestPart})");
        }

        var spec = MarkdownRenderer.NormalizeLineEndings(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Tests", "CommonMark", "spec.txt")));
        Assert.True(RenderCost.Estimate(spec).Total < GeneratorOptions.DefaultMaxRenderCost / 1_000);
    }

    [Fact]
    public void A_file_over_BlogMaxPostSize_is_BLOG034_at_its_first_line()
    {
        var bad = Bad(Repeat("Words and more words.\n", 100));

        var result = RunWithGood(new GeneratorHarness().With("BlogMaxPostSize", "1KB"), bad);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG034", DiagnosticSeverity.Error, "Posts/bad.md", 1, 1);
        Assert.Contains($"The file, at {bad.Text.Length:N0} characters, is over the limit of 1,024 characters (BlogMaxPostSize)", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_size_limit_is_two_megabytes()
    {
        var within = TestPost.Create("2024-01-02-within.md", "title: Within", Repeat("a", GeneratorOptions.DefaultMaxPostSize - 100) + "\n");
        var over = TestPost.Create("2024-01-03-over.md", "title: Over", Repeat("a", GeneratorOptions.DefaultMaxPostSize) + "\n");

        var result = new GeneratorHarness().Run(within, over);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG034", DiagnosticSeverity.Error, "Posts/2024-01-03-over.md", 1, 1);
        Assert.Equal("Within", Assert.Single(result.Load().All).Title);
    }

    [Fact]
    public void A_reference_repeated_to_a_long_url_stops_at_four_times_BlogMaxPostSize_of_HTML()
    {
        // 150 KB of Markdown that would render to 2 GB of HTML.
        var body = "[x]: /" + new string('u', 100_000) + "\n\n" + Repeat("[x] ", 20_000) + "\n";

        var result = RunWithGood(new GeneratorHarness(), Bad(body));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG034", DiagnosticSeverity.Error, "Posts/bad.md", BodyLine, 1);
        Assert.Contains("The HTML this body renders to is over the limit of 8,388,608 characters (four times BlogMaxPostSize)", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_excerpt_that_expands_is_BLOG034_at_the_excerpt()
    {
        var excerpt = "excerpt: |\n  [x]: /" + new string('u', 10_000) + "\n\n  " + Repeat("[x] ", 1_000);
        var bad = TestPost.Create("bad.md", "title: Bad\ndate: 2024-01-01\n" + excerpt);

        var result = RunWithGood(new GeneratorHarness().With("BlogMaxPostSize", "1MB"), bad);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG034", DiagnosticSeverity.Error, "Posts/bad.md", 4, 10);
        Assert.Contains("The HTML of this excerpt is over the limit of 4,194,304 characters", Message(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BlogMaxPostSize", "lots")]
    [InlineData("BlogMaxPostSize", "0")]
    [InlineData("BlogMaxPostSize", "300MB")]
    [InlineData("BlogMaxRenderCost", "-5")]
    [InlineData("BlogMaxRenderCost", "fast")]
    public void An_invalid_limit_is_BLOG017_and_the_default_is_kept(string property, string value)
    {
        var result = new GeneratorHarness().With(property, value).Run(Good);

        Assert.Equal("Good", Assert.Single(result.Load().All).Title);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG017", diagnostic.Id);
        Assert.Contains(property, Message(diagnostic), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
