using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Storage;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Generation;

/// <summary>
/// Posts' records are string literals while they fit the string budget (<c>BlogMaxStringData</c>, 6 million characters
/// by default), filled by buckets in order, and UTF-8 data past it: a string literal costs the compiler one node, a
/// UTF-8 literal one per byte. Either way the posts read back the same. A bucket has a file only while it holds a post:
/// under hot reload (<c>dotnet watch</c>) its file adds methods to one class, which hot reload can delete again.
/// </summary>
public sealed class StringStorageTests
{
    private static readonly TestPost[] Posts =
    [
        TestPost.Create("2024-01-01-one.md", "title: One\ntags: [a, b]\nextra: \"é \\\"quoted\\\"\"", "# One\n\nBody *one* with \"quotes\" and \\\\ backslashes.\n"),
        TestPost.Create("2024-01-02-two.md", "title: Two\ntags: [a]", "Body two.\n"),
        TestPost.Create("2024-01-03-three.md", "title: Three\ntags: [b]", "Body three.\n"),
    ];

    [Fact]
    public void Records_are_string_literals_by_default_and_UTF_8_data_without_a_budget_and_read_back_the_same()
    {
        var strings = new GeneratorHarness().Run(Posts);
        var data = new GeneratorHarness().With("BlogMaxStringData", "0").Run(Posts);

        Assert.Empty(strings.Diagnostics);
        Assert.Empty(data.Diagnostics);
        var stringBuckets = Buckets(strings);
        var dataBuckets = Buckets(data);
        Assert.Equal(3, stringBuckets.Count);
        Assert.All(stringBuckets, source => Assert.DoesNotContain("u8", source, StringComparison.Ordinal));
        Assert.All(stringBuckets, source => Assert.True(HasStringRecords(source), source));
        Assert.All(dataBuckets, source => Assert.Contains("\"\"\"u8;", source, StringComparison.Ordinal));
        Assert.All(dataBuckets, source => Assert.False(HasStringRecords(source), source));
        Assert.Contains("\"\"\", numbers);", strings.Source("Posts.g.cs"), StringComparison.Ordinal);
        Assert.Contains("ReadOnlySpan<byte> Numbers0() =>\n", data.Source("Posts.g.cs"), StringComparison.Ordinal);

        var expected = data.Load().All;
        var actual = strings.Load().All;
        Assert.Equal(expected.Select(p => (p.Slug, p.Title, p.Html, p.ExcerptHtml, string.Join(",", p.Tags))), actual.Select(p => (p.Slug, p.Title, p.Html, p.ExcerptHtml, string.Join(",", p.Tags))));
        Assert.Equal(expected.Select(p => string.Join(",", p.Related.Select(r => r.Slug))), actual.Select(p => string.Join(",", p.Related.Select(r => r.Slug))));
        Assert.Equal("é \"quoted\"", Assert.Single(actual, p => p.Slug == "one").FrontMatter["extra"]);
        Assert.Equal(expected.Select(p => p.HtmlGzip), actual.Select(p => p.HtmlGzip));
    }

