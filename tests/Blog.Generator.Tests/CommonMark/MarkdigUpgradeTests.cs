using System;
using System.Text;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.CommonMark;

/// <summary>
/// What changed for users with Markdig 1.6.0 (from 0.31.0), listed in CHANGELOG.md: the spec's own HTML for the
/// three CommonMark examples 0.31.0 rendered differently, and the citation that swallowed the rest of its paragraph.
/// </summary>
public sealed class MarkdigUpgradeTests
{
    [Theory]
    [InlineData(356)] // *£*bravo.: a currency sign is punctuation, so the * cannot open emphasis
    [InlineData(627)] // an HTML comment with -- inside is raw HTML
    [InlineData(628)] // <!--> and <!---> are complete (empty) comments
    public void Examples_that_Markdig_0_31_got_wrong_now_render_as_the_spec_says(int number)
    {
        var example = CommonMarkSpec.Examples[number - 1];

        var post = new GeneratorHarness()
            .Run(new TestPost("Posts/example.md", $"---\ntitle: Example {number}\ndate: 2024-01-01\n---\n{example.Markdown}"))
            .Load()
            .FindBySlug("example");

        Assert.NotNull(post);
        Assert.Equal(example.Html, Encoding.UTF8.GetString(post.HtmlUtf8));
    }

    [Fact]
    public void A_citation_ends_at_its_closing_quotes_instead_of_running_to_the_end_of_the_paragraph()
    {
        const string Line = "Body with \"quotes\", \"\"\"raw\"\"\", {interpolation}, */ comment end, and the rest of the line.";

        var post = new GeneratorHarness()
            .Run(new TestPost("Posts/cite.md", "---\ntitle: Cite\ndate: 2024-01-01\n---\n" + Line + "\n"))
            .Load()
            .FindBySlug("cite");

        Assert.NotNull(post);
        var html = Encoding.UTF8.GetString(post.HtmlUtf8);
        Assert.Contains("&quot;<cite>raw&quot;</cite>, ", html, StringComparison.Ordinal);
        Assert.EndsWith(" and the rest of the line.</p>\n", html, StringComparison.Ordinal);
    }
}
