using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Caching;

/// <summary>
/// Jekyll mode caches as the default mode does: a post's edit re-reads that post only; an edit to a site file
/// (<c>_config.yml</c>, an include) re-reads the posts, which may all use it; editing nothing re-reads nothing.
/// </summary>
public sealed class JekyllCachingTests
{
    private static readonly TestPost Config = TestPost.JekyllSiteFile("_config.yml", "config", "title: Site\nurl: https://blog.example.org\n");
    private static readonly TestPost Note = TestPost.JekyllSiteFile("_includes/note.html", "include", "<aside>{{ include.text }}</aside>\n");
    private static readonly TestPost First = new("_posts/2024-01-01-first.md", "---\ntitle: First\n---\n{% include note.html text=\"hi\" %}\n\nOne.\n");
    private static readonly TestPost Second = new("_posts/2024-01-02-second.md", "---\ntitle: Second\n---\nTwo on {{ site.title }}.\n");

    private readonly GeneratorHarness harness = new GeneratorHarness().With("BlogCompatibility", "jekyll");
    private readonly Compilation compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }");

    private GeneratorRunResult RunTwice(Func<GeneratorDriver, GeneratorDriver> edit)
    {
        var driver = harness.CreateDriver([Config, Note, First, Second]).RunGenerators(compilation);
        driver = edit(driver).RunGenerators(compilation);
        return driver.GetRunResult().Results.Single();
    }

    private static string[] PostsReRead(GeneratorRunResult result) =>
        result.TrackedSteps[TrackingNames.ParsedPosts]
            .Where(step => step.Outputs.Any(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
            .Select(step => ((Models.ParsedPost)step.Outputs[0].Value).RelativePath)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void Editing_one_post_re_reads_that_post_only_and_the_site_stays_cached()
    {
        var edited = new TestPost(Second.Path, Second.Text.Replace("Two on", "Two, edited, on", StringComparison.Ordinal));

        var result = RunTwice(driver => driver.ReplaceAdditionalText(Second, edited));

        Assert.Equal(["_posts/2024-01-02-second.md"], PostsReRead(result));
        Assert.All(Reasons(result, TrackingNames.JekyllSite), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void Editing_an_include_re_reads_the_posts_and_changes_the_page_that_uses_it()
    {
        var edited = TestPost.JekyllSiteFile(Note.Path.Substring(TestPost.ProjectDirectory.Length + 1), "include", "<aside class=\"edited\">{{ include.text }}</aside>\n");

        var result = RunTwice(driver => driver.ReplaceAdditionalText(Note, edited));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.JekyllSite));
        // Both posts are read again (either may include it); the one that does changes, the other's model is equal.
        var reasons = result.TrackedSteps[TrackingNames.ParsedPosts]
            .SelectMany(step => step.Outputs)
            .Select(output => (((Models.ParsedPost)output.Value).RelativePath, output.Reason))
            .OrderBy(pair => pair.RelativePath, StringComparer.Ordinal);
        Assert.Equal([("_posts/2024-01-01-first.md", IncrementalStepRunReason.Modified), ("_posts/2024-01-02-second.md", IncrementalStepRunReason.Unchanged)], reasons);
    }

    [Fact]
    public void Running_again_with_no_edit_re_reads_nothing()
    {
        var result = RunTwice(driver => driver);

        Assert.Empty(PostsReRead(result));
        Assert.All(Reasons(result, TrackingNames.JekyllSite), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }
}
