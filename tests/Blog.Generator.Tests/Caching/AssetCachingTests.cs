using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Caching;

/// <summary>
/// Files beside the posts keep caching exact: replacing an image re-links only the posts that use it and re-renders
/// none, adding a missing one clears its post's diagnostic, and a post's text edit re-renders that post only.
/// </summary>
public sealed class AssetCachingTests
{
    private const string Cat = "Posts/images/cat.png\t1636\tynu8ahu0aq\tsha256-AAAA\t301\t157\t";
    private const string NewCat = "Posts/images/cat.png\t2048\tq1w2e3r4t5\tsha256-BBBB\t640\t480\t";
    private const string Dog = "Posts/images/dog.png\t99\tdogdogdog0\tsha256-CCCC\t10\t20\t";

    private static readonly TestPost UsesCat = TestPost.Create("2024-01-01-cat.md", "title: Cat", "![cat](images/cat.png)\n");
    private static readonly TestPost UsesDog = TestPost.Create("2024-01-02-dog.md", "title: Dog", "![dog](images/dog.png)\n");
    private static readonly TestPost Plain = TestPost.Create("2024-01-03-plain.md", "title: Plain", "No images.\n");

    private readonly Compilation compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }");

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static int Count(GeneratorRunResult result, string step, IncrementalStepRunReason reason) =>
        Reasons(result, step).Count(r => r == reason);

    private (GeneratorRunResult First, GeneratorRunResult Second) Run(TestPost before, TestPost after)
    {
        var driver = new GeneratorHarness().CreateDriver([UsesCat, UsesDog, Plain, before]).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation);
        return (first, driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void Replacing_an_image_re_links_the_post_that_uses_it_and_re_renders_no_post()
    {
        var (_, result) = Run(TestPost.AssetManifest(Cat, Dog), TestPost.AssetManifest(NewCat, Dog));

        Assert.Equal(0, Count(result, TrackingNames.ParsedPosts, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(result, TrackingNames.PostFilesPicked, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(result, TrackingNames.LinkedPosts, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(result, TrackingNames.PostRecords, IncrementalStepRunReason.Modified));
        var linked = result.TrackedSteps[TrackingNames.LinkedPosts].SelectMany(s => s.Outputs).Single(o => o.Reason == IncrementalStepRunReason.Modified);
        var post = (Models.ParsedPost)linked.Value;
        Assert.Equal("Posts/2024-01-01-cat.md", post.RelativePath);
        Assert.Contains("src=\"/Posts/images/cat.q1w2e3r4t5.png\" width=\"640\" height=\"480\"", post.Model!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_missing_image_clears_its_posts_diagnostic_without_re_rendering()
    {
        var (first, second) = Run(TestPost.AssetManifest(Cat), TestPost.AssetManifest(Cat, Dog));

        Assert.Single(first.Diagnostics, d => d.Id == "BLOG047" && d.GetMessage().Contains("images/dog.png", StringComparison.Ordinal));
        Assert.Empty(second.Diagnostics);
        Assert.Equal(0, Count(second, TrackingNames.ParsedPosts, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(second, TrackingNames.LinkedPosts, IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_a_posts_text_re_renders_and_re_links_that_post_only()
    {
        var before = TestPost.Create("2024-01-04-edited.md", "title: Edited", "![cat](images/cat.png) one.\n");
        var after = new TestPost(before.Path, before.Text.Replace("one.", "two.", StringComparison.Ordinal));
        var driver = new GeneratorHarness().CreateDriver([UsesCat, UsesDog, Plain, before, TestPost.AssetManifest(Cat, Dog)]).RunGenerators(compilation);

        var result = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(1, Count(result, TrackingNames.ParsedPosts, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(result, TrackingNames.LinkedPosts, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(result, TrackingNames.LinkedPosts, IncrementalStepRunReason.Cached));
    }
}
