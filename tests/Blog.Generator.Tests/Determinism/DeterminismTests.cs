using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Determinism;

/// <summary>The same posts give byte-identical generated source whatever the culture, line endings or file order.</summary>
public sealed class DeterminismTests
{
    /// <summary>Posts with what cultures format differently: decimals, dates, dotted and dotless i, sort order.</summary>
    private static readonly TestPost[] Posts =
    [
        TestPost.Create("2024-03-01-istanbul-item.md", "title: İstanbul item\ndate: 2024-03-01 14:30:00 +0300\ntags: [Istanbul, istanbul, Ärger, zebra, Éclair]\nratio: 0.75\nbig: 12345678.5\nwhen: 2024-12-31T23:59:59.125Z", "Körper **İi ıI** 1.234,5\n\n## Ünïcödé heading\n"),
        TestPost.Create("2023-07-15-second.md", "title: Second\ncategories: Ideas Islands\nlast_modified_at: 2023-08-01", "Body with a table:\n\n| a | b |\n|---|---|\n| 1.5 | 2,5 |\n"),
        TestPost.Create("2022-01-01-third.md", "title: Third\ndraft: false\nscore: -0.0001", "Third body.\n"),
    ];

    private static IReadOnlyDictionary<string, string> Generate(IEnumerable<TestPost> posts, CultureInfo culture)
    {
        var (current, currentUi, defaultCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = culture;
            var result = new GeneratorHarness().Run(posts.ToArray());
            Assert.Empty(result.Diagnostics);
            return result.Sources;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture) = (current, currentUi, defaultCulture);
        }
    }

    private static void AssertSameSources(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (hint, source) in expected)
        {
            Assert.True(source == actual[hint], "Generated file " + hint + " differs.");
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    public void Output_is_the_same_in_every_culture(string name)
    {
        var invariant = Generate(Posts, CultureInfo.InvariantCulture);

        AssertSameSources(invariant, Generate(Posts, new CultureInfo(name)));
        Assert.Contains("s5:ratiof0.75;", string.Concat(invariant.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_the_same_for_LF_and_CRLF_copies_of_the_posts()
    {
        var crlf = Posts.Select(p => new TestPost(p.Path, p.Text.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        AssertSameSources(Generate(Posts, CultureInfo.InvariantCulture), Generate(crlf, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Output_is_the_same_for_any_order_of_AdditionalFiles()
    {
        var expected = Generate(Posts, CultureInfo.InvariantCulture);
        var permutations = new[] { new[] { 0, 2, 1 }, [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0] };

        foreach (var order in permutations)
        {
            AssertSameSources(expected, Generate(order.Select(i => Posts[i]), CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Collections_are_the_same_in_every_culture_and_file_order(string name)
    {
        const string schema = """
            using System;
            using System.Collections.Generic;
            using Blog.Generator;

            namespace TestBlog;

            /// <summary>I.</summary>
            public enum Kind
            {
                /// <summary>I.</summary>
                Istanbul,
                /// <summary>I.</summary>
                Other,
            }

            /// <summary>An item.</summary>
            [Collection("Items")]
            public partial class Item
            {
                /// <summary>P.</summary>
                public string Title { get; init; } = "";
                /// <summary>P.</summary>
                public double Ratio { get; init; }
                /// <summary>P.</summary>
                public decimal Price { get; init; }
                /// <summary>P.</summary>
                public DateTimeOffset When { get; init; }
                /// <summary>P.</summary>
                public TimeSpan Length { get; init; }
                /// <summary>P.</summary>
                public Kind Kind { get; init; }
                /// <summary>P.</summary>
                public List<string> Tags { get; init; } = [];
            }
            """;
        TestPost[] items =
        [
            TestPost.Entry("Items/istanbul.md", "title: İstanbul\nratio: 0.75\nprice: 1234.50\nwhen: 2024-03-01 14:30 +0300\nlength: 1.02:03:04\nkind: ISTANBUL\ntags: [İi, ıI]", "Körper **İi ıI**\n"),
            TestPost.Entry("Items/zebra.md", "title: Zebra\nratio: -1e-5\nkind: other"),
            TestPost.Entry("Items/ärger.md", "title: Ärger\nprice: 0.001"),
        ];

        IReadOnlyDictionary<string, string> Run(IEnumerable<TestPost> files, CultureInfo culture)
        {
            var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                var result = new GeneratorHarness().Run(files, schema);
                Assert.Empty(result.Diagnostics);
                Assert.Empty(result.CompilationDiagnostics);
                return result.Sources;
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
            }
        }

        var invariant = Run(items, CultureInfo.InvariantCulture);

        AssertSameSources(invariant, Run(items.Reverse(), new CultureInfo(name)));
        var istanbul = invariant.Single(s => s.Key.StartsWith("Entry.istanbul.", StringComparison.Ordinal)).Value;
        Assert.Contains("Ratio = 0.75D,", istanbul, StringComparison.Ordinal);
        Assert.Contains("Price = 1234.50m,", istanbul, StringComparison.Ordinal);
        Assert.Contains("Kind = global::TestBlog.Kind.Istanbul,", istanbul, StringComparison.Ordinal);
    }
}
