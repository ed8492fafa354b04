using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Dates whose offset pushes their UTC time past what DateTimeOffset holds: each is BLOG031 at its value, wherever it is
/// written, and the good posts beside it still compile and read back. Before, the same values crashed the generator
/// (CS8785, every post lost) or compiled into code that threw TypeInitializationException on first use.
/// </summary>
public sealed class DateRangeTests
{
    public static TheoryData<string, string, int, int> OutOfRange => new()
    {
        { "title: Early\ndate: 0001-01-01 00:00:00 +14:00", "date", 3, 7 },
        { "title: Late\ndate: 9999-12-31 23:59:59 -14:00", "date", 3, 7 },
        { "title: Late T\ndate: 9999-12-31T23:30:00-01:00", "date", 3, 7 },
        { "title: Modified\ndate: 2024-01-01\nlast_modified_at: 0001-01-01 00:00:00 +01:00", "last_modified_at", 4, 19 },
        { "title: Extra\ndate: 2024-01-01\nwhen: 0001-01-01 00:00:00 +01:00", "when", 4, 7 },
        { "title: In a list\ndate: 2024-01-01\nevents: [2024-01-01, 9999-12-31 23:30 -01:00]", "events", 4, 22 },
        { "title: In a map\ndate: 2024-01-01\ntrip:\n  start: 0001-01-01 00:30 +01:00", "trip.start", 5, 10 },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_date_outside_DateTimeOffset_is_BLOG031_at_its_value_and_the_good_post_still_reads_back(string frontMatter, string key, int line, int column)
    {
        var bad = TestPost.Create("bad.md", frontMatter);
        var good = TestPost.Create("2024-05-06-good.md", "title: Good");

        var result = new GeneratorHarness().Run(bad, good);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG031", DiagnosticSeverity.Error, "Posts/bad.md", line, column);
        Assert.Contains($"in '{key}' is outside the dates .NET can hold", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.CompilationDiagnostics);
        var post = Assert.Single(result.Load().All);
        Assert.Equal("Good", post.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), post.Date);
    }

    [Fact]
    public void The_extreme_dates_that_DateTimeOffset_holds_compile_and_read_back_exactly()
    {
        var early = TestPost.Create("early.md", "title: Early\ndate: 0001-01-01 00:00:00 -01:00\nwhen: 0001-01-01 01:00:00 +01:00");
        var late = TestPost.Create("late.md", "title: Late\ndate: 9999-12-31 23:59:59 +01:00\nlast_modified_at: 9999-12-31 22:59:59.9999999 -01:00");

        var result = new GeneratorHarness().Run(early, late);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var blog = result.Load();
        Assert.Equal(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-1)), blog.FindBySlug("early")!.Date);
        Assert.Equal(new DateTimeOffset(1, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), blog.FindBySlug("early")!.FrontMatter["when"]);
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.FromHours(1)), blog.FindBySlug("late")!.Date);
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 22, 59, 59, TimeSpan.FromHours(-1)).AddTicks(9_999_999), blog.FindBySlug("late")!.LastModifiedAt);
    }
}
