using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Blog.Generator.Tests.Caching;

/// <summary>The pipeline's caching, read from the tracked steps of a second run after each kind of edit.</summary>
public sealed class IncrementalTests
{
    private static readonly TestPost First = TestPost.Create("2024-01-01-first.md", "title: First\ntags: [a]", "Body one.\n");
    private static readonly TestPost Second = TestPost.Create("2024-01-02-second.md", "title: Second\ntags: [a, b]", "Body two.\n");
    private static readonly TestPost Third = TestPost.Create("2024-01-03-third.md", "title: Third", "Body three, after [the first](2024-01-01-first.md).\n");

    private readonly GeneratorHarness harness = new();
    private readonly Compilation compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }");

    private GeneratorRunResult RunTwice(Func<GeneratorDriver, GeneratorDriver> edit, Func<Compilation, Compilation>? editCompilation = null)
    {
        var driver = harness.CreateDriver([First, Second, Third]).RunGenerators(compilation);
        driver = edit(driver).RunGenerators(editCompilation?.Invoke(compilation) ?? compilation);
        return driver.GetRunResult().Results.Single();
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static string[] PostsReRendered(GeneratorRunResult result) =>
        result.TrackedSteps[TrackingNames.ParsedPosts]
            .Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
            .Select(s => ((Models.ParsedPost)s.Outputs[0].Value).RelativePath)
            .ToArray();

    [Fact]
    public void Editing_one_post_body_re_renders_that_post_only_and_leaves_the_index_cached()
    {
        var edited = new TestPost(Second.Path, Second.Text.Replace("Body two.", "Body two, edited.", StringComparison.Ordinal));

        var result = RunTwice(driver => driver.ReplaceAdditionalText(Second, edited));

        Assert.Equal(["Posts/2024-01-02-second.md"], PostsReRendered(result));
        Assert.Equal(1, Reasons(result, TrackingNames.PostModels).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, Reasons(result, TrackingNames.PostModels).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.IndexRows));
        Assert.All(Reasons(result, TrackingNames.Index), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // One post's chunk is made again, and of the 256 buckets only the one holding it changes.
        Assert.Equal(1, Reasons(result, TrackingNames.PostRecords).Count(r => r == IncrementalStepRunReason.Modified));
        var buckets = Reasons(result, TrackingNames.PostBuckets);
        Assert.Equal(256, buckets.Length);
        Assert.Equal(1, buckets.Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_one_post_title_regenerates_the_index_and_leaves_other_posts_cached()
    {
        var edited = new TestPost(Second.Path, Second.Text.Replace("title: Second", "title: Second, renamed", StringComparison.Ordinal));

        var result = RunTwice(driver => driver.ReplaceAdditionalText(Second, edited));

        Assert.Equal(["Posts/2024-01-02-second.md"], PostsReRendered(result));
        Assert.Equal(1, Reasons(result, TrackingNames.IndexRows).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Index));
    }

    [Fact]
    public void Editing_one_post_tags_updates_related_posts_in_the_index_and_re_renders_no_other_post()
    {
        var edited = new TestPost(Third.Path, Third.Text.Replace("title: Third", "title: Third\ntags: [b]", StringComparison.Ordinal));
        var driver = harness.CreateDriver([First, Second, Third]).RunGenerators(compilation);
        var before = Index(driver);

        driver = driver.ReplaceAdditionalText(Third, edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(["Posts/2024-01-03-third.md"], PostsReRendered(result));
        Assert.Equal(2, Reasons(result, TrackingNames.PostModels).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Index));
        Assert.NotEqual(before, Index(driver));
        Assert.Equal([1, 0, 2, 1], GeneratedText.RelatedPositions(Index(driver), posts: 3));
    }

    [Fact]
    public void Editing_one_post_body_leaves_related_and_neighbouring_posts_in_the_index_unchanged()
    {
        var edited = new TestPost(Second.Path, Second.Text.Replace("Body two.", "Body two, edited.", StringComparison.Ordinal));
        var driver = harness.CreateDriver([First, Second, Third]).RunGenerators(compilation);
        var before = Index(driver);

        driver = driver.ReplaceAdditionalText(Second, edited).RunGenerators(compilation);

        Assert.Equal(before, Index(driver));
        Assert.Equal([2, 1], GeneratedText.RelatedPositions(before, posts: 3));
    }

    private static string Index(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Posts.g.cs").SourceText.ToString();

    [Fact]
    public void Editing_the_body_of_a_linked_post_re_renders_it_only_and_leaves_the_link_map_unchanged()
    {
        var edited = new TestPost(First.Path, First.Text.Replace("Body one.", "Body one, edited.", StringComparison.Ordinal));

        var result = RunTwice(driver => driver.ReplaceAdditionalText(First, edited));

        Assert.Equal(["Posts/2024-01-01-first.md"], PostsReRendered(result));
        Assert.All(Reasons(result, TrackingNames.LinkMap), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains("/posts/first", GeneratedText.Readable(Assert.Single(result.GeneratedSources, s => s.SourceText.ToString().Contains(":Posts/2024-01-03-third.md\n", StringComparison.Ordinal)).SourceText.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_linked_post_slug_re_renders_the_posts_that_may_link_to_it()
    {
        var edited = new TestPost(First.Path, First.Text.Replace("title: First", "title: First\nslug: one", StringComparison.Ordinal));

        var result = RunTwice(driver => driver.ReplaceAdditionalText(First, edited));

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.LinkMap));
        Assert.Contains("/posts/one", GeneratedText.Readable(Assert.Single(result.GeneratedSources, s => s.SourceText.ToString().Contains(":Posts/2024-01-03-third.md\n", StringComparison.Ordinal)).SourceText.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_cs_file_runs_no_post_step()
    {
        var result = RunTwice(
            driver => driver,
            c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public static class Other { } }", GeneratorHarness.ParseOptions)));

        foreach (var step in new[] { TrackingNames.PostFiles, TrackingNames.LinkTargets, TrackingNames.LinkMap, TrackingNames.ParsedPosts, TrackingNames.PostModels, TrackingNames.IndexRows, TrackingNames.Index })
        {
            Assert.All(Reasons(result, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_symbol_or_syntax()
    {
        var driver = harness.CreateDriver([First, Second, Third]).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        foreach (var (name, runs) in steps)
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or Diagnostic,
            $"Step {step} holds a {value.GetType().Name}, which defeats caching.");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
            {
                continue;
            }

            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
