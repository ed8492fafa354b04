using System;
using System.IO;
using System.IO.Compression;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Blog.Generator.Storage;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// The compiler's own limits that the emitted code once reached (issue 11): string literals filled the assembly's
/// user-string heap (CS8103, 16 MB of UTF-16 for the whole assembly), one local per heading passed the 65,534 a method
/// may have (CS0204), and a member named after a long slug passed the 512 characters C# allows. Each post's values are
/// now data in its record, so each case builds and reads back.
/// </summary>
public sealed class CeilingTests
{
    [Fact]
    public void Front_matter_strings_past_the_user_string_heap_build_and_read_back()
    {
        // 5 × 1.8 million characters: 18 MB as UTF-16, past the 16 MB heap, each post under BlogMaxPostSize.
        var description = new StringBuilder(1_800_000);
        while (description.Length < 1_800_000)
        {
            description.Append("A long description of a post. ");
        }

        var posts = Enumerable.Range(1, 5)
            .Select(i => TestPost.Create($"2024-01-0{i}-long-{i}.md", $"title: Long {i}\ndescription: \"{i} {description}\""))
            .ToArray();

        var result = new GeneratorHarness().Run(posts);

        Assert.Empty(result.Diagnostics);
        var all = result.Load().All;
        Assert.Equal(5, all.Count);
        Assert.All(all, post => Assert.Equal(post.Title[^1] + " " + description, post.FrontMatter["description"]));
    }

    [Fact]
    public void A_post_with_40000_headings_builds_and_lists_every_one()
    {
        var body = string.Concat(Enumerable.Range(1, 40_000).Select(i => "## Heading " + i + "\n\n"));

        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-headings.md", "title: Headings", body));

        Assert.Empty(result.Diagnostics);
        var headings = Assert.Single(result.Load().All).Headings;
        Assert.Equal(40_000, headings.Count);
        Assert.Equal((2, "Heading 40000", "heading-40000"), headings[^1]);
    }

    [Fact]
    public void A_200_character_slug_and_a_5000_character_title_build_with_a_member_name_C_sharp_accepts()
    {
        // 200 characters is the longest slug (it names the page's file in an export); its member name is cut at 128.
        var slug = string.Concat(Enumerable.Repeat("very-long-slug-", 13)) + "tail";
        var title = new string('T', 5000);

        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-long.md", $"title: {title}\nslug: {slug}"));

        Assert.Empty(result.Diagnostics);
        var blog = result.Load();
        Assert.Equal(title, Assert.Single(blog.All).Title);
        Assert.Equal(slug, blog.FindBySlug(slug)!.Slug);
        var member = Assert.Single(blog.PostMemberNames);
        Assert.InRange(member.Length, 1, 128);
        Assert.StartsWith("VeryLongSlugVeryLongSlug", member, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_HTML_is_gzip_that_any_inflater_reads_and_the_same_bytes_the_post_serves()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-a.md", "title: A", "# Hi\n\nSome *text* and more text, and more text.\n"));

        var post = Assert.Single(result.Load().All);
        using var gzip = new GZipStream(new MemoryStream(post.HtmlGzip), CompressionMode.Decompress);
        using var html = new MemoryStream();
        gzip.CopyTo(html);
        Assert.Equal(post.HtmlUtf8, html.ToArray());
        Assert.Equal("<h1 id=\"hi\">Hi</h1>\n<p>Some <em>text</em> and more text, and more text.</p>\n", post.Html);
    }

    [Theory]
    [InlineData(50_000, true)]
    [InlineData(50_001, false)]
    public void Past_50_000_posts_Posts_has_no_member_per_post_and_says_so(int count, bool members)
    {
        // 100,000 posts gave Posts 100,000 property getters, and the runtime refused the type at start
        // ("contains more methods than the current implementation allows").
        var entries = Enumerable.Range(0, count)
            .Select(i => (Blog.Generator.Models.PostRow?)new Blog.Generator.Models.PostRow(
                "/p/Posts/p" + i + ".md",
                "Posts/p" + i + ".md",
                "p" + i,
                Blog.Generator.Models.LocationInfo.StartOf("/p/Posts/p" + i + ".md"),
                "P " + i,
                new Blog.Generator.Models.DateValue(new DateTime(2020, 1, 1).AddMinutes(i), TimeSpan.Zero),
                Blog.Generator.Models.EquatableArray<string>.Empty,
                Blog.Generator.Models.EquatableArray<string>.Empty,
                Blog.Generator.Models.EquatableArray<Blog.Generator.Models.Schemas.ReferenceUse>.Empty))
            .ToImmutableArray();

        var model = Blog.Generator.Indexing.IndexBuilder.Build(entries, new Blog.Generator.Models.IndexOptions("TestBlog", 0), Blog.Generator.Models.EquatableArray<string>.Empty);
        var source = Blog.Generator.Emitting.PostsEmitter.Emit(model);

        Assert.Equal(count, model.Posts.Count);
        Assert.Equal(members ? count : 0, model.Posts.Count(post => post.MemberName.Length > 0));
        Assert.Equal(members ? count : 0, CountOf(source, "public static Post P"));
        if (members)
        {
            Assert.Empty(model.Diagnostics);
        }
        else
        {
            Assert.Equal("BLOG036", Assert.Single(model.Diagnostics).Id);
        }

        // No code per post beyond its property: each bucket is built by one call, and the order is data.
        Assert.Equal(BucketAssignment.Count, CountOf(source, "global::Blog.Generator.Generated.PostBuckets.Bucket"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public void A_thousand_posts_are_built_by_one_call_per_bucket_and_read_back_in_order(string? maxStringData)
    {
        var posts = Enumerable.Range(0, 1_001)
            .Select(i => TestPost.Create($"2024-01-01-p{i:D4}.md", $"title: P{i}\ndate: {new DateTime(2020, 1, 1).AddDays(i):yyyy-MM-dd}\ntags: [t{i % 7}]", "Body.\n"))
            .ToArray();
        var harness = new GeneratorHarness().WithoutStepTracking();

        var result = (maxStringData is null ? harness : harness.With("BlogMaxStringData", maxStringData)).Run(posts);

        Assert.Empty(result.Diagnostics);
        var index = result.Source("Posts.g.cs");
        var buckets = posts.Select(post => BucketAssignment.Of("Posts/" + Path.GetFileName(post.Path))).Distinct().Count();
        Assert.Equal(buckets, CountOf(index, "global::Blog.Generator.Generated.PostBuckets.Bucket"));
        Assert.Equal(maxStringData is null, index.Contains("\"\"\", numbers);", StringComparison.Ordinal));
        Assert.Equal(maxStringData is not null, index.Contains("ReadOnlySpan<byte> Numbers0() =>\n", StringComparison.Ordinal));
        var all = result.Load().All;
        Assert.Equal(Enumerable.Range(0, 1_001).Reverse().Select(i => "P" + i), all.Select(post => post.Title));

        // Related posts share the tag; the newest first, as ranked at build time.
        Assert.Equal(["P993", "P986", "P979", "P972", "P965"], all[0].Related.Select(post => post.Title));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
