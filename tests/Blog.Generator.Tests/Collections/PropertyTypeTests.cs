using System;
using System.Globalization;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Collections;

/// <summary>
/// Every supported property type, end to end: YAML in a collection entry, checked by the generator, written as C#,
/// compiled, and read back through the user's own class. And each type's mismatch, located at its value.
/// </summary>
public sealed class PropertyTypeTests
{
    private const string Schema = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using Blog.Generator;

        namespace TestBlog;

        /// <summary>A colour.</summary>
        public enum Colour
        {
            /// <summary>R.</summary>
            Red,
            /// <summary>G.</summary>
            DarkGreen,
        }

        /// <summary>A nested class.</summary>
        public sealed record Address
        {
            /// <summary>Street.</summary>
            public required string Street { get; init; }

            /// <summary>Floor.</summary>
            public int? Floor { get; init; }
        }

        /// <summary>One of everything.</summary>
        [Collection("Things")]
        public partial class Thing
        {
            /// <summary>P.</summary>
            public string Text { get; init; } = "default text";
            /// <summary>P.</summary>
            public bool Flag { get; init; }
            /// <summary>P.</summary>
            public int Count { get; init; }
            /// <summary>P.</summary>
            public long Big { get; init; }
            /// <summary>P.</summary>
            public double Ratio { get; init; }
            /// <summary>P.</summary>
            public decimal Price { get; init; }
            /// <summary>P.</summary>
            public DateTime Stamp { get; init; }
            /// <summary>P.</summary>
            public DateTimeOffset Moment { get; init; }
            /// <summary>P.</summary>
            public DateOnly Day { get; init; }
            /// <summary>P.</summary>
            public TimeSpan Duration { get; init; }
            /// <summary>P.</summary>
            public Colour Colour { get; init; }
            /// <summary>P.</summary>
            public Uri? Link { get; init; }
            /// <summary>P.</summary>
            public int[] Numbers { get; init; } = [];
            /// <summary>P.</summary>
            public List<string> Words { get; init; } = [];
            /// <summary>P.</summary>
            public IReadOnlyList<Colour> Palette { get; init; } = [];
            /// <summary>P.</summary>
            public Address? Address { get; init; }
            /// <summary>P.</summary>
            public List<Address> Addresses { get; init; } = [];
            /// <summary>P.</summary>
            public string? Note { get; init; } = "initial";
            /// <summary>P.</summary>
            [FrontMatterKey("x-custom")]
            public string Custom { get; init; } = "";
        }

