using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// A slug ends where its text ends: a trailing newline (from an escape or a block scalar) is not URL-safe. Before, the
/// pattern's <c>$</c> matched before it, and the newline reached member names (CS0102 beside a post of the same slug),
/// the sitemap and exported file names.
/// </summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("title: Escaped\ndate: 2024-01-01\nslug: \"good-one\\n\"", 4, 7)]
    [InlineData("title: Block\ndate: 2024-01-01\nslug: |\n  good-one", 4, 7)]
    [InlineData("title: Carriage return\ndate: 2024-01-01\nslug: \"good-one\\r\"", 4, 7)]
    public void A_slug_with_a_trailing_line_break_is_BLOG009_and_the_post_it_would_collide_with_still_builds(string frontMatter, int line, int column)
    {
        var bad = TestPost.Create("bad.md", frontMatter);
        var good = TestPost.Create("2024-01-02-good-one.md", "title: Good one");

        var result = new GeneratorHarness().Run(bad, good);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG009", DiagnosticSeverity.Error, "Posts/bad.md", line, column);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal("Good one", Assert.Single(result.Load().All).Title);
    }
}
