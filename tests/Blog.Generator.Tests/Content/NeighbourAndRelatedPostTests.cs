using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary><c>Post.Previous</c>, <c>Post.Next</c> and <c>Post.Related</c>, computed in the index from metadata only.</summary>
public sealed class NeighbourAndRelatedPostTests
{
    private static readonly TestPost A = TestPost.Create("2024-01-01-a.md", "title: A\ntags: [x, y]\ncategories: [c]");
    private static readonly TestPost B = TestPost.Create("2024-01-02-b.md", "title: B\ntags: [x]");
    private static readonly TestPost C = TestPost.Create("2024-01-03-c.md", "title: C\ntags: [x, y]\ncategories: [c]");
    private static readonly TestPost D = TestPost.Create("2024-01-04-d.md", "title: D\ntags: [z]");
    private static readonly TestPost E = TestPost.Create("2024-01-02-e.md", "title: E\ntags: [y]");

    private static string[] Slugs(System.Collections.Generic.IEnumerable<PostView> posts) => posts.Select(p => p.Slug).ToArray();

    [Fact]
    public void Previous_is_the_next_older_post_and_Next_the_next_newer()
    {
        var blog = new GeneratorHarness().Run(A, B, C, D).Load();

        Assert.Equal("b", blog.FindBySlug("c")!.Previous!.Slug);
        Assert.Equal("d", blog.FindBySlug("c")!.Next!.Slug);
        Assert.Null(blog.FindBySlug("a")!.Previous);
        Assert.Null(blog.FindBySlug("d")!.Next);
    }

    [Fact]
    public void Related_posts_are_ranked_by_shared_tags_and_categories()
    {
        var blog = new GeneratorHarness().Run(A, B, C, D, E).Load();

        // C shares x, y and c with A (3), x with B (1), y with E (1); B and E tie, same date: slug order.
        Assert.Equal(["a", "b", "e"], Slugs(blog.FindBySlug("c")!.Related));
        Assert.Empty(blog.FindBySlug("d")!.Related);
    }

    [Fact]
    public void Related_ties_go_to_the_newer_post_first()
    {
        var blog = new GeneratorHarness().Run(A, B, C, D, E).Load();

        // B shares x with A (older) and C (newer).
        Assert.Equal(["c", "a"], Slugs(blog.FindBySlug("b")!.Related));
    }

    [Fact]
    public void A_tag_and_a_category_of_the_same_name_are_not_shared()
    {
        var blog = new GeneratorHarness().Run(
            TestPost.Create("2024-01-01-one.md", "title: One\ntags: [news]"),
            TestPost.Create("2024-01-02-two.md", "title: Two\ncategories: [news]")).Load();

        Assert.Empty(blog.FindBySlug("one")!.Related);
    }

    [Fact]
    public void BlogRelatedPostCount_caps_the_list_and_zero_turns_it_off()
    {
        var capped = new GeneratorHarness().With("BlogRelatedPostCount", "1").Run(A, B, C, D, E).Load();
        var off = new GeneratorHarness().With("BlogRelatedPostCount", "0").Run(A, B, C, D, E).Load();

        Assert.Equal(["a"], Slugs(capped.FindBySlug("c")!.Related));
        Assert.Empty(off.FindBySlug("c")!.Related);
    }

    [Fact]
    public void An_invalid_BlogRelatedPostCount_is_reported_and_the_default_used()
    {
        var result = new GeneratorHarness().With("BlogRelatedPostCount", "many").Run(A, C);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG017", diagnostic.Id);
        Assert.Contains("BlogRelatedPostCount", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(["a"], Slugs(result.Load().FindBySlug("c")!.Related));
    }

    [Fact]
    public void Related_posts_are_the_same_whatever_the_file_order()
    {
        var forward = new GeneratorHarness().Run(A, B, C, D, E).Load();
        var backward = new GeneratorHarness().Run(E, D, C, B, A).Load();

        foreach (var post in forward.All)
        {
            Assert.Equal(Slugs(post.Related), Slugs(backward.FindBySlug(post.Slug)!.Related));
        }
    }
}
