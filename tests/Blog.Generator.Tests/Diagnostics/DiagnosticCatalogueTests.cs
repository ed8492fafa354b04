using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Diagnostics;

/// <summary>Each kind of bad post is reported with its id, severity and exact place, and generates nothing.</summary>
public sealed class DiagnosticCatalogueTests
{
    [Theory]
    [MemberData(nameof(BadPost.Cases), MemberType = typeof(BadPost))]
    public void Bad_post_is_reported_at_its_line_and_column_and_generates_nothing(BadPost bad)
    {
        var good = TestPost.Create("2024-01-01-good.md", "title: Good");

        var result = new GeneratorHarness().Run(good, new TestPost("Posts/" + bad.FileName, bad.Text));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, bad.Id, bad.Severity, "Posts/" + bad.FileName, bad.Line, bad.Column);
        Assert.Single(result.Diagnostics);
        Assert.NotEmpty(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, System.StringComparison.Ordinal);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal(["good"], result.Load().All.Select(p => p.Slug));
    }

    [Fact]
    public void Unknown_keys_are_warnings_only_when_the_project_asks_for_strict_front_matter()
    {
        var post = new TestPost("Posts/" + BadPost.UnknownKey.FileName, BadPost.UnknownKey.Text);

        Assert.Empty(new GeneratorHarness().Run(post).Diagnostics);
        var strict = new GeneratorHarness().With("BlogStrictFrontMatter", "true").Run(post);
        DiagnosticAssert.Single(strict.Diagnostics, "BLOG014", DiagnosticSeverity.Warning, "Posts/unknown-key.md", 4, 1);
        Assert.Single(strict.Load().All);
    }

    [Fact]
    public void A_link_to_a_Markdown_file_that_is_not_a_post_is_a_warning_at_the_link_and_the_post_is_kept()
    {
        var post = new TestPost("Posts/" + BadPost.LinkToNonPost.FileName, BadPost.LinkToNonPost.Text);

        var result = new GeneratorHarness().Run(post);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG021", DiagnosticSeverity.Warning, "Posts/broken-link.md", 5, 5);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(4, 38), diagnostic.Location.GetLineSpan().EndLinePosition);
        Assert.Contains("'../notes/todo.md#list'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("href=\"../notes/todo.md#list\"", Assert.Single(result.Load().All).Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_posts_with_one_slug_are_both_reported_at_their_slug_and_both_left_out()
    {
        var posts = BadPost.DuplicateSlugs.Select(p => new TestPost("Posts/" + p.FileName, p.Text)).ToArray();

        var result = new GeneratorHarness().Run(posts);

        foreach (var bad in BadPost.DuplicateSlugs)
        {
            DiagnosticAssert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith(bad.FileName, System.StringComparison.Ordinal), "Posts/" + bad.FileName, bad.Line, bad.Column);
        }

        Assert.All(result.Diagnostics, d => Assert.Equal("BLOG010", d.Id));
        Assert.Empty(result.Load().All);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains("same", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_Markdown_extension_is_reported_and_the_default_set_is_used()
    {
        var result = new GeneratorHarness().With("BlogMarkdownExtensions", "advanced+nosuchthing").Run(TestPost.Create("2024-01-01-p.md", "title: P"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG017", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Single(result.Load().All);
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_to_its_section_of_the_diagnostics_page_and_is_release_tracked()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));
        var unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "src", "Blog.Generator", "AnalyzerReleases.Unshipped.md"));

        var descriptors = typeof(PostsGenerator).Assembly.GetType("Blog.Generator.Diagnostics.DiagnosticDescriptors")!
            .GetFields()
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToList();

        Assert.Equal(48, descriptors.Count);
        foreach (var descriptor in descriptors)
        {
            var anchor = descriptor.Id.ToLowerInvariant();
            Assert.Equal("https://github.com/blog-generator/Blog.Generator/blob/main/docs/diagnostics.md#" + anchor, descriptor.HelpLinkUri);
            Assert.Contains($"<a id=\"{anchor}\"></a>", readme, System.StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " | Blog.Generator | " + descriptor.DefaultSeverity, unshipped, System.StringComparison.Ordinal);
        }
    }
}
