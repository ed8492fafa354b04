using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Blog.Generator.Models;
using Blog.Generator.Rendering;
using Blog.Generator.Tests.Infrastructure;
using CsCheck;
using Markdig;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Generator.Tests.Fuzzing;

/// <summary>
/// Issue 12's classes as a property: front matter built from extreme dates and offsets (in <c>date</c>,
/// <c>last_modified_at</c> and an extra key), integers beyond <c>long</c> in decimal and hex, values reached through
/// anchors, aliases and merge keys, slugs that end in a line break, and bodies Markdig is quadratic on. Each batch is
/// compiled and run; each post must either read back exactly what an independent oracle (.NET's own
/// <see cref="DateTimeOffset"/> and <see cref="BigInteger"/>, Markdig itself) says it holds, or be named in located
/// errors whose ids are the ones its bad parts call for. Never an exception, a C# error, or code that throws at run time.
/// </summary>
public sealed class HostileValueFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 30;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly Dictionary<string, int> Seen = [];

    /// <summary>A date as YAML writes it, and the value .NET gives it, or null when DateTimeOffset cannot hold it.</summary>
    private sealed record DateCase(string Yaml, DateTimeOffset? Value);

    /// <summary>An integer as YAML writes it, and its value, or null when long cannot hold it.</summary>
    private sealed record IntegerCase(string Yaml, long? Value);

    /// <summary>A body, and the HTML Markdig gives it, or null when the generator must refuse it.</summary>
    private sealed record BodyCase(string Markdown, string? Html, string? Refusal);

    private sealed record Case(DateCase Date, DateCase? Modified, DateCase When, IntegerCase Number, bool ThroughMerge, string SlugSuffix, bool SlugAsBlock, BodyCase Body)
    {
        public bool SlugIsValid => SlugSuffix.Length == 0;

        public string Text(int index)
        {
            var slug = "post-" + index + SlugSuffix;
            var slugLine = SlugAsBlock ? "slug: |\n  " + slug.TrimEnd('\n') + "\n" : "slug: " + AdversarialText.YamlQuoted(slug) + "\n";
            var values = ThroughMerge
                ? $"base: &base\n  n: {Number.Yaml}\n  when: {When.Yaml}\n<<: *base\n"
                : $"n: {Number.Yaml}\nwhen: {When.Yaml}\n";
            return "---\n"
                + "title: &title Post " + index + "\n"
                + "subtitle: *title\n"
                + "date: " + Date.Yaml + "\n"
                + (Modified is null ? string.Empty : "last_modified_at: " + Modified.Yaml + "\n")
                + slugLine
                + values
                + "tags: [&t first, *t, second]\n"
                + "---\n"
                + Body.Markdown;
        }

        /// <summary>The error ids this post's bad parts call for; empty when it must compile.</summary>
        public IReadOnlySet<string> ExpectedErrors()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            if (Date.Value is null || Modified is { Value: null } || When.Value is null)
            {
                ids.Add("BLOG031");
            }

            if (Number.Value is null)
            {
                ids.Add("BLOG032");
            }

            if (!SlugIsValid)
            {
                ids.Add("BLOG009");
            }

            if (Body.Refusal is { } refusal)
            {
                ids.Add(refusal);
            }

            return ids;
        }
    }

    private static readonly Gen<DateCase> DateGen = Gen.Select(
        Gen.OneOf(Gen.OneOfConst(1, 2, 9998, 9999), Gen.Int[1, 9999]),
        Gen.OneOf(Gen.OneOfConst((1, 1), (12, 31)), Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], (m, d) => (m, d))),
        Gen.OneOf(Gen.OneOfConst((0, 0, 0), (23, 59, 59)), Gen.Select(Gen.Int[0, 23], Gen.Int[0, 59], Gen.Int[0, 59], (h, mi, s) => (h, mi, s))),
        Gen.OneOf(Gen.OneOfConst(-840, -60, 0, 60, 840), Gen.Int[-56, 56].Select(q => q * 15)),
        Gen.Int[0, 2],
        (year, monthDay, time, offset, format) =>
        {
            var (month, day) = monthDay;
            var (hour, minute, second) = format == 2 ? (0, 0, 0) : time;
            var offsetMinutes = format == 2 ? 0 : offset;
            var sign = offsetMinutes < 0 ? "-" : "+";
            var zone = string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(offsetMinutes) / 60:00}:{Math.Abs(offsetMinutes) % 60:00}");
            var date = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
            var clock = string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}:{second:00}");
            var yaml = format switch
            {
                0 => date + " " + clock + " " + zone,
                1 => date + "T" + clock + zone,
                _ => date,
            };
            DateTimeOffset? value;
            try
            {
                value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes));
            }
            catch (ArgumentOutOfRangeException)
            {
                value = null;
            }

            return new DateCase(yaml, value);
        });

    private static readonly Gen<IntegerCase> IntegerGen = Gen.OneOf(
        Gen.OneOfConst("9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "0x7FFFFFFFFFFFFFFF", "0x8000000000000000", "0xFFFFFFFFFFFFFFFF", "0", "-1"),
        Gen.Select(Gen.Bool, Gen.Char['1', '9'], Gen.Char['0', '9'].Array[0, 24], (negative, first, rest) => (negative ? "-" : string.Empty) + first + new string(rest)),
        Gen.Select(Gen.Char['1', '9'], Gen.OneOfConst("0123456789abcdefABCDEF".ToCharArray()).Array[0, 18], (first, rest) => "0x" + first + new string(rest)))
        .Select(yaml =>
        {
            var value = yaml.StartsWith("0x", StringComparison.Ordinal)
                ? BigInteger.Parse("0" + yaml.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : BigInteger.Parse(yaml, CultureInfo.InvariantCulture);
            return new IntegerCase(yaml, value >= long.MinValue && value <= long.MaxValue ? (long)value : null);
        });

    private static readonly Gen<BodyCase> BodyGen = Gen.Select(
        Gen.OneOfConst("[a](", "*a ", "{#", "[", "> ", "  - a\n"),
        Gen.OneOf(Gen.Int[0, 50], Gen.Int[1_000, 3_000], Gen.Int[40_000, 80_000]),
        (piece, count) =>
        {
            var markdown = "Intro *text*.\n\n" + (piece == "  - a\n"
                ? string.Concat(Enumerable.Range(0, Math.Min(count, 1_000)).Select(i => new string(' ', 2 * i) + "- a\n"))
                : string.Concat(Enumerable.Repeat(piece, count))) + "\n";
            if (RenderCost.Estimate(markdown).Total > GeneratorOptions.DefaultMaxRenderCost)
            {
                return new BodyCase(markdown, null, "BLOG035");
            }

            try
            {
                return new BodyCase(markdown, Markdown.ToHtml(markdown, Pipeline), null);
            }
            catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested", StringComparison.Ordinal))
            {
                return new BodyCase(markdown, null, "BLOG019");
            }
        });

    private static readonly Gen<Case> CaseGen = Gen.Select(
        Gen.Select(DateGen, Gen.Frequency((1, Gen.Const((DateCase?)null)), (2, DateGen.Select(date => (DateCase?)date))), DateGen, (date, modified, when) => (date, modified, when)),
        IntegerGen,
        Gen.Bool,
        Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.OneOfConst("\n", " x", "\t", "-", "/x", "\u2028"))),
        Gen.Bool,
        BodyGen,
        (dates, number, merge, suffix, block, body) => new Case(dates.date, dates.modified, dates.when, number, merge, suffix, block && suffix == "\n", body));

    [Fact]
    public void Extreme_values_read_back_exactly_or_are_named_in_located_errors_and_the_compiled_blog_runs()
    {
        Seen.Clear();
        CaseGen.Array[1, 5].Sample(Check, iter: Iterations, threads: 1);
        output.WriteLine(string.Join(", ", Seen.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value)));
        Assert.True(Seen.GetValueOrDefault("compiled") > 0, "no post compiled");
    }

    private static void Check(Case[] cases)
    {
        var posts = cases.Select((c, i) => new TestPost($"Posts/post-{i}.md", c.Text(i))).ToArray();

        var result = new GeneratorHarness().Run(posts);

        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BLOG018");
        Assert.Empty(result.CompilationDiagnostics);

        // Run the compiled code: every post, and every value it holds, constructs.
        var blog = result.Load();
        foreach (var post in blog.All)
        {
            _ = (post.Date, post.LastModifiedAt, post.FrontMatter.Count, post.Html.Length);
        }

        for (var i = 0; i < cases.Length; i++)
        {
            var c = cases[i];
            var file = $"/project/Posts/post-{i}.md";
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == file).ToList();
            var expected = c.ExpectedErrors();
            var post = blog.FindBySlug("post-" + i);
            if (expected.Count > 0)
            {
                Assert.Null(post);
                Assert.NotEmpty(errors);
                Assert.All(errors, error =>
                {
                    Assert.Contains(error.Id, expected);
                    Assert.True(error.Location.GetLineSpan().StartLinePosition.Line >= 0);
                });
                foreach (var id in errors.Select(e => e.Id).Distinct())
                {
                    Seen[id] = Seen.GetValueOrDefault(id) + 1;
                }

                continue;
            }

            Assert.Empty(errors);
            Assert.NotNull(post);
            Assert.Equal("Post " + i, post.Title);
            Assert.Equal("Post " + i, post.FrontMatter["subtitle"]);
            Assert.Equal(c.Date.Value, post.Date);
            Assert.Equal(c.Modified?.Value, post.LastModifiedAt);
            Assert.Equal(c.When.Value, post.FrontMatter["when"]);
            Assert.Equal(c.Number.Value, post.FrontMatter["n"]);
            Assert.Equal(["first", "second"], post.Tags);
            Assert.Equal(c.Body.Html, post.Html);
            Seen["compiled"] = Seen.GetValueOrDefault("compiled") + 1;
        }
    }
}
