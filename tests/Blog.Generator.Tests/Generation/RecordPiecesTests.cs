using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.Storage;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Generation;

/// <summary>
/// Past the string budget (here none: BlogMaxStringData=0), a bucket's records are split into UTF-8 literals of about
/// 8 KB: the compiler holds one bound node per byte of the literal it is lowering, so one literal per bucket made a
/// 10,000-post build peak at 3.1 GB.
/// </summary>
public sealed class RecordPiecesTests
{
    [Fact]
    public void Posts_of_one_bucket_larger_than_a_piece_get_a_literal_each_and_read_back_whole()
    {
        // Three file names that hash to the same bucket, each post with ~6 KB of text that gzip cannot shrink much.
        var names = Enumerable.Range(0, 5_000).Select(i => "2024-01-01-p" + i + ".md").GroupBy(name => BucketAssignment.Of("Posts/" + name)).First(g => g.Count() >= 3).Take(3).ToList();
        var random = new Random(7);
        var bodies = names.Select(_ => string.Join(" ", Enumerable.Range(0, 900).Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(6))))).ToList();
        var posts = names.Select((name, i) => TestPost.Create(name, "title: Post " + i, bodies[i] + "\n")).ToArray();

        var result = new GeneratorHarness().With("BlogMaxStringData", "0").Run(posts);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var bucket = Assert.Single(result.Sources, s => s.Key.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal)).Value;
        Assert.Equal(["Records0", "Records1", "Records2"], Regex.Matches(bucket, @"ReadOnlySpan<byte> Bucket[0-9]+(Records[0-9]+)\(\) =>\n *""""""\n").Select(m => m.Groups[1].Value));
        Assert.Equal(["Records0", "Records1", "Records2"], Regex.Matches(bucket, @"PostRecordReader\.ReadAll\(Bucket[0-9]+(Records[0-9]+)\(\), posts, ref count\);").Select(m => m.Groups[1].Value));
        var loaded = result.Load().All;
        for (var i = 0; i < posts.Length; i++)
        {
            Assert.Equal("<p>" + bodies[i] + "</p>\n", Assert.Single(loaded, p => p.Title == "Post " + i).Html);
        }
    }

    [Fact]
    public void Small_posts_of_one_bucket_share_a_literal()
    {
        var names = Enumerable.Range(0, 5_000).Select(i => "2024-01-01-p" + i + ".md").GroupBy(name => BucketAssignment.Of("Posts/" + name)).First(g => g.Count() >= 3).Take(3).ToList();

        var result = new GeneratorHarness().With("BlogMaxStringData", "0").Run(names.Select((name, i) => TestPost.Create(name, "title: Small " + i)).ToArray());

        var bucket = Assert.Single(result.Sources, s => s.Key.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal)).Value;
        Assert.Single(Regex.Matches(bucket, @"ReadOnlySpan<byte> Bucket[0-9]+Records[0-9]+\(\)"));
        Assert.Equal(3, result.Load().All.Count(p => p.Title.StartsWith("Small ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0L, 8 * 1024)]
    [InlineData(20_000L * 8 * 1024, 8 * 1024)]
    [InlineData((20_000L * 8 * 1024) + (8 * 1024), 16 * 1024)]
    [InlineData(20_000L * 64 * 1024, 64 * 1024)]
    [InlineData(long.MaxValue, 1 << 30)]
    public void Pieces_grow_in_steps_so_no_project_needs_more_than_about_40_000_literals(long totalBytes, int expected)
    {
        Assert.Equal(expected, BucketBuilder.PieceBytesFor(totalBytes));
    }
}
