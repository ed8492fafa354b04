using System;
using System.Linq;
using System.Reflection;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Collections;

/// <summary>
/// Collections declared in C#: entries from their folders, typed by their schema, listed by their static class, and
/// referring to each other by slug, resolved at compile time.
/// </summary>
public sealed class CollectionTests
{
    private static readonly TestPost Jane = TestPost.Entry("Authors/jane.md", "name: Jane Doe\nwebsite: https://jane.example/\nlinks: [mastodon, github]", "Jane writes about *compilers*.\n");
    private static readonly TestPost Sam = TestPost.Entry("Authors/sam-lee.md", "name: Sam Lee");
    private static readonly TestPost Compilers = TestPost.Entry(
        "Content/Series/compilers.md",
        "title: Compilers from scratch\neditor: jane\ncontributors: [sam-lee, jane]\nstarted_on: 2024-03-01\nlevel: very-advanced");
    private static readonly TestPost Lexing = TestPost.Create("2024-03-02-lexing.md", "title: Lexing\nauthor: sam-lee\nseries: compilers\nrating: 5");
    private static readonly TestPost Plain = TestPost.Create("2024-03-03-plain.md", "title: Plain");

    private static GenerationResult Run(params TestPost[] files) =>
        new GeneratorHarness().Run(files, ContentModel.Schemas, ContentModel.Probe);

    private static string Probe(GenerationResult result, string method) =>
        (string)result.Load().Assembly.GetType("TestBlog.Probe", throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;

    [Fact]
    public void Two_collections_a_post_schema_and_references_compile_into_typed_entries()
    {
        var result = Run(Jane, Sam, Compilers, Lexing, Plain);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal(
            "jane=Jane Doe|https://jane.example/|mastodon,github|Authors/jane.md|<p>Jane writes about <em>compilers</em>.</p>; sam-lee=Sam Lee|||Authors/sam-lee.md|",
            Probe(result, "Authors"));
        Assert.Equal("compilers=Compilers from scratch|Jane Doe|sam-lee,jane|2024-03-01|VeryAdvanced", Probe(result, "Series"));
        Assert.Equal("lexing=Sam Lee|Compilers from scratch|5; plain=||3", Probe(result, "Posts"));
        Assert.True((bool)result.Load().Assembly.GetType("TestBlog.Probe")!.GetMethod("SameInstance")!.Invoke(null, null)!);
    }

    [Fact]
    public void The_static_class_has_a_member_per_entry_and_finds_by_slug()
    {
        var assembly = Run(Jane, Sam, Compilers).Load().Assembly;
        var authors = assembly.GetType("TestBlog.Content.Authors", throwOnError: true)!;

        var members = authors.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name).Order().ToArray();
        Assert.Equal(["All", "Jane", "SamLee"], members);
        Assert.NotNull(authors.GetMethod("FindBySlug")!.Invoke(null, ["sam-lee"]));
        Assert.Null(authors.GetMethod("FindBySlug")!.Invoke(null, ["nobody"]));
        Assert.NotNull(assembly.GetType("TestBlog.Content.AllSeries", throwOnError: true));
    }

