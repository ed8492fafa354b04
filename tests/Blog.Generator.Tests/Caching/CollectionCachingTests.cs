using System;
using System.Linq;
using Blog.Generator.Tests.Collections;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Blog.Generator.Tests.Caching;

/// <summary>Collections cache like posts: an edit re-reads the file it touches, and only what depends on it.</summary>
public sealed class CollectionCachingTests
{
    private static readonly TestPost Jane = TestPost.Entry("Authors/jane.md", "name: Jane Doe", "Bio one.\n");
    private static readonly TestPost Sam = TestPost.Entry("Authors/sam.md", "name: Sam", "Bio two.\n");
    private static readonly TestPost Series = TestPost.Entry("Content/Series/s.md", "title: S\neditor: jane");
    private static readonly TestPost Post = TestPost.Create("2024-01-01-first.md", "title: First\nauthor: jane", "Body.\n");

    private readonly GeneratorHarness harness = new();

    private GeneratorRunResult RunTwice(string schemas, Func<GeneratorDriver, GeneratorDriver> edit, Func<Compilation, Compilation>? editCompilation = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(schemas, "namespace App { public static class Program { } }");
        var driver = harness.CreateDriver([Jane, Sam, Series, Post]).RunGenerators(compilation);
        driver = edit(driver).RunGenerators(editCompilation?.Invoke(compilation) ?? compilation);
        return driver.GetRunResult().Results.Single();
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static bool IsReused(IncrementalStepRunReason reason) => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    [Fact]
    public void Editing_one_entry_body_re_reads_that_entry_only_and_leaves_posts_and_references_cached()
    {
        var edited = new TestPost(Jane.Path, Jane.Text.Replace("Bio one.", "Bio one, edited.", StringComparison.Ordinal), isPost: false, isContent: true);

        var result = RunTwice(ContentModel.Schemas, driver => driver.ReplaceAdditionalText(Jane, edited));

        Assert.Equal(1, Reasons(result, TrackingNames.ParsedEntries).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, Reasons(result, TrackingNames.ParsedEntries).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Reasons(result, TrackingNames.ReferenceTargets), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(Reasons(result, TrackingNames.ParsedPosts), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(Reasons(result, TrackingNames.CollectionIndexes), r => Assert.True(IsReused(r), r.ToString()));
    }

    [Fact]
    public void Editing_C_sharp_outside_the_schemas_re_reads_nothing()
    {
        var result = RunTwice(
            ContentModel.Schemas,
            driver => driver,
            compilation => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public static class Other { } }", GeneratorHarness.ParseOptions)));

        Assert.All(Reasons(result, TrackingNames.Schemas), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(Reasons(result, TrackingNames.ParsedEntries), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(Reasons(result, TrackingNames.ParsedPosts), r => Assert.True(IsReused(r), r.ToString()));
    }

    [Fact]
    public void Adding_an_entry_re_resolves_references_but_without_a_post_schema_leaves_posts_cached()
    {
        var schemasWithoutPostSchema = ContentModel.Schemas.Replace("[PostFrontMatter]", string.Empty, StringComparison.Ordinal);
        var added = TestPost.Entry("Authors/kim.md", "name: Kim");

        var result = RunTwice(schemasWithoutPostSchema, driver => driver.AddAdditionalTexts([added]));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.ReferenceTargets));
        Assert.All(Reasons(result, TrackingNames.ParsedPosts), r => Assert.True(IsReused(r), r.ToString()));
    }

    [Fact]
    public void Moving_a_schema_class_down_the_file_re_reads_no_entry_and_no_post()
    {
        var result = RunTwice(
            ContentModel.Schemas,
            driver => driver,
            compilation =>
            {
                var schemaTree = compilation.SyntaxTrees.First();
                return compilation.ReplaceSyntaxTree(schemaTree, CSharpSyntaxTree.ParseText("// A comment above.\n\n" + ContentModel.Schemas, GeneratorHarness.ParseOptions));
            });

        // Re-read (Unchanged, not Cached) and found equal: the locations moved, the schema did not.
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, TrackingNames.Schemas));
        Assert.All(Reasons(result, TrackingNames.ParsedEntries), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(Reasons(result, TrackingNames.ParsedPosts), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(Reasons(result, TrackingNames.CollectionIndexes), r => Assert.True(IsReused(r), r.ToString()));
    }

    [Fact]
    public void Changing_a_schema_property_re_reads_the_entries_of_its_collection()
    {
        var result = RunTwice(
            ContentModel.Schemas,
            driver => driver,
            compilation =>
            {
                var schemaTree = compilation.SyntaxTrees.First();
                var changed = ContentModel.Schemas.Replace("public Uri? Website { get; init; }", "public string? Website { get; init; }", StringComparison.Ordinal);
                return compilation.ReplaceSyntaxTree(schemaTree, CSharpSyntaxTree.ParseText(changed, GeneratorHarness.ParseOptions));
            });

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Schemas));
        Assert.DoesNotContain(IncrementalStepRunReason.Cached, Reasons(result, TrackingNames.ParsedEntries));
    }
}
