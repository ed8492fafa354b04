using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// YAML merge keys (<c>&lt;&lt;: *base</c>) are applied as Ruby's YAML, and so Jekyll, applies them. Before, the
/// <c>&lt;&lt;</c> entry was kept as an ordinary key, so a title inherited through one was "missing" (BLOG006).
/// </summary>
public sealed class MergeKeyTests
{
    [Fact]
    public void A_title_inherited_through_a_merge_key_is_the_posts_title()
    {
        var post = TestPost.Create("merged.md", "defaults: &base\n  title: Inherited\n  tags: [a, b]\n<<: *base\ndate: 2024-01-01");

        var result = new GeneratorHarness().Run(post);

        Assert.Empty(result.Diagnostics);
        var loaded = Assert.Single(result.Load().All);
        Assert.Equal("Inherited", loaded.Title);
        Assert.Equal(["a", "b"], loaded.Tags);
        Assert.DoesNotContain("<<", loaded.FrontMatter.Keys);
    }

    [Fact]
    public void Keys_written_in_the_mapping_win_over_merged_ones_wherever_the_merge_key_stands()
    {
        var post = TestPost.Create("merged.md", "base: &base\n  title: Inherited\n  author: Base\ntitle: Own\n<<: *base\ndate: 2024-01-01");

        var loaded = Assert.Single(new GeneratorHarness().Run(post).Load().All);

        Assert.Equal("Own", loaded.Title);
        Assert.Equal("Base", loaded.FrontMatter["author"]);
    }

    [Fact]
    public void Among_a_list_of_merged_maps_the_first_wins()
    {
        var post = TestPost.Create("merged.md", "a: &a\n  title: First\nb: &b\n  title: Second\n  author: B\n<<: [*a, *b]\ndate: 2024-01-01");

        var loaded = Assert.Single(new GeneratorHarness().Run(post).Load().All);

        Assert.Equal("First", loaded.Title);
        Assert.Equal("B", loaded.FrontMatter["author"]);
    }

    [Fact]
    public void An_error_in_an_inherited_value_points_at_the_value_under_its_anchor()
    {
        var post = TestPost.Create("merged.md", "title: Merged\nbase: &base\n  date: not-a-date\n<<: *base");

        var result = new GeneratorHarness().Run(post);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG007", DiagnosticSeverity.Error, "Posts/merged.md", 4, 9);
    }

    [Theory]
    [InlineData("title: T\ndate: 2024-01-01\n<<: 5", 4, 1)]
    [InlineData("title: T\ndate: 2024-01-01\nx: &x [1]\n<<: *x", 5, 1)]
    public void A_merge_key_on_anything_but_maps_is_BLOG003_at_the_merge_key(string frontMatter, int line, int column)
    {
        var result = new GeneratorHarness().Run(TestPost.Create("merged.md", frontMatter));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG003", DiagnosticSeverity.Error, "Posts/merged.md", line, column);
        Assert.Contains("merge key", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var post = TestPost.Create("quoted.md", "title: T\ndate: 2024-01-01\n\"<<\": kept");

        var loaded = Assert.Single(new GeneratorHarness().Run(post).Load().All);

        Assert.Equal("kept", loaded.FrontMatter.Single(pair => pair.Key == "<<").Value);
    }
}
