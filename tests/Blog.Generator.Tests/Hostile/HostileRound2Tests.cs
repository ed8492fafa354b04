using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Tests.Jekyll;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Issue 32's hostile posts, each built beside a good post: every one is read without a stack overflow and either
/// builds as its author meant or stops at a bound with a located error naming it, while the good post builds. How long
/// each takes, before and after, is measured by the benchmarks' <c>hostile2</c> command, not here.
/// </summary>
public sealed class HostileRound2Tests
{
    private const string BadJekyll = "_posts/2024-01-01-bad.md";

    private const string BadPost = "Posts/2024-01-01-bad.md";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static GenerationResult Jekyll(string body, params TestPost[] more)
    {
        var good = new TestPost("_posts/2024-05-06-good.md", "---\ntitle: Good\n---\nGood {{ \"post\" | upcase }}.\n");
        var result = JekyllCorpus.Harness().Run([new TestPost(BadJekyll, "---\ntitle: Bad\n---\n" + body), good, .. more], []);
        AssertGoodBuilt(result, "Good POST.");
        return result;
    }

    private static GenerationResult Markdown(string body, GeneratorHarness? harness = null)
    {
        var good = new TestPost("Posts/2024-05-06-good.md", "---\ntitle: Good\n---\nGood *post*.\n");
        var result = (harness ?? new GeneratorHarness().WithoutStepTracking()).Run([new TestPost(BadPost, "---\ntitle: Bad\n---\n" + body), good], []);
        AssertGoodBuilt(result, "Good <em>post</em>.");
        return result;
    }

    private static void AssertGoodBuilt(GenerationResult result, string html)
    {
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains(html, Assert.Single(result.Load().All, post => post.Title == "Good").Html, StringComparison.Ordinal);
    }

