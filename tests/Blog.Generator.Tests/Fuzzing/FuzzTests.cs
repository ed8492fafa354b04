using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Blog.Generator.Tests.Infrastructure;
using CsCheck;
using Markdig;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Generator.Tests.Fuzzing;

/// <summary>
/// Property-based tests: posts built from hostile pieces either compile and hand back exactly what was written,
/// or produce located diagnostics. Never a crash, a hang, a C# error in generated code, or injected code.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Runs of the property; each run generates and compiles a batch of posts.</summary>
    private const int Iterations = 40;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static int roundTripped;
    private static int reported;
    private static readonly Dictionary<string, int> ReportedIds = [];

    private sealed record Case(string Title, string[] Tags, string Extra, string Body)
    {
        public string Text(int index) =>
            "---\n" +
            "title: " + AdversarialText.YamlQuoted(Title) + "\n" +
            "date: 2024-01-01\n" +
            "slug: post-" + index + "\n" +
            "tags: [" + string.Join(", ", Tags.Select(AdversarialText.YamlQuoted)) + "]\n" +
            "extra: " + AdversarialText.YamlQuoted(Extra) + "\n" +
            "---\n" + Body;
    }

    private static readonly Gen<Case> CaseGen = Gen.Select(
        AdversarialText.Text,
        AdversarialText.Text.Array[0, 3],
        AdversarialText.Text,
        AdversarialText.Body,
        (title, tags, extra, body) => new Case(title, tags, extra, body));

    [Fact]
    public void Hostile_posts_compile_and_round_trip_or_are_reported_where_they_are_wrong()
    {
        roundTripped = reported = 0;
        ReportedIds.Clear();
        CaseGen.Array[1, 6].Sample(Check, iter: Iterations, threads: 1);
        output.WriteLine($"{roundTripped + reported} generated posts in {Iterations} compilations: {roundTripped} compiled and round-tripped, {reported} reported with located diagnostics ({string.Join(", ", ReportedIds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value))}).");
    }

    private static void Check(Case[] cases)
    {
        var posts = cases.Select((c, i) => new TestPost($"Posts/post-{i}.md", c.Text(i))).ToArray();

        var result = new GeneratorHarness().Run(posts);

        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BLOG018");
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile, d.ToString()));
        Assert.Empty(result.CompilationDiagnostics);
        var blog = result.Load();
        Assert.DoesNotContain(blog.Assembly.GetTypes(), t => t.Name == "X");

        for (var i = 0; i < cases.Length; i++)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path.EndsWith($"/post-{i}.md", StringComparison.Ordinal)).ToList();
            var post = blog.FindBySlug("post-" + i);
            if (errors.Count > 0)
            {
                Assert.Null(post);
                reported++;
                foreach (var id in errors.Select(e => e.Id).Distinct())
                {
                    ReportedIds[id] = ReportedIds.GetValueOrDefault(id) + 1;
                }

                continue;
            }

            Assert.NotNull(post);
            var c = cases[i];
            Assert.Equal(c.Title, post.Title);
            Assert.Equal(c.Tags.Where(t => t.Trim().Length > 0).Select(t => t.Trim()).Distinct(), post.Tags);
            Assert.Equal(c.Extra, post.FrontMatter["extra"]);
            var expectedHtml = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Markdown.ToHtml(c.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), Pipeline)));
            Assert.Equal(expectedHtml, post.Html);
            roundTripped++;
        }
    }

    [Fact]
    public void A_multi_megabyte_body_with_long_lines_compiles_and_comes_back_byte_for_byte()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Lorem ipsum \"dolor\" sit amet, \\ consectetur */ adipiscing {elit}. ", 2_000));
        var body = string.Join("\n\n", Enumerable.Range(0, 24).Select(i => $"## Section {i}\n\n{paragraph}"));
        var post = TestPost.Create("2024-01-01-huge.md", "title: Huge", body);

        // 3.3 MB, and 2,000 '*/' left open in each paragraph: over the default BlogMaxPostSize (2 MB) and, by about half,
        // BlogMaxRenderCost (Markdig takes about a second on it). Both are raised here, as a project with such posts would.
        var result = new GeneratorHarness().With("BlogMaxPostSize", "8MB").With("BlogMaxRenderCost", "2000000000").Run(post);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var loaded = result.Load().FindBySlug("huge")!;
        Assert.True(loaded.HtmlUtf8.Length > 3_000_000, loaded.HtmlUtf8.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Encoding.UTF8.GetBytes(Markdown.ToHtml(body, Pipeline)), loaded.HtmlUtf8);
    }

    [Fact]
    public void Tabs_used_as_YAML_indentation_are_reported_at_the_tab()
    {
        var post = TestPost.Create("2024-01-01-tabs.md", "title: Tabs\ntags:\n\t- a");

        var result = new GeneratorHarness().Run(post);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG003", DiagnosticSeverity.Error, "Posts/2024-01-01-tabs.md", 4, 1);
    }
}
