using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>Heading anchors and the table of contents built from them.</summary>
public sealed class HeadingTests
{
    private static PostView Post(string body)
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-post.md", "title: Post", body));
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Load().All);
    }

    [Fact]
    public void Heading_anchors_are_unique_within_a_post()
    {
        var post = Post("## Setup\n\ntext\n\n## Setup\n\n### Setup\n\n## Café & *tea*\n");

        Assert.Equal(["setup", "setup-1", "setup-2", "cafe-tea"], post.Headings.Select(h => h.Id));
        Assert.Contains("<h2 id=\"setup-1\">Setup</h2>", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_anchors_are_the_same_on_every_build()
    {
        const string body = "# One\n\n## Two\n\n## Two\n";

        Assert.Equal(Post(body).Headings, Post(body).Headings);
    }

    [Fact]
    public void Table_of_contents_nests_deeper_headings_under_the_heading_before_them()
    {
        var post = Post("## A\n\n### A1\n\n#### A1a\n\n### A2\n\n## B\n\n#### B1\n\n### B2\n\n# C\n");

        Assert.Equal(["A(A1(A1a), A2)", "B(B1, B2)", "C"], post.TableOfContents);
    }

    [Fact]
    public void Table_of_contents_starting_deep_keeps_later_shallower_headings_at_the_top()
    {
        var post = Post("### Deep\n\n## Shallow\n\n### Under\n");

        Assert.Equal(["Deep", "Shallow(Under)"], post.TableOfContents);
    }

    [Fact]
    public void Table_of_contents_is_empty_without_headings()
    {
        Assert.Empty(Post("Just text.\n").TableOfContents);
    }
}
