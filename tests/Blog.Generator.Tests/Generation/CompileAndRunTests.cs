using System;
using System.Linq;
using System.Text;
using Blog.Generator.Tests.Infrastructure;
using Markdig;
using Xunit;

namespace Blog.Generator.Tests.Generation;

/// <summary>Compiles the generated code, loads it, and reads posts back as an app would.</summary>
public sealed class CompileAndRunTests
{
    private static readonly TestPost Older = TestPost.Create(
        "2023-01-05-older-post.md",
        "title: An older post\ntags: [dotnet, markdown]\ncategories: Notes",
        "First paragraph of the older post.\n\n## Section *one*\n\nMore text here.\n");

    private static readonly TestPost Newer = TestPost.Create(
        "2024-03-01-newer-post.md",
        "title: \"A newer post: with \\\"quotes\\\"\"\ntags: dotnet\ncategories: [Notes, Releases]",
        "Quotes \" and backslashes \\ and `code`, and non-ASCII: café 日本語 🎉.\n\n```csharp\nvar x = \"}\";\n```\n");

    [Fact]
    public void Generated_code_compiles_without_any_warning()
    {
        var result = new GeneratorHarness().Run(Older, Newer);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void All_lists_published_posts_newest_first()
    {
        var blog = new GeneratorHarness().Run(Older, Newer).Load();

        Assert.Equal(["newer-post", "older-post"], blog.All.Select(p => p.Slug));
    }

    [Fact]
    public void Each_post_has_a_typed_member_named_from_its_slug()
    {
        var blog = new GeneratorHarness().Run(Older, Newer).Load();

        Assert.Equal(["NewerPost", "OlderPost"], blog.PostMemberNames.Order());
        Assert.Equal("An older post", blog.Member("OlderPost").Title);
    }

    [Fact]
    public void FindBySlug_returns_the_post_or_null()
    {
        var blog = new GeneratorHarness().Run(Older, Newer).Load();

        Assert.Equal("An older post", blog.FindBySlug("older-post")?.Title);
        Assert.Null(blog.FindBySlug("Older-Post"));
        Assert.Null(blog.FindBySlug("missing"));
    }

    [Fact]
    public void Tag_and_category_indexes_list_posts_newest_first()
    {
        var blog = new GeneratorHarness().Run(Older, Newer).Load();

        Assert.Equal(["dotnet", "markdown"], blog.Tags);
        Assert.Equal(["Notes", "Releases"], blog.Categories);
        Assert.Equal(["newer-post", "older-post"], blog.WithTag("dotnet").Select(p => p.Slug));
        Assert.Equal(["older-post"], blog.WithTag("markdown").Select(p => p.Slug));
        Assert.Equal(["newer-post"], blog.InCategory("Releases").Select(p => p.Slug));
        Assert.Empty(blog.WithTag("none"));
    }

    [Fact]
    public void Html_is_exactly_what_Markdig_renders_and_HtmlUtf8_holds_the_same_bytes()
    {
        var blog = new GeneratorHarness().Run(Older, Newer).Load();
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var body = Newer.Text[(Newer.Text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4)..];

        var post = blog.FindBySlug("newer-post")!;

        Assert.Equal(Markdown.ToHtml(body, pipeline), post.Html);
        Assert.Equal(Encoding.UTF8.GetBytes(post.Html), post.HtmlUtf8);
        Assert.Contains("café 日本語 🎉", post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_quotes_and_backslashes_comes_back_unchanged()
    {
        var blog = new GeneratorHarness().Run(Older, Newer).Load();

        Assert.Equal("A newer post: with \"quotes\"", blog.FindBySlug("newer-post")!.Title);
    }

    [Fact]
    public void Headings_carry_level_plain_text_and_anchor_id()
    {
        var blog = new GeneratorHarness().Run(Older).Load();

        Assert.Equal([(2, "Section one", "section-one")], blog.FindBySlug("older-post")!.Headings);
        Assert.Contains("<h2 id=\"section-one\">", blog.FindBySlug("older-post")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpts_and_headings_with_multi_byte_characters_read_back_exactly()
    {
        var post = TestPost.Create("2024-01-01-unicode.md", "title: Unicode", "Café 日本語 🎉 *naïve*.\n\n## Ünïcödé 🎉 heading\n\n### Second — heading\n");

        var loaded = new GeneratorHarness().Run(post).Load().FindBySlug("unicode")!;

        Assert.Equal("Café 日本語 🎉 naïve.", loaded.Excerpt);
        Assert.Equal([(2, "Ünïcödé 🎉 heading", "unicode-heading"), (3, "Second — heading", "second-heading")], loaded.Headings);
    }

    [Fact]
    public void Word_count_and_reading_time_follow_the_configured_speed()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 450));
        var post = TestPost.Create("2024-01-01-long.md", "title: Long", words + "\n");

        var blog = new GeneratorHarness().With("BlogWordsPerMinute", "100").Run(post).Load();

        Assert.Equal(450, blog.FindBySlug("long")!.WordCount);
        Assert.Equal(TimeSpan.FromMinutes(5), blog.FindBySlug("long")!.ReadingTime);
    }

    [Fact]
    public void Source_path_is_relative_to_the_project_with_forward_slashes()
    {
        var blog = new GeneratorHarness().Run(Older).Load();

        Assert.Equal("Posts/2023-01-05-older-post.md", blog.FindBySlug("older-post")!.SourcePath);
    }

    [Fact]
    public void A_project_with_no_posts_still_gets_an_empty_index()
    {
        var result = new GeneratorHarness().Run();

        Assert.Empty(result.CompilationDiagnostics);
        Assert.Empty(result.Load().All);
    }

    [Fact]
    public void The_namespace_comes_from_BlogNamespace_and_is_made_valid()
    {
        var result = new GeneratorHarness().With("BlogNamespace", "My-Company.class.Blog").Run(Older);

        Assert.Empty(result.CompilationDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("My_Company.class.Blog.Posts"));
    }

    [Fact]
    public void Markdown_files_without_BlogPost_metadata_are_not_posts()
    {
        var readme = new TestPost("docs/README.md", "# Not a post\n", isPost: false);

        var blog = new GeneratorHarness().Run(Older, readme).Load();

        Assert.Equal(["older-post"], blog.All.Select(p => p.Slug));
    }

    [Fact]
    public void Slugs_that_meet_on_one_member_name_get_distinct_members_whatever_the_file_order()
    {
        var a = TestPost.Create("a.md", "title: A\ndate: 2024-01-01\nslug: icml-2024");
        var b = TestPost.Create("b.md", "title: B\ndate: 2024-01-02\nslug: icml2024");
        var c = TestPost.Create("c.md", "title: C\ndate: 2024-01-03\nslug: all");

        var forward = new GeneratorHarness().Run(a, b, c);
        var backward = new GeneratorHarness().Run(c, b, a);

        Assert.Empty(forward.CompilationDiagnostics);
        var blog = forward.Load();
        Assert.Equal("A", blog.Member("Icml2024").Title);
        Assert.Equal("B", blog.Member("Icml2024_2").Title);
        Assert.Equal("C", blog.Member("All_").Title);
        Assert.Equal(forward.Source("Posts.g.cs"), backward.Source("Posts.g.cs"));
    }
}