    private static Diagnostic Only(GenerationResult result, string file, string id, int line, int column)
    {
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("/" + file, StringComparison.Ordinal), file, line, column);
        Assert.Equal(id, diagnostic.Id);
        return diagnostic;
    }

    private static string BadHtml(GenerationResult result) => Assert.Single(result.Load().All, post => post.Title == "Bad").Html;

    [Fact]
    public void A_condition_of_100_000_ors_is_read_and_evaluated_in_a_loop()
    {
        var result = Jekyll("{% if false" + Repeat(" or false", 100_000) + " or true %}yes{% endif %}{% if true" + Repeat(" and true", 1_000) + " and false %}no{% endif %}\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith(BadJekyll, StringComparison.Ordinal));
        Assert.Equal("<p>yes</p>\n", BadHtml(result));
    }

    [Theory]
    [InlineData("false or true and false", "")]
    [InlineData("true or false and false", "x")]
    [InlineData("false and true or true", "")]
    [InlineData("true and false or true", "x")]
    public void Conditions_group_from_the_right_without_precedence_as_Liquid_does(string condition, string expected)
    {
        // Liquid: a or b and c is a or (b and c); a and b or c is a and (b or c).
        var result = Jekyll("[{% if " + condition + " %}x{% endif %}]\n");

        Assert.Equal("<p>[" + expected + "]</p>\n", BadHtml(result));
    }

    [Fact]
    public void An_include_with_50_000_parameters_reads_them_all()
    {
        var result = Jekyll(
            "{% include p.html" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $" a{i}=\"{i}\"")) + " %}\n",
            TestPost.JekyllSiteFile("_includes/p.html", "include", "{{ include.a0 }} {{ include.a49999 }}"));

        Assert.Equal("<p>0 49999</p>\n", BadHtml(result));
    }

    [Fact]
    public void A_range_ending_at_the_integer_limit_ends()
    {
        var result = Jekyll("{% for i in (9223372036854775805..9223372036854775807) %}{{ i }} {% endfor %}\n");

        Assert.Equal("<p>9223372036854775805 9223372036854775806 9223372036854775807</p>\n", BadHtml(result));
    }

    [Fact]
    public void A_range_across_the_whole_integer_line_is_refused_by_its_count()
    {
        var result = Jekyll("{% for i in (-9223372036854775808..9223372036854775807) %}{{ i }}{% endfor %}\n");

        Assert.Contains("18,446,744,073,709,551,616 numbers", Only(result, BadJekyll, "BLOG042", 4, 13).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_doubled_by_push_stops_at_the_value_size()
    {
        var result = Jekyll("{% assign a = \"ab\" | split: \"\" %}{% for i in (1..40) %}{% assign a = a | push: a %}{% endfor %}{{ a | jsonify | size }}\n");

        Assert.Contains("characters and items (four times BlogMaxPostSize)", Only(result, BadJekyll, "BLOG042", 4, 74).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_nested_100_000_deep_stops_at_the_depth_bound()
    {
        var result = Jekyll("{% assign e = \"\" | split: \",\" %}{% assign a = e %}{% for i in (1..100000) %}{% assign a = e | push: a %}{% endfor %}{{ a | inspect }}\n");

        Assert.Contains("more than 100 deep", Only(result, BadJekyll, "BLOG042", 4, 95).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sorting_a_large_array_in_a_loop_stops_at_the_work_budget()
    {
        var result = Jekyll("{% assign s = (1..100000) | join: \",\" | split: \",\" %}{% for i in (1..100000) %}{% assign t = s | sort | uniq %}{% endfor %}\n");

        Assert.Contains("walks and builds more than 50,000,000 characters and items", Only(result, BadJekyll, "BLOG042", 4, 98).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_of_loops_broken_out_of_late_stops_at_the_work_budget()
    {
        var result = Jekyll("{% for a in (1..100000) %}{% for b in (1..100000) %}{% break %}{% endfor %}{% endfor %}\n");

        Assert.Contains("walks and builds more than", Only(result, BadJekyll, "BLOG042", 4, 39).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_of_contents_past_20_000_entries_are_left_as_lists()
    {
        var result = Jekyll(Repeat("* toc\n{:toc}\n\n", 20) + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"## H{i}\n\n")));

        Assert.Contains("this {:toc} and the 9 after it would take the post's tables of contents past 20,000 entries", Only(result, BadJekyll, "BLOG041", 4 + (10 * 3), 1).GetMessage(), StringComparison.Ordinal);
        Assert.Equal(10, BadHtml(result).Split("id=\"markdown-toc\"").Length - 1);
    }

    [Fact]
    public void An_attribute_list_of_200_000_classes_is_read_in_one_pass()
    {
        var result = Jekyll("Text\n{: " + string.Concat(Enumerable.Range(0, 200_000).Select(i => $".c{i} ")) + "}\n");

        Assert.StartsWith("<p class=\"c0 c1 c2 ", BadHtml(result), StringComparison.Ordinal);
        Assert.Contains(" c199999\">Text</p>", BadHtml(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_attribute_definition_referenced_everywhere_stops_copying_at_the_bound()
    {
        var result = Jekyll("{:big: " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $".c{i} ")) + "}\n\n" + Repeat("Text\n{: big}\n\n", 40));

        Assert.Contains("would copy more than 200,000 classes and attributes in all; 'big' is left out here, and every reference after it", Only(result, BadJekyll, "BLOG041", 6 + (20 * 3) + 1, 1).GetMessage(), StringComparison.Ordinal);
        Assert.Equal(20, BadHtml(result).Split("class=\"c0 ").Length - 1);
    }

    [Fact]
    public void Ten_thousand_headings_with_one_id_are_refused_by_the_render_estimate_at_the_first()
    {
        var result = Markdown("Intro.\n\n" + Repeat("## Setup\n\n", 10_000));

        Assert.Contains("10,000 headings would share the id 'setup'", Only(result, BadPost, "BLOG035", 6, 1).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_headings_with_one_id_build_with_Markdigs_ids()
    {
        var result = Markdown(Repeat("## Setup\n\n", 200));

        var html = BadHtml(result);
        Assert.Contains("<h2 id=\"setup\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"setup-199\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Jekyll_mode_headings_with_one_id_cost_nothing_extra()
    {
        // kramdown's ids are given in one pass (KramdownExtension), so the estimate does not count Markdig's tries.
        var result = Jekyll(Repeat("## Setup\n\n", 10_000));

        Assert.Contains("<h2 id=\"setup-9999\">", BadHtml(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_usings_namespace_of_50_000_parts_is_a_located_fence_warning_not_a_stack_overflow()
    {
        var result = Markdown("```csharp compile usings=" + string.Join(".", Enumerable.Repeat("N", 50_000)) + "\nvar x = 1;\n```\n", new GeneratorHarness().WithoutStepTracking().With("BlogCheckCSharp", "compile"));

        Assert.Contains("in usings= is longer than a namespace may be here (32 parts, 512 characters)", Only(result, BadPost, "BLOG040", 4, 1).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_named_like_its_collection_s_class_gets_a_member_that_compiles()
    {
        const string Schema = """
            namespace TestBlog.Content;

            /// <summary>A person who writes.</summary>
            [Blog.Generator.Collection("Authors")]
            public partial class Author
            {
                /// <summary>Full name.</summary>
                public required string Name { get; init; }
            }

            /// <summary>A page.</summary>
            [Blog.Generator.Collection("Pages", ClassName = "SitePages")]
            public partial class Page
            {
                /// <summary>Heading.</summary>
                public required string Heading { get; init; }
            }
            """;

        var result = new GeneratorHarness().Run(
            [TestPost.Entry("Authors/authors.md", "name: Self"), TestPost.Entry("Authors/author.md", "name: Other"), TestPost.Entry("Pages/site-pages.md", "heading: Self")],
            Schema);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var assembly = result.Load().Assembly;
        Assert.NotNull(assembly.GetType("TestBlog.Content.Authors")!.GetProperty("Authors_"));
        Assert.NotNull(assembly.GetType("TestBlog.Content.Authors")!.GetProperty("Author"));
        Assert.NotNull(assembly.GetType("TestBlog.Content.SitePages")!.GetProperty("SitePages_"));
    }

    [Fact]
    public void A_slug_longer_than_200_characters_is_refused_with_a_short_message()
    {
        var slug = new string('a', 201);

        var refused = new GeneratorHarness().Run(TestPost.Create("2024-01-01-x.md", "title: T\nslug: " + slug));

        var diagnostic = DiagnosticAssert.Single(refused.Diagnostics, "BLOG009", DiagnosticSeverity.Error, "Posts/2024-01-01-x.md", 3, 7);
        Assert.Contains("at most 200 characters", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.True(diagnostic.GetMessage().Length < 300);
        Assert.Empty(new GeneratorHarness().Run(TestPost.Create("2024-01-01-x.md", "title: T\nslug: " + slug[1..])).Diagnostics);
    }

    [Fact]
    public void An_include_outside_the_project_is_BLOG046_at_the_tag_and_other_outside_files_at_themselves()
    {
        var outside = "include>/project/_includes/secret.html|post>/project/_posts/2024-02-02-leak.md|data>/project/_data/leak.yml|content>/project/Authors/x.md|content>/project/docs/other.md";
        var result = JekyllCorpus.Harness().With("BlogFilesOutsideProject", outside).Run(
            [new TestPost(BadJekyll, "---\ntitle: Bad\n---\nBefore.\n\n  {% include secret.html %}\n"), new TestPost("_posts/2024-05-06-good.md", "---\ntitle: Good\n---\nGood.\n")],
            AuthorSchema.Source);

        Assert.Contains("_includes/secret.html is not read", Only(result, BadJekyll, "BLOG046", 6, 3).GetMessage(), StringComparison.Ordinal);
        Only(result, "_posts/2024-02-02-leak.md", "BLOG046", 1, 1);
        Only(result, "_data/leak.yml", "BLOG046", 1, 1);
        Only(result, "Authors/x.md", "BLOG046", 1, 1);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("docs/other.md", StringComparison.Ordinal));
        Assert.Equal(["Good"], result.Load().All.Select(post => post.Title));
    }
}
