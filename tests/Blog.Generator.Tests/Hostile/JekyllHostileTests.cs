using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Tests.Jekyll;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Posts an attacker would write for Jekyll mode: Liquid that loops, doubles or nests without end, includes that
/// include themselves, tables shaped to multiply, backtick runs that never close. Each is built beside a good post,
/// which must still read back; the bad one builds or is reported at its place, never a crash or a C# error. (How long
/// each takes is measured in the benchmarks, not here.)
/// </summary>
public sealed class JekyllHostileTests
{
    private static readonly TestPost Good = new("_posts/2024-05-06-good.md", "---\ntitle: Good\n---\nPlain *and* {{ \"fine\" | upcase }}.\n");

    private static GenerationResult RunWithGood(string body, params TestPost[] more)
    {
        var result = JekyllCorpus.Harness().Run([new TestPost(BadPath, "---\ntitle: Bad\n---\n" + body), Good, .. more], []);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "BLOG018");
        var good = Assert.Single(result.Load().All, post => post.Title == "Good");
        Assert.Contains("<em>and</em> FINE.", good.Html, StringComparison.Ordinal);
        return result;
    }

    private const string BadPath = "_posts/2024-01-01-bad.md";

    private static bool IsInBadPost(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().Path == TestPost.ProjectDirectory + "/" + BadPath;

    /// <summary>The bad post's one diagnostic, asserted to have this id and place.</summary>
    private static Diagnostic Only(GenerationResult result, string id, int line, int column)
    {
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, IsInBadPost, BadPath, line, column);
        Assert.Equal(id, diagnostic.Id);
        return diagnostic;
    }

    [Fact]
    public void Nested_loops_of_a_billion_turns_stop_at_the_step_budget()
    {
        var result = RunWithGood("Text.\n\n{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}\n");

        Assert.Equal("BLOG042", Only(result, "BLOG042", 6, 73).Id);
        Assert.DoesNotContain(result.Load().All, post => post.Title == "Bad");
    }

    [Fact]
    public void A_string_that_doubles_stops_at_the_output_budget()
    {
        var result = RunWithGood("{% assign s = \"xxxxxxxxxxxxxxxx\" %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s }}\n");

        Assert.Contains("characters and items (four times BlogMaxPostSize)", Only(result, "BLOG042", 4, 76).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_that_include_each_other_stop_at_the_depth_limit_at_the_posts_tag()
    {
        var result = RunWithGood(
            "Before.\n\n  {% include ping.html %}\n",
            TestPost.JekyllSiteFile("_includes/ping.html", "include", "ping {% include pong.html %}"),
            TestPost.JekyllSiteFile("_includes/pong.html", "include", "pong {% include ping.html %}"));

        Assert.Contains("nested more than 16 deep", Only(result, "BLOG042", 6, 3).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_nested_blocks_are_an_error_not_a_stack_overflow()
    {
        var result = RunWithGood(string.Concat(Enumerable.Repeat("{% if true %}", 10_000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 10_000)) + "\n");

        Assert.Contains("nested more than 100 deep", Only(result, "BLOG042", 4, 1_301).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_wide_row_does_not_pad_ten_thousand_others_and_says_so_at_the_table()
    {
        var body = "Intro.\n\n" + string.Concat(Enumerable.Repeat("| a |\n", 10_000)) + "|" + new string('|', 100_000) + "\n";

        var result = RunWithGood(body);

        Assert.Contains("not padded", Only(result, "BLOG041", 6, 1).GetMessage(), StringComparison.Ordinal);
        Assert.Contains("<td>a</td>", result.Load().All.Single(post => post.Title == "Bad").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_two_million_empty_cells_is_refused_by_the_HTML_limit_at_the_body()
    {
        var result = RunWithGood("|" + new string('|', 1_900_000) + "\n");

        Only(result, "BLOG034", 4, 1);
    }

    [Fact]
    public void Two_hundred_thousand_unclosed_span_extensions_print_as_kramdown_prints_them()
    {
        // Each opening once searched the rest of its paragraph for "{:/": 20,000 of them took 186 s.
        var result = RunWithGood(string.Concat(Enumerable.Repeat("a {::x} ", 200_000)) + "\n");

        Assert.DoesNotContain(result.Diagnostics, IsInBadPost);
        Assert.StartsWith("<p>a {::x} a {::x}", result.Load().All.Single(post => post.Title == "Bad").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdownify_called_in_a_loop_on_costly_text_stops_at_the_render_budget()
    {
        // 50,000 "[a](" cost Markdig 22 s; a hundred calls would cost half an hour.
        var result = RunWithGood("{% capture x %}{% for i in (1..50000) %}[a]({% endfor %}{% endcapture %}\n{% for i in (1..100) %}{{ x | markdownify | size }}{% endfor %}\n");

        Assert.Contains("costs Markdig more than BlogMaxRenderCost", Only(result, "BLOG041", 5, 31).GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ ")]
    [InlineData("{% ")]
    [InlineData("<div markdown=\"1\"\n")]
    [InlineData("<script ")]
    public void Openings_never_closed_are_read_in_one_pass_for_the_excerpt_too(string opening)
    {
        // Each of these once made a pattern search the rest of the text for its closing: 20,000 took 15 s to 78 s.
        var body = string.Concat(Enumerable.Repeat(opening, 20_000)) + "\n\nx }} %}\n";

        var result = RunWithGood(body);

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Single(result.Load().All, post => post.Title == "Bad");
    }

    [Fact]
    public void Backtick_runs_that_never_close_in_a_table_cell_still_build()
    {
        var result = RunWithGood("| " + string.Concat(Enumerable.Range(1, 1_500).Select(n => new string('`', n) + " |")) + "\n");

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Contains("<table>", result.Load().All.Single(post => post.Title == "Bad").Html, StringComparison.Ordinal);
    }
}