        /// <summary>Test access point.</summary>
        public static class Probe
        {
            /// <summary>Every value of an entry, invariantly formatted.</summary>
            public static string Describe(string slug)
            {
                var t = Things.FindBySlug(slug)!;
                var c = CultureInfo.InvariantCulture;
                return string.Join("\n", new[]
                {
                    "Text=" + t.Text,
                    "Flag=" + t.Flag,
                    "Count=" + t.Count.ToString(c),
                    "Big=" + t.Big.ToString(c),
                    "Ratio=" + t.Ratio.ToString("R", c),
                    "Price=" + t.Price.ToString(c),
                    "Stamp=" + t.Stamp.ToString("O", c) + " " + t.Stamp.Kind,
                    "Moment=" + t.Moment.ToString("O", c),
                    "Day=" + t.Day.ToString("O", c),
                    "Duration=" + t.Duration.ToString("c", c),
                    "Colour=" + t.Colour,
                    "Link=" + t.Link + " " + t.Link?.IsAbsoluteUri,
                    "Numbers=" + string.Join(",", t.Numbers),
                    "Words=" + string.Join(",", t.Words),
                    "Palette=" + string.Join(",", t.Palette),
                    "Address=" + t.Address?.Street + "/" + t.Address?.Floor,
                    "Addresses=" + string.Join(",", t.Addresses.Select(a => a.Street + "/" + a.Floor)),
                    "Note=" + (t.Note ?? "(null)"),
                    "Custom=" + t.Custom,
                });
            }
        }
        """;

    private static GenerationResult Run(params TestPost[] entries) => new GeneratorHarness().Run(entries, Schema);

    private static string Describe(GenerationResult result, string slug) =>
        (string)result.Load().Assembly.GetType("TestBlog.Probe", throwOnError: true)!.GetMethod("Describe")!.Invoke(null, [slug])!;

    [Fact]
    public void Every_supported_type_round_trips_from_YAML_to_the_users_class()
    {
        var entry = TestPost.Entry("Things/full.md", """
            text: "Hello: world"
            flag: true
            count: -42
            big: 9000000000
            ratio: 0.1
            price: 19.90
            stamp: 2024-06-10 14:30:00 +02:00
            moment: 2024-06-10 14:30:00 +0200
            day: 2024-06-10
            duration: 1.02:03:04
            colour: dark-green
            link: https://example.com/a?b=c
            numbers: [1, 2, 0x10]
            words: [alpha, "beta gamma"]
            palette: [RED, darkgreen]
            address: { street: Main St, floor: 3 }
            addresses:
              - street: First
              - street: Second
                floor: 2
            note: null
            x-custom: mapped
            """);

        var result = Run(entry);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal(
            """
            Text=Hello: world
            Flag=True
            Count=-42
            Big=9000000000
            Ratio=0.1
            Price=19.90
            Stamp=2024-06-10T12:30:00.0000000Z Utc
            Moment=2024-06-10T14:30:00.0000000+02:00
            Day=2024-06-10
            Duration=1.02:03:04
            Colour=DarkGreen
            Link=https://example.com/a?b=c True
            Numbers=1,2,16
            Words=alpha,beta gamma
            Palette=Red,DarkGreen
            Address=Main St/3
            Addresses=First/,Second/2
            Note=(null)
            Custom=mapped
            """.ReplaceLineEndings("\n"),
            Describe(result, "full"));
    }

    [Fact]
    public void Absent_keys_keep_the_property_initialisers_and_defaults()
    {
        var result = Run(TestPost.Entry("Things/empty.md", "count: 1"));

        Assert.Empty(result.Diagnostics);
        var described = Describe(result, "empty");
        Assert.Contains("Text=default text\n", described, StringComparison.Ordinal);
        Assert.Contains("Flag=False\n", described, StringComparison.Ordinal);
        Assert.Contains("Note=initial\n", described, StringComparison.Ordinal);
        Assert.Contains("Numbers=\n", described, StringComparison.Ordinal);
        Assert.Contains("Link= \n", described, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text: [a, b]", "'text' expects string, but found a list")]
    [InlineData("flag: \"yes\"", "'flag' expects bool")]
    [InlineData("count: 3000000000", "'count' expects int")]
    [InlineData("count: 2.5", "'count' expects int")]
    [InlineData("big: twelve", "'big' expects long")]
    [InlineData("ratio: fast", "'ratio' expects double")]
    [InlineData("price: $5", "'price' expects decimal")]
    [InlineData("stamp: yesterday", "'stamp' expects DateTime")]
    [InlineData("moment: 2024-13-01", "'moment' expects DateTimeOffset")]
    [InlineData("day: 2024-06-10 10:00", "'day' expects DateOnly")]
    [InlineData("duration: ninety minutes", "'duration' expects TimeSpan")]
    [InlineData("colour: blue", "'colour' expects Colour (one of Red, DarkGreen)")]
    [InlineData("link: \"http://[::1\"", "'link' expects Uri")]
    [InlineData("numbers: 5", "'numbers' expects a list of int")]
    [InlineData("numbers: [1, two]", "'numbers[1]' expects int")]
    [InlineData("address: Main St", "'address' expects a map for Address")]
    [InlineData("address: { floor: 2 }", "'street'")]
    [InlineData("addresses: [{ street: A, lift: true }]", "'lift' is not a property of Address")]
    [InlineData("flag: ", "'flag' expects bool (true or false), but found null")]
    public void A_value_of_the_wrong_type_fails_at_its_line_naming_what_was_expected(string yaml, string message)
    {
        var result = Run(TestPost.Entry("Things/bad.md", "note: fine\n" + yaml));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(message, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/project/Things/bad.md", error.Location.GetLineSpan().Path);
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.StartsWith("Entry.bad", StringComparison.Ordinal));
    }
}
