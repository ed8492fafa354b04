using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.FrontMatter;

/// <summary>The default, Jekyll-compatible front matter, read back from compiled posts.</summary>
public sealed class FrontMatterTests
{
    private static PostView Single(TestPost post, GeneratorHarness? harness = null)
    {
        var result = (harness ?? new GeneratorHarness()).Run(post);
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Load().All);
    }

    [Fact]
    public void Date_comes_from_the_file_name_when_front_matter_has_none()
    {
        var post = Single(TestPost.Create("2021-07-04-holiday.md", "title: Holiday"));

        Assert.Equal(new DateTimeOffset(2021, 7, 4, 0, 0, 0, TimeSpan.Zero), post.Date);
    }

    [Fact]
    public void Date_in_front_matter_wins_over_the_file_name()
    {
        var post = Single(TestPost.Create("2021-07-04-holiday.md", "title: Holiday\ndate: 2021-07-05"));

        Assert.Equal(new DateTimeOffset(2021, 7, 5, 0, 0, 0, TimeSpan.Zero), post.Date);
    }

    public static TheoryData<string, DateTimeOffset> JekyllDates => new()
    {
        { "2022-11-30", new DateTimeOffset(2022, 11, 30, 0, 0, 0, TimeSpan.Zero) },
        { "2022-11-30 14:30", new DateTimeOffset(2022, 11, 30, 14, 30, 0, TimeSpan.Zero) },
        { "2022-11-30 14:30:00", new DateTimeOffset(2022, 11, 30, 14, 30, 0, TimeSpan.Zero) },
        { "2022-11-30 14:30:00 +0200", new DateTimeOffset(2022, 11, 30, 14, 30, 0, TimeSpan.FromHours(2)) },
        { "2022-11-30 14:30:00 -05:30", new DateTimeOffset(2022, 11, 30, 14, 30, 0, new TimeSpan(-5, -30, 0)) },
        { "2022-11-30T14:30:00Z", new DateTimeOffset(2022, 11, 30, 14, 30, 0, TimeSpan.Zero) },
        { "2022-11-30T14:30:00.25+01:00", new DateTimeOffset(2022, 11, 30, 14, 30, 0, 250, TimeSpan.FromHours(1)) },
        { "\"2022-11-30 14:30:00 +0200\"", new DateTimeOffset(2022, 11, 30, 14, 30, 0, TimeSpan.FromHours(2)) },
    };

    [Theory]
    [MemberData(nameof(JekyllDates))]
    public void Dates_are_read_in_every_form_Jekyll_accepts(string yaml, DateTimeOffset expected)
    {
        var post = Single(TestPost.Create("post.md", "title: T\ndate: " + yaml));

        Assert.Equal(expected, post.Date);
        Assert.Equal(expected.Offset, post.Date.Offset);
    }

    [Fact]
    public void Tags_and_categories_accept_a_list_or_a_space_separated_string()
    {
        var post = Single(TestPost.Create("2024-01-01-p.md", "title: T\ntags: alpha beta  gamma\ncategories:\n  - One Two\n  - Three"));

        Assert.Equal(["alpha", "beta", "gamma"], post.Tags);
        Assert.Equal(["One Two", "Three"], post.Categories);
    }

    [Fact]
    public void Singular_tag_and_category_are_one_value_and_win_over_the_plural_keys_as_in_Jekyll()
    {
        var post = Single(TestPost.Create("2024-01-01-p.md", "title: T\ntag: machine learning\ntags: ignored\ncategory: Deep Dives"));

        Assert.Equal(["machine learning"], post.Tags);
        Assert.Equal(["Deep Dives"], post.Categories);
    }

    [Fact]
    public void Excerpt_comes_from_front_matter()
    {
        var post = Single(TestPost.Create("2024-01-01-p.md", "title: T\nexcerpt: Given excerpt.", "First paragraph.\n"));

        Assert.Equal("Given excerpt.", post.Excerpt);
    }

    [Fact]
    public void Excerpt_falls_back_to_the_first_paragraph_as_plain_text()
    {
        var post = Single(TestPost.Create("2024-01-01-p.md", "title: T", "# Heading\n\nThe *first* [paragraph](https://example.com)\ncontinues.\n\nSecond.\n"));

        Assert.Equal("The first paragraph continues.", post.Excerpt);
    }

    [Fact]
    public void Slug_comes_from_front_matter_else_the_file_name_without_its_date_prefix()
    {
        Assert.Equal("custom-slug", Single(TestPost.Create("2024-01-01-from-name.md", "title: T\nslug: custom-slug")).Slug);
        Assert.Equal("from-name", Single(TestPost.Create("2024-01-01-from-name.md", "title: T")).Slug);
        Assert.Equal("about-me", Single(TestPost.Create("About_Me.md", "title: T\ndate: 2024-01-01")).Slug);
    }

    [Theory]
    [InlineData("draft: true")]
    [InlineData("published: false")]
    public void Drafts_and_unpublished_posts_are_left_out_with_an_info_diagnostic(string key)
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-draft.md", "title: Draft\n" + key));

        Assert.Empty(result.Load().All);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG015", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Drafts_are_compiled_in_when_the_project_asks_for_them()
    {
        var post = Single(TestPost.Create("2024-01-01-draft.md", "title: Draft\ndraft: true"), new GeneratorHarness().With("BlogIncludeDrafts", "true"));

        Assert.Equal("Draft", post.Title);
    }

    [Fact]
    public void Last_modified_at_is_read_as_a_date()
    {
        var post = Single(TestPost.Create("2024-01-01-p.md", "title: T\nlast_modified_at: 2024-02-03 10:00:00 +0100"));

        Assert.Equal(new DateTimeOffset(2024, 2, 3, 10, 0, 0, TimeSpan.FromHours(1)), post.LastModifiedAt);
        Assert.Null(Single(TestPost.Create("2024-01-01-p.md", "title: T")).LastModifiedAt);
    }

    [Fact]
    public void Every_other_key_is_kept_as_a_typed_value()
    {
        var yaml = """
            title: T
            layout: post
            rating: 42
            ratio: 0.75
            featured: true
            quoted: "42"
            nothing: null
            updated: 2024-05-06 07:08:09 +0200
            authors: [ada, grace]
            seo:
              image: /img/a.png
              width: 1200
            """;

        var frontMatter = Single(TestPost.Create("2024-01-01-p.md", yaml)).FrontMatter;

        Assert.Equal("post", frontMatter["layout"]);
        Assert.Equal(42L, frontMatter["rating"]);
        Assert.Equal(0.75, frontMatter["ratio"]);
        Assert.Equal(true, frontMatter["featured"]);
        Assert.Equal("42", frontMatter["quoted"]);
        Assert.Null(frontMatter["nothing"]);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)), frontMatter["updated"]);
        Assert.Equal(["ada", "grace"], ((IReadOnlyList<object?>)frontMatter["authors"]!).Cast<string>());
        var seo = (IReadOnlyDictionary<string, object?>)frontMatter["seo"]!;
        Assert.Equal("/img/a.png", seo["image"]);
        Assert.Equal(1200L, seo["width"]);
        Assert.False(frontMatter.ContainsKey("title"));
    }

    [Fact]
    public void CRLF_line_endings_and_a_UTF8_byte_order_mark_work()
    {
        var text = "\uFEFF---\r\ntitle: Windows post\r\ntags: [a, b]\r\n---\r\n\r\nFirst line.\r\n\r\n## Heading\r\n";
        var crlf = new TestPost("Posts/2024-01-01-windows.md", text, Encoding.UTF8);
        var lf = new TestPost("Posts/2024-01-01-windows.md", text.Replace("\r\n", "\n").TrimStart('\uFEFF'), Encoding.UTF8);

        var fromCrlf = Single(crlf);
        var fromLf = Single(lf);

        Assert.Equal("Windows post", fromCrlf.Title);
        Assert.Equal(["a", "b"], fromCrlf.Tags);
        Assert.Equal(fromLf.Html, fromCrlf.Html);
        Assert.DoesNotContain('\r', fromCrlf.Html);
    }
}
