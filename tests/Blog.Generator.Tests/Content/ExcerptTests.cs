using System.Text;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>
/// The excerpt, as plain text (<c>Excerpt</c>) and HTML (<c>ExcerptHtml</c>): the front matter's <c>excerpt</c>, else the
/// body before the separator, else the first paragraph.
/// </summary>
public sealed class ExcerptTests
{
    private static PostView Post(string frontMatter, string body, GeneratorHarness? harness = null)
    {
        var result = (harness ?? new GeneratorHarness()).Run(TestPost.Create("2024-01-01-post.md", "title: Post\n" + frontMatter, body));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        return Assert.Single(result.Load().All);
    }

    [Fact]
    public void Excerpt_is_the_first_paragraph_without_a_separator()
    {
        var post = Post("", "# Title\n\nFirst *paragraph*.\n\nSecond.\n");

        Assert.Equal("First paragraph.", post.Excerpt);
        Assert.Equal("<p>First <em>paragraph</em>.</p>\n", post.ExcerptHtml);
    }

    [Fact]
    public void Excerpt_is_the_body_before_the_more_comment()
    {
        var post = Post("", "First *paragraph*.\n\n## Heading\n\nSecond.\n\n<!--more-->\n\nThird.\n");

        Assert.Equal("First paragraph. Heading Second.", post.Excerpt);
        Assert.Equal("<p>First <em>paragraph</em>.</p>\n<h2 id=\"heading\">Heading</h2>\n<p>Second.</p>\n", post.ExcerptHtml);
        Assert.Contains("<p>Third.</p>", post.Html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_separator_inside_a_paragraph_cuts_the_paragraph()
    {
        var post = Post("", "Start of the text <!--more--> and the rest.\n");

        Assert.Equal("Start of the text", post.Excerpt);
        Assert.Equal("<p>Start of the text</p>\n", post.ExcerptHtml);
    }

    [Fact]
    public void The_front_matter_excerpt_separator_wins_over_the_project_setting()
    {
        var harness = new GeneratorHarness().With("BlogExcerptSeparator", "<!-- cut -->");

        var own = Post("excerpt_separator: \"[[more]]\"", "One.\n\n[[more]]\n\nTwo.\n\n<!-- cut -->\n", harness);
        var project = Post("", "One.\n\n[[more]]\n\nTwo.\n\n<!-- cut -->\n", harness);

        Assert.Equal("One.", own.Excerpt);
        Assert.Equal("One. [[more]] Two.", project.Excerpt);
    }

    [Fact]
    public void Excerpt_separator_is_not_kept_in_FrontMatter()
    {
        var post = Post("excerpt_separator: \"[[more]]\"", "One.\n");

        Assert.False(post.FrontMatter.ContainsKey("excerpt_separator"));
    }

    [Fact]
    public void Front_matter_excerpt_wins_and_its_HTML_is_rendered_as_Markdown()
    {
        var post = Post("excerpt: A *short* summary.", "Body.\n\n<!--more-->\n");

        Assert.Equal("A *short* summary.", post.Excerpt);
        Assert.Equal("<p>A <em>short</em> summary.</p>\n", post.ExcerptHtml);
    }

    [Fact]
    public void ExcerptHtmlUtf8_holds_the_same_text_as_ExcerptHtml()
    {
        var post = Post("", "Café 日本語 🎉 \"quotes\" \\ back.\n");

        Assert.Equal(Encoding.UTF8.GetBytes(post.ExcerptHtml), post.ExcerptHtmlUtf8);
        Assert.Equal("<p>Café 日本語 🎉 &quot;quotes&quot; \\ back.</p>\n", post.ExcerptHtml);
    }

    [Fact]
    public void A_post_with_no_paragraph_has_no_excerpt()
    {
        var post = Post("", "# Only a heading\n");

        Assert.Null(post.Excerpt);
        Assert.Equal(string.Empty, post.ExcerptHtml);
        Assert.Empty(post.ExcerptHtmlUtf8);
    }
}