    [Fact]
    public void After_a_hot_reload_edit_the_entries_are_built_again_by_the_handler_the_assembly_registers()
    {
        var result = Run(Jane, Sam, Compilers);
        var assembly = result.Load().Assembly;
        var authors = assembly.GetType("TestBlog.Content.Authors", throwOnError: true)!;
        var handler = authors.GetNestedType("HotReload", BindingFlags.NonPublic)!;
        object CurrentJane() => authors.GetProperty("Jane")!.GetValue(null)!;

        var before = CurrentJane();
        Assert.Same(before, CurrentJane());
        Assert.Same(before, authors.GetMethod("FindBySlug")!.Invoke(null, ["jane"]));
        handler.GetMethod("ClearCache")!.Invoke(null, [null]);
        var after = CurrentJane();

        // Built again (as they would be from edited data), and one instance again everywhere.
        Assert.NotSame(before, after);
        Assert.Same(after, ((System.Collections.IEnumerable)authors.GetProperty("All")!.GetValue(null)!).Cast<object>().First());
        Assert.Same(after, authors.GetMethod("FindBySlug")!.Invoke(null, ["jane"]));
        // The runtime calls it through this attribute (under NET6_0_OR_GREATER, which the test compilation does not define).
        Assert.Contains("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::TestBlog.Content.Authors.HotReload))]", result.Source("Collection.TestBlog.Content.Authors.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_missing_entry_is_an_error_at_its_value_and_the_post_is_not_emitted()
    {
        var post = TestPost.Create("2024-03-04-orphan.md", "title: Orphan\nauthor: jnae");

        var result = Run(Jane, Sam, Compilers, post);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG025", DiagnosticSeverity.Error, "Posts/2024-03-04-orphan.md", 3, 9);
        Assert.Contains("'jnae' is not an entry of Authors", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("jane", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains("orphan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_between_collections_to_a_missing_entry_is_an_error_in_the_entry_file()
    {
        var series = TestPost.Entry("Content/Series/parsing.md", "title: Parsing\neditor: nobody");

        var result = Run(Jane, series);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG025", DiagnosticSeverity.Error, "Content/Series/parsing.md", 3, 9);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains("parsing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_naming_both_types_and_the_entry_is_left_out()
    {
        var bad = TestPost.Entry("Content/Series/bad.md", "title: Bad\neditor: jane\nstarted_on: soon");

        var result = Run(Jane, Sam, Compilers, bad);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG022", DiagnosticSeverity.Error, "Content/Series/bad.md", 4, 13);
        Assert.Contains("'started_on' expects DateOnly", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("soon", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains(".bad.", StringComparison.Ordinal));
        Assert.Contains("Compilers", result.Source("Collection.TestBlog.Content.AllSeries.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Bad", result.Source("Collection.TestBlog.Content.AllSeries.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_key_is_an_error_on_the_first_line()
    {
        var result = Run(TestPost.Entry("Authors/anon.md", "website: https://x.example/"));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG023", DiagnosticSeverity.Error, "Authors/anon.md", 1, 1);
        Assert.Contains("'name'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_the_key()
    {
        var result = Run(TestPost.Entry("Authors/typo.md", "name: T\nwebsiet: https://x.example/"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG024", DiagnosticSeverity.Error, "Authors/typo.md", 3, 1);
    }

    [Fact]
    public void A_post_key_outside_the_post_schema_and_Jekyll_is_an_error_but_Jekyll_keys_are_not()
    {
        var post = TestPost.Create("2024-03-05-extra.md", "title: Extra\nlayout: post\npermalink: /x/\ntags: [a]\nmood: happy");

        var result = Run(post);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG024", DiagnosticSeverity.Error, "Posts/2024-03-05-extra.md", 6, 1);
    }

    [Fact]
    public void Two_entries_with_one_slug_are_errors_on_both_and_neither_is_emitted()
    {
        var first = TestPost.Entry("Authors/team-a/kim.md", "name: Kim A");
        var second = TestPost.Entry("Authors/team-b/kim.md", "name: Kim B");

        var result = Run(first, second, Jane);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "BLOG027"));
        Assert.Empty(result.CompilationDiagnostics);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.StartsWith("Entry.kim", StringComparison.Ordinal));
        Assert.Equal("jane=Jane Doe|https://jane.example/|mastodon,github|Authors/jane.md|<p>Jane writes about <em>compilers</em>.</p>", Probe(result, "Authors"));
    }

    [Fact]
    public void Markdown_outside_every_collection_folder_is_never_read()
    {
        var stray = new TestPost("docs/notes.md", "not front matter at all\n", isPost: false, isContent: true);

        var result = Run(Jane, stray);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_collection_folder_inside_the_posts_folder_takes_its_files_from_the_posts()
    {
        var schema = """
            /// <summary>A page.</summary>
            [Blog.Generator.Collection("Posts/pages")]
            public partial class Page
            {
                /// <summary>Heading.</summary>
                public required string Heading { get; init; }
            }
            """;
        var page = new TestPost("Posts/pages/about.md", "---\nheading: About\n---\nAbout us.\n");

        var result = new GeneratorHarness().Run([page, Plain], schema);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Plain"], result.Load().All.Select(p => p.Title));
        Assert.Contains("EntryData_about_", string.Join(" ", result.Sources.Keys.Select(k => result.Sources[k])), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_schema_nothing_of_collections_is_generated_and_posts_have_no_Data()
    {
        var result = new GeneratorHarness().Run(Plain);

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.StartsWith("Collection.", StringComparison.Ordinal) || hint.StartsWith("Schema.", StringComparison.Ordinal) || hint == "Post.Data.g.cs");
        Assert.Null(result.Load().Assembly.GetType("TestBlog.Post")!.GetProperty("Data"));
    }

    private const string PageTree = """
        /// <summary>A page.</summary>
        [Blog.Generator.Collection("Pages")]
        public partial class Page
        {
            /// <summary>Heading.</summary>
            public required string Heading { get; init; }

            /// <summary>The page above this one.</summary>
            public Page? Parent { get; init; }

            /// <summary>Pages worth reading next.</summary>
            public Page[] SeeAlso { get; init; } = [];
        }

        /// <summary>Test access point.</summary>
        public static class TreeProbe
        {
            /// <summary>Each page with its parent and see-also.</summary>
            public static string Run() => string.Join("; ", System.Linq.Enumerable.Select(Pages.All, p => p.Slug + "<" + p.Parent?.Slug + "|" + string.Join(",", System.Linq.Enumerable.Select(p.SeeAlso, s => s.Slug))));
        }
        """;

    [Fact]
    public void Entries_may_refer_to_entries_of_their_own_collection_when_no_reference_leads_back()
    {
        var result = new GeneratorHarness().Run(
            [
                TestPost.Entry("Pages/home.md", "heading: Home"),
                TestPost.Entry("Pages/about.md", "heading: About\nparent: home"),
                TestPost.Entry("Pages/team.md", "heading: Team\nparent: about\nsee_also: [home, about]"),
            ],
            PageTree);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal("about<home|; home<|; team<about|home,about", (string)result.Load().Assembly.GetType("TreeProbe")!.GetMethod("Run")!.Invoke(null, null)!);
    }

    [Fact]
    public void Entries_referring_to_each_other_in_a_cycle_are_errors_naming_the_cycle_and_are_not_emitted()
    {
        var result = new GeneratorHarness().Run(
            [
                TestPost.Entry("Pages/a.md", "heading: A\nparent: b"),
                TestPost.Entry("Pages/b.md", "heading: B\nsee_also: [c]"),
                TestPost.Entry("Pages/c.md", "heading: C\nparent: a"),
                TestPost.Entry("Pages/self.md", "heading: Self\nparent: self"),
                TestPost.Entry("Pages/fine.md", "heading: Fine"),
            ],
            PageTree);

        var cycles = result.Diagnostics.Where(d => d.Id == "BLOG028").Select(d => d.GetMessage()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, cycles.Count);
        Assert.StartsWith("Pages/a.md is part of a cycle of references (a → b → c → a)", cycles[0], StringComparison.Ordinal);
        Assert.StartsWith("Pages/self.md is part of a cycle of references (self → self)", cycles[3], StringComparison.Ordinal);
        DiagnosticAssert.Single(result.Diagnostics, d => d.Id == "BLOG028" && d.GetMessage().StartsWith("Pages/b.md", StringComparison.Ordinal), "Pages/b.md", 3, 12);
        Assert.Equal(["Entry.fine"], result.Sources.Keys.Where(k => k.StartsWith("Entry.", StringComparison.Ordinal)).Select(k => k[..k.IndexOf('.', 6)]));
    }

    [Fact]
    public void A_file_referring_to_an_entry_that_is_not_generated_is_an_error_and_is_left_out_down_the_chain()
    {
        var badAuthor = TestPost.Entry("Authors/bad.md", "name: [not, text]");
        var series = TestPost.Entry("Content/Series/broken.md", "title: Broken\neditor: bad");
        var post = TestPost.Create("2024-03-06-cascade.md", "title: Cascade\nseries: broken");

        var result = Run(Jane, badAuthor, series, post, Plain);

        DiagnosticAssert.Single(result.Diagnostics, "BLOG022", DiagnosticSeverity.Error, "Authors/bad.md", 2, 7);
        DiagnosticAssert.Single(result.Diagnostics, d => d.Id == "BLOG029" && d.GetMessage().Contains("Authors/bad.md", StringComparison.Ordinal), "Content/Series/broken.md", 3, 9);
        DiagnosticAssert.Single(result.Diagnostics, d => d.Id == "BLOG029" && d.GetMessage().Contains("Content/Series/broken.md", StringComparison.Ordinal), "Posts/2024-03-06-cascade.md", 3, 9);
        Assert.Equal(3, result.Diagnostics.Count);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal(["Plain"], result.Load().All.Select(p => p.Title));
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains("broken", StringComparison.Ordinal) || hint.Contains("cascade", StringComparison.Ordinal));
    }

    [Fact]
    public void An_internal_schema_compiles_with_internal_generated_members()
    {
        var result = new GeneratorHarness().Run(
            [Jane, Sam, Compilers, Lexing],
            ContentModel.Schemas.Replace("public partial class", "internal partial class", StringComparison.Ordinal).Replace("public enum", "internal enum", StringComparison.Ordinal));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("internal string Slug { get; init; }", result.Source("Schema.TestBlog.Content.Author.g.cs"), StringComparison.Ordinal);
        Assert.Contains("internal global::TestBlog.Content.PostMeta Data { get; init; }", result.Source("Post.Data.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_slug_is_its_file_name_made_URL_safe_so_any_file_name_gives_a_valid_member()
    {
        var result = Run(
            TestPost.Entry("Authors/Odd Name.md", "name: Odd"),
            TestPost.Entry("Authors/2024.notes.md", "name: Notes"),
            TestPost.Entry("Authors/日本.md", "name: Nothing URL-safe"),
            TestPost.Create("2024-03-07-odd.md", "title: Odd\nauthor: odd-name"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG009", DiagnosticSeverity.Error, "Authors/日本.md", 1, 1);
        Assert.Empty(result.CompilationDiagnostics);
        var authors = result.Load().Assembly.GetType("TestBlog.Content.Authors", throwOnError: true)!;
        Assert.Equal(["OddName", "_2024Notes"], authors.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name).Where(n => n != "All").Order(StringComparer.Ordinal).ToArray());
        Assert.NotNull(authors.GetMethod("FindBySlug")!.Invoke(null, ["2024-notes"]));
    }
}
