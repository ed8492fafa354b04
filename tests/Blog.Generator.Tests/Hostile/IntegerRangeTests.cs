using System;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Extra keys type integers as <see cref="long"/> with the one integer reader the schema binder uses too: one outside
/// long's range is BLOG032 at its value. Before, <c>0xFFFFFFFFFFFFFFFF</c> read back as -1 and a 20-digit number as a
/// double, while a schema's long rejected both.
/// </summary>
public sealed class IntegerRangeTests
{
    [Theory]
    [InlineData("n: 99999999999999999999", "n", 4, 4)]
    [InlineData("n: -9223372036854775809", "n", 4, 4)]
    [InlineData("mask: 0xFFFFFFFFFFFFFFFF", "mask", 4, 7)]
    [InlineData("masks: [1, 0x8000000000000000]", "masks", 4, 12)]
    [InlineData("limits:\n  max: 9223372036854775808", "limits.max", 5, 8)]
    [InlineData("n: !!int 99999999999999999999", "n", 4, 4)]
    public void An_integer_outside_long_is_BLOG032_at_its_value_and_the_good_post_still_reads_back(string line, string key, int lineNumber, int column)
    {
        var bad = TestPost.Create("bad.md", "title: Big\ndate: 2024-01-01\n" + line);
        var good = TestPost.Create("2024-05-06-good.md", "title: Good");

        var result = new GeneratorHarness().Run(bad, good);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG032", DiagnosticSeverity.Error, "Posts/bad.md", lineNumber, column);
        Assert.Contains($"in '{key}' is an integer outside long's range", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal("Good", Assert.Single(result.Load().All).Title);
    }

    [Fact]
    public void With_a_post_schema_the_declared_type_decides_so_a_decimal_takes_twenty_digits()
    {
        const string Schema = """
            namespace TestBlog;

            /// <summary>Post data.</summary>
            [Blog.Generator.PostFrontMatter]
            public partial class Meta
            {
                /// <summary>A price.</summary>
                public decimal Price { get; init; }
            }
            """;
        var post = TestPost.Create("priced.md", "title: Priced\ndate: 2024-01-01\nprice: 99999999999999999999");

        var result = new GeneratorHarness().Run([post], Schema);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void The_extreme_longs_read_back_exactly_and_quoted_digits_stay_text()
    {
        var post = TestPost.Create("edges.md", "title: Edges\ndate: 2024-01-01\nmax: 9223372036854775807\nmin: -9223372036854775808\nhex: 0x7FFFFFFFFFFFFFFF\nquoted: \"99999999999999999999\"");

        var result = new GeneratorHarness().Run(post);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var frontMatter = result.Load().FindBySlug("edges")!.FrontMatter;
        Assert.Equal(long.MaxValue, frontMatter["max"]);
        Assert.Equal(long.MinValue, frontMatter["min"]);
        Assert.Equal(long.MaxValue, frontMatter["hex"]);
        Assert.Equal("99999999999999999999", frontMatter["quoted"]);
    }
}
