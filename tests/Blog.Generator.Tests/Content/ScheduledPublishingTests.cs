using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>Scheduled posts: compiled in, and hidden at run time until their date by <c>Posts.PublishedAsOf</c>.</summary>
public sealed class ScheduledPublishingTests
{
    private static readonly TestPost Past = TestPost.Create("2024-01-01-past.md", "title: Past");
    private static readonly TestPost Noon = TestPost.Create("noon.md", "title: Noon\ndate: 2024-06-01 12:00:00 +0200");
    private static readonly TestPost Future = TestPost.Create("2030-01-01-future.md", "title: Future");
    private static readonly TestPost Draft = TestPost.Create("2024-02-01-draft.md", "title: Draft\ndraft: true");

    private static CompiledBlog Blog() => new GeneratorHarness().Run(Past, Noon, Future, Draft).Load();

    [Fact]
    public void All_keeps_future_dated_posts()
    {
        Assert.Equal(["future", "noon", "past"], Blog().All.Select(p => p.Slug));
    }

    [Fact]
    public void PublishedAsOf_leaves_out_posts_dated_after_now_newest_first()
    {
        var blog = Blog();

        Assert.Equal(["noon", "past"], blog.PublishedAsOf(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)).Select(p => p.Slug));
        Assert.Equal(["past"], blog.PublishedAsOf(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)).Select(p => p.Slug));
        Assert.Empty(blog.PublishedAsOf(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["future", "noon", "past"], blog.PublishedAsOf(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)).Select(p => p.Slug));
    }

    [Fact]
    public void PublishedAsOf_compares_instants_whatever_the_offset()
    {
        var blog = Blog();

        // Noon at +02:00 is 10:00 UTC.
        Assert.Contains("noon", blog.PublishedAsOf(new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.Zero)).Select(p => p.Slug));
        Assert.DoesNotContain("noon", blog.PublishedAsOf(new DateTimeOffset(2024, 6, 1, 11, 59, 0, TimeSpan.FromHours(2))).Select(p => p.Slug));
    }

    [Fact]
    public void PublishedAsOf_reads_a_TimeProvider()
    {
        var method = Blog().Assembly.GetType("TestBlog.Posts")!.GetMethod("PublishedAsOf", [typeof(TimeProvider)])!;

        var posts = (System.Collections.IEnumerable)method.Invoke(null, [new FixedClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))])!;

        Assert.Equal(["noon", "past"], posts.Cast<object>().Select(p => new PostView(p).Slug));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Drafts_stay_out_of_PublishedAsOf_unless_drafts_are_included()
    {
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.DoesNotContain("draft", Blog().PublishedAsOf(now).Select(p => p.Slug));
        var withDrafts = new GeneratorHarness().With("BlogIncludeDrafts", "true").Run(Past, Draft).Load();
        Assert.Equal(["draft", "past"], withDrafts.PublishedAsOf(now).Select(p => p.Slug));
    }

    [Fact]
    public void A_post_named_like_a_Posts_member_gets_a_suffix()
    {
        var blog = new GeneratorHarness().Run(TestPost.Create("2024-01-01-published-as-of.md", "title: P"), TestPost.Create("2024-01-01-by-slug.md", "title: B")).Load();

        Assert.Equal(["BySlug_", "PublishedAsOf_"], blog.PostMemberNames.Order());
    }
}