    [Fact]
    public void The_budget_is_taken_by_buckets_in_order_and_the_rest_are_UTF_8_data()
    {
        var posts = Enumerable.Range(0, 40).Select(i => TestPost.Create($"2024-02-{1 + (i % 28):D2}-p{i}.md", $"title: P{i}", string.Concat(Enumerable.Repeat($"Words of post {i}. ", 40)) + "\n")).ToArray();
        var all = new GeneratorHarness().Run(posts);
        var total = Buckets(all).Sum(source => StringRecordsLength(source));

        // About half: the index's numbers take 49 characters a post first (StringBudget.IndexChars, five related posts).
        var budget = (total / 2) + StringBudget.IndexChars(posts.Length, 5);
        var half = new GeneratorHarness().With("BlogMaxStringData", budget.ToString(System.Globalization.CultureInfo.InvariantCulture)).Run(posts);

        Assert.Empty(half.Diagnostics);
        var kinds = half.Sources.Where(s => s.Key.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal)).OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => HasStringRecords(s.Value)).ToList();
        Assert.Contains(true, kinds);
        Assert.Contains(false, kinds);
        Assert.Equal(kinds.OrderByDescending(isString => isString), kinds); // strings first, then data: a prefix
        Assert.InRange(Buckets(half).Sum(source => StringRecordsLength(source)), 1, budget);
        Assert.Equal(all.Load().All.Select(p => p.Html), half.Load().All.Select(p => p.Html));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public void Posts_with_typed_front_matter_in_one_bucket_read_back_their_values_from_strings_and_from_UTF_8_pieces(string? maxStringData)
    {
        const string schema = """
            namespace TestBlog.Content;

            /// <summary>The posts' own keys.</summary>
            [Blog.Generator.PostFrontMatter]
            public partial class PostMeta
            {
                /// <summary>A text, stored in the record.</summary>
                public string? Summary { get; init; }

                /// <summary>A number, written as code.</summary>
                public int Rating { get; init; }

                /// <summary>Texts in a list.</summary>
                public string[] Series { get; init; } = [];
            }
            """;
        const string usage = """
            namespace TestBlog;

            /// <summary>Reads every post's typed values.</summary>
            public static class Usage
            {
                /// <summary>Each post's title and values.</summary>
                /// <returns>The posts, newest first.</returns>
                public static string Run() => string.Join("|", System.Linq.Enumerable.Select(Posts.All, post => post.Title + ":" + post.Data.Summary + ":" + post.Data.Rating + ":" + string.Join("+", post.Data.Series)));
            }
            """;

        // Four posts in one bucket, each about 6 KB, so that as UTF-8 data they fill more than one 8 KB literal.
        var names = Enumerable.Range(0, 5_000).Select(i => "2024-01-01-t" + i + ".md").GroupBy(name => BucketAssignment.Of("Posts/" + name)).First(g => g.Count() >= 4).Take(4).ToList();
        var random = new Random(11);
        var posts = names.Select((name, i) => TestPost.Create(
            name,
            $"title: T{i}\ndate: 2024-01-0{i + 1}\nsummary: \"Summary {i}, é \\\"quoted\\\"\"\nrating: {i * 10}\nseries: [s{i}, \"ünï {i}\"]",
            string.Join(" ", Enumerable.Range(0, 800).Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(6)))) + "\n")).ToArray();
        var harness = new GeneratorHarness();

        var result = (maxStringData is null ? harness : harness.With("BlogMaxStringData", maxStringData)).Run(posts, schema, usage);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var bucket = Assert.Single(Buckets(result));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(bucket, @"posts\[[0-3]\] = new").Count);
        Assert.Equal(maxStringData is null ? 0 : 3, System.Text.RegularExpressions.Regex.Matches(bucket, @"ReadOnlySpan<byte> Bucket[0-9]+Records[1-9]\(\)").Count);
        Assert.Equal(
            "T3:Summary 3, é \"quoted\":30:s3+ünï 3|T2:Summary 2, é \"quoted\":20:s2+ünï 2|T1:Summary 1, é \"quoted\":10:s1+ünï 1|T0:Summary 0, é \"quoted\":0:s0+ünï 0",
            (string)result.Load().Assembly.GetType("TestBlog.Usage", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("8000001")]
    [InlineData("lots")]
    public void A_budget_that_is_not_a_number_of_characters_up_to_8_million_is_BLOG017(string value)
    {
        var result = new GeneratorHarness().With("BlogMaxStringData", value).Run(Posts);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG017", diagnostic.Id);
        Assert.Contains("BlogMaxStringData", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(3, result.Load().All.Count);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    [InlineData("")]
    public void Every_build_has_a_bucket_file_only_where_a_post_is(string optimize)
    {
        // dotnet watch sets DotNetWatchBuild on its builds but not on every evaluation it compiles from; Optimize is
        // the same in all of them (false in Debug). Either way, a bucket without a post has no file.
        var result = new GeneratorHarness().With("Optimize", optimize).Run(Posts);

        Assert.Equal(3, result.Sources.Count(s => s.Key.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal)));
        Assert.Equal(3, result.Load().All.Count);
    }

    [Fact]
    public void Under_dotnet_watch_a_bucket_file_holds_methods_only_so_deleting_its_last_post_deletes_no_class_or_field()
    {
        // Hot reload cannot delete a class or a field (ENC0033), but it deletes methods: a bucket's file adds methods to
        // PostBuckets, which is declared once in a file that never changes, and holds no field. DotnetWatchTests shows
        // it live: a new post and a deleted one are applied with no restart.
        var watched = new GeneratorHarness().With("DotNetWatchBuild", "true").Run(Posts);

        var buckets = watched.Sources.Where(s => s.Key.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, buckets.Count);
        Assert.All(buckets, s => Assert.Equal(["partial class PostBuckets"], System.Text.RegularExpressions.Regex.Matches(s.Value, @"(?m)^\s*(?:[a-z]+ )*(?:partial )?(?:class|struct|record|interface) \w+").Select(m => m.Value.Trim())));
        Assert.All(buckets, s => Assert.DoesNotMatch(@"(?m)^\s*(private|internal|public) static (readonly )?[\w.:<>?\[\]]+ \w+( = [^;]*)?;$", s.Value));
        Assert.Contains("internal static partial class PostBuckets", watched.Source("PostBuckets.g.cs"), StringComparison.Ordinal);
        Assert.Empty(watched.CompilationDiagnostics);
        Assert.Equal(3, watched.Load().All.Count);
    }

    private static List<string> Buckets(GenerationResult result) => result.Sources
        .Where(s => s.Key.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal))
        .Select(s => s.Value)
        .ToList();

    /// <summary>Whether a bucket's records are a string literal (encoded when read) rather than UTF-8 data.</summary>
    private static bool HasStringRecords(string source) =>
        source.Contains("() => global::System.Text.Encoding.UTF8.GetBytes(", StringComparison.Ordinal) && !source.Contains("\"u8;", StringComparison.Ordinal);

    /// <summary>The characters of a bucket's records when they are a string literal, 0 when they are UTF-8 data.</summary>
    private static int StringRecordsLength(string source) =>
        HasStringRecords(source) ? GeneratedText.Literals(source).Sum(literal => literal.Length) : 0;
}
