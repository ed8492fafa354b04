using System;
using System.Linq;
using System.Text;
using Blog.Generator.Rendering;
using Blog.Generator.Tests.Infrastructure;
using CsCheck;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>
/// C# fences are coloured by the compiler's own syntax (<see cref="CSharpClassifier"/>), with classes named as the
/// IDE's classifications. Snapshots show each span as <c>[class|text]</c>, so a review reads what got which class.
/// </summary>
public sealed class CSharpHighlightingTests
{
    [Theory]
    [InlineData("records", """
        namespace Shop.Orders;

        /// <summary>An order's <c>line</c>, priced.</summary>
        public sealed record OrderLine(string Sku, int Quantity, decimal Price)
        {
            public required string Currency { get; init; }

            public decimal Total => Quantity * Price;

            public string Label { get => field ?? Sku; set => field = value.Trim(); }
        }

        public readonly record struct Point(int X, int Y);

        file class Cache<TKey, TValue> where TKey : notnull where TValue : unmanaged
        {
            private readonly Dictionary<TKey, TValue> items = [];
            private const int Limit = 100;

            public event EventHandler? Changed;

            public bool TryGet(TKey key, out TValue value) => items.TryGetValue(key, out value);
        }
        """)]
    [InlineData("strings", """"
        var name = "Ada";
        var plain = "tab\there, quote \" and \u0041 and \x41";
        var path = @"C:\posts\""quoted""";
        var greeting = $"Hello, {name}! {{braces}} {DateTime.Now:yyyy-MM-dd}";
        var verbatim = $@"{name}\n";
        var raw = """
            <p class="intro">{not interpolated}</p>
            """;
        var json = $$"""{"name": "{{name}}"}""";
        ReadOnlySpan<byte> utf8 = "bytes"u8;
        char c = '\n';
        var number = 0x1F + 1_000 + 2.5e3 + 1m;
        """")]
    [InlineData("patterns", """
        static string Describe(object shape) => shape switch
        {
            Circle { Radius: > 10 } c => $"big circle {c.Radius}",
            Square s when s.Side is >= 1 and <= 5 or 7 => "small square",
            int[] and [var first, .., var last] => $"{first}..{last}",
            null => "nothing",
            not string => "something",
            _ => throw new ArgumentException(nameof(shape)),
        };

        async Task<int> CountAsync(IEnumerable<string> lines)
        {
            var count = 0;
            await foreach (var line in ReadAsync(lines))
            {
                if (line is { Length: 0 })
                {
                    continue;
                }

                count++;
            }

            dynamic loose = count;
            return count > 0 ? count : default;
        }

        var evens = from n in Enumerable.Range(0, 10) where n % 2 == 0 select n * n;
        """)]
    [InlineData("directives", """
        #nullable enable
        #region Helpers
        #if DEBUG
        Console.WriteLine("debug");
        #else
        Console.WriteLine("release");
        #endif
        #endregion
        /* A block comment */ int x = 1; // and a line one
        """)]
    [InlineData("members", """
        public int Count { get; private set; }

        public void Add(int amount) => Count += amount;
        """)]
    [InlineData("expression", """
        var posts = Posts.All;
        posts.Where(post => post.Tags.Contains("csharp")).Select(post => post.Title).ToList()
        """)]
    public void Modern_CSharp_is_classified_from_its_syntax(string name, string code)
    {
        var text = code.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

        var tokens = CSharpClassifier.Classify(text);

        Snapshot.MatchAs(Annotate(text, tokens), "CSharpClassification." + name, ".txt");
        Assert.All(tokens.Where(token => token.Kind == CodeTokenKind.Open), token => Assert.Contains(token.ClassName, CSharpClassifier.ClassNames));
    }

    [Fact]
    public void The_spans_cover_any_text_exactly_once_in_order() =>
        Gen.OneOfConst(
            "class", "record", "var", "value", "field", "nameof", "\"", "\"\"\"", "$\"", "@\"", "{", "}", "(", ")", "<", ">", "=>",
            "//", "/*", "*/", "///", "#if", "#endif", "\n", " ", "x", "1", "'", "\\", "u8", "🎉", "\ud800", "\u202E", ";", ".", "?", "!")
            .Array[0, 60]
            .Sample(parts =>
            {
                var code = string.Concat(parts);
                var tokens = CSharpClassifier.Classify(code);

                var covered = new StringBuilder();
                var depth = 0;
                foreach (var token in tokens)
                {
                    switch (token.Kind)
                    {
                        case CodeTokenKind.Open:
                            Assert.Equal(0, depth++);
                            break;
                        case CodeTokenKind.Close:
                            Assert.Equal(1, depth--);
                            break;
                        default:
                            Assert.True(token.Length > 0);
                            covered.Append(code, token.Start, token.Length);
                            break;
                    }
                }

                Assert.Equal(0, depth);
                Assert.Equal(code, covered.ToString());
                Assert.All(tokens.Where(token => token.Kind == CodeTokenKind.Open), token => Assert.Contains(token.ClassName, CSharpClassifier.ClassNames));
            }, iter: 3_000);

    [Fact]
    public void Code_the_compiler_fails_to_list_errors_for_is_still_coloured_and_checked_without_a_crash()
    {
        // Roslyn 5.9's GetDiagnostics throws ArgumentOutOfRangeException for this (found by the test above, seed 41lnoiB-kEo1).
        const string code = "$\"{\\//*\n";

        var tokens = CSharpClassifier.Classify(code);
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-p.md", "title: P", "```csharp check\n" + code + "```\n"));

        Assert.Equal(code, string.Concat(tokens.Where(token => token.Kind == CodeTokenKind.Text).Select(token => code.Substring(token.Start, token.Length))));
        // The parse as members of a type lists its errors, and they are reported at the fence's line.
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(("BLOG037", 4), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line)));
    }

    /// <summary>The code with each classified span written <c>[class|text]</c>.</summary>
    private static string Annotate(string code, System.Collections.Generic.List<CodeToken> tokens)
    {
        var builder = new StringBuilder();
        string? open = null;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case CodeTokenKind.Open:
                    open = token.ClassName;
                    break;
                case CodeTokenKind.Close:
                    open = null;
                    break;
                default:
                    var text = code.Substring(token.Start, token.Length);
                    builder.Append(open is null ? text : "[" + open + "|" + text + "]");
                    break;
            }
        }

        return builder.ToString();
    }
}
