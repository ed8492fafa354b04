using System;
using System.Globalization;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Jekyll;

/// <summary>
/// Jekyll mode's reading rules and diagnostics, post by post: each problem at its line and column in the file, the
/// default mode unchanged.
/// </summary>
public sealed class JekyllReadingTests
{
    private static GenerationResult Jekyll(params TestPost[] files) => JekyllCorpus.Harness().Run(files);

    private static TestPost Post(string name, string text) => new("_posts/" + name, text);

    private static TestPost Config(string text) => TestPost.JekyllSiteFile("_config.yml", "config", text);

    private static TestPost Include(string name, string text) => TestPost.JekyllSiteFile("_includes/" + name, "include", text);

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_post_without_a_title_is_titled_from_its_file_name_with_an_info_on_the_opening_fence()
    {
        var result = Jekyll(Post("2024-03-05-the-quick-brown_fox.md", "---\ntags: [a]\n---\nBody.\n"));

        var info = DiagnosticAssert.Single(result.Diagnostics, "BLOG043", DiagnosticSeverity.Info, "_posts/2024-03-05-the-quick-brown_fox.md", 1, 1);
        // Jekyll's titleize_slug: split at hyphens, each word capitalized.
        Assert.Contains("'The Quick Brown_fox'", Message(info), StringComparison.Ordinal);
        Assert.Equal("The Quick Brown_fox", result.Load().All.Single().Title);
    }

    [Fact]
    public void A_post_without_a_title_is_still_an_error_in_the_default_mode()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-03-05-untitled.md", "tags: [a]"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG006", DiagnosticSeverity.Error, "Posts/2024-03-05-untitled.md", 1, 1);
    }

    [Fact]
    public void The_excerpt_runs_to_the_first_blank_line_so_a_leading_heading_is_the_excerpt()
    {
        var result = Jekyll(Post("2024-01-01-x.md", "---\ntitle: X\n---\n## Overview\n\nThe first paragraph.\n\n<!--more-->\n\nRest.\n"));

        Assert.Equal("Overview", result.Load().All.Single().Excerpt);
    }

    [Fact]
    public void More_comments_cut_the_excerpt_only_where_configured()
    {
        const string body = "---\ntitle: X\n{0}---\nOne\ntwo\n<!--more-->\nthree\n\nfour\n";

        string? Excerpt(GenerationResult result) => result.Load().All.Single().Excerpt;

        Assert.Equal("One two three", Normalize(Excerpt(Jekyll(Post("2024-01-01-x.md", string.Format(CultureInfo.InvariantCulture, body, string.Empty))))));
        Assert.Equal("One two", Normalize(Excerpt(Jekyll(Post("2024-01-01-x.md", string.Format(CultureInfo.InvariantCulture, body, "excerpt_separator: <!--more-->\n"))))));
        Assert.Equal("One two", Normalize(Excerpt(Jekyll(Post("2024-01-01-x.md", string.Format(CultureInfo.InvariantCulture, body, string.Empty)), Config("excerpt_separator: <!--more-->\n")))));
        Assert.Equal("One two", Normalize(Excerpt(JekyllCorpus.Harness().With("BlogExcerptSeparator", "<!--more-->").Run(Post("2024-01-01-x.md", string.Format(CultureInfo.InvariantCulture, body, string.Empty))))));
    }

    [Fact]
    public void Without_a_separator_the_excerpt_is_the_first_paragraph_whatever_it_holds()
    {
        var result = Jekyll(Post("2024-01-01-x.md", "---\ntitle: X\n---\nOne\ntwo\n<!--more-->\nthree\n\nfour\n"));

        Assert.Equal("One two three", Normalize(result.Load().All.Single().Excerpt));
    }

    [Fact]
    public void A_double_quoted_value_continued_on_an_unindented_line_is_joined_as_Rubys_YAML_joins_it()
    {
        var result = Jekyll(Post("2024-01-01-x.md", "---\ntitle: \"A title that\ngoes on\"\nexcerpt: 'single\nquoted'\ntags: [one,\ntwo]\n---\nBody.\n"));

        Assert.Empty(result.Diagnostics);
        var post = result.Load().All.Single();
        Assert.Equal("A title that goes on", post.Title);
        Assert.Equal("single quoted", post.Excerpt);
        Assert.Equal(["one", "two"], post.Tags);
    }

    [Fact]
    public void After_a_lenient_continuation_a_later_error_is_still_at_its_own_line()
    {
        var result = Jekyll(Post("2024-01-01-x.md", "---\ntitle: \"A title that\ngoes on\"\ndate: not-a-date\n---\nBody.\n"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG007", DiagnosticSeverity.Error, "_posts/2024-01-01-x.md", 4, 7);
    }

    [Fact]
    public void The_lenient_reading_is_Jekyll_modes_only()
    {
        var result = new GeneratorHarness().Run(TestPost.Create("2024-01-01-x.md", "title: \"A title that\ngoes on\""));

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "BLOG003");
    }

    [Fact]
    public void Folders_above_posts_are_categories_before_the_front_matters()
    {
        var result = Jekyll(new TestPost("news/tech/_posts/2024-01-01-x.md", "---\ntitle: X\ncategories: [later]\n---\nBody.\n"));

        Assert.Equal(["news", "tech", "later"], result.Load().All.Single().Categories);
    }

    [Fact]
    public void Render_with_liquid_false_shows_the_Liquid_as_written()
    {
        var result = Jekyll(Post("2024-01-01-x.md", "---\ntitle: X\nrender_with_liquid: false\n---\nWrite {{ page.title }} and {% raw %}.\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("Write {{ page.title }} and {% raw %}.", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Liquid_that_cannot_be_evaluated_is_a_warning_at_its_line_and_column_and_the_post_still_builds()
    {
        var result = Jekyll(Post("2024-01-01-x.md", "---\ntitle: X\n---\nFirst line.\n\nThen {{ page.previous.url }} and {% frobnicate %}.\n"));

        var warnings = result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Character).ToList();
        Assert.Equal(2, warnings.Count);
        DiagnosticAssert.Single([warnings[0]], "BLOG041", DiagnosticSeverity.Warning, "_posts/2024-01-01-x.md", 6, 9);
        DiagnosticAssert.Single([warnings[1]], "BLOG041", DiagnosticSeverity.Warning, "_posts/2024-01-01-x.md", 6, 34);
        Assert.Contains("Then  and .", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Liquid_that_cannot_be_read_is_an_error_at_its_place_and_the_post_is_not_generated()
    {
        var result = Jekyll(
            Post("2024-01-01-good.md", "---\ntitle: Good\n---\nFine.\n"),
            Post("2024-01-02-bad.md", "---\ntitle: Bad\n---\nText.\n\n  {% if page.title %}\nnever closed\n"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG042", DiagnosticSeverity.Error, "_posts/2024-01-02-bad.md", 6, 3);
        Assert.Equal(["Good"], result.Load().All.Select(post => post.Title));
    }

    [Fact]
    public void Post_url_and_link_resolve_to_the_posts_url_and_a_missing_target_is_BLOG021_at_the_tag()
    {
        var result = Jekyll(
            Post("2024-01-01-first.md", "---\ntitle: First\n---\nFirst.\n"),
            Post("2024-01-02-second.md", "---\ntitle: Second\n---\nSee [one]({% post_url 2024-01-01-first %}),\n[again]({% link _posts/2024-01-01-first.md %}) and\n[gone]({% post_url 2023-01-01-gone %}).\n"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG021", DiagnosticSeverity.Warning, "_posts/2024-01-02-second.md", 6, 8);
        var second = result.Load().All.Single(post => post.Title == "Second");
        var links = System.Text.RegularExpressions.Regex.Matches(second.Html, "<a href=\"([^\"]*)\">(one|again)</a>").Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(links[0], links[1]);
        Assert.EndsWith("/first", links[0].TrimEnd('/'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Markdown_problem_after_a_multi_line_include_is_reported_at_its_line_in_the_post()
    {
        var result = Jekyll(
            Include("three-lines.html", "<p>one</p>\n<p>two</p>\n<p>three</p>\n"),
            Post("2024-01-01-x.md", "---\ntitle: X\n---\n{% include three-lines.html %}\n\nA [broken](2023-01-01-missing.md) link.\n"));

        DiagnosticAssert.Single(result.Diagnostics, "BLOG021", DiagnosticSeverity.Warning, "_posts/2024-01-01-x.md", 6, 3);
        Assert.Contains("<p>three</p>", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSharp_highlight_block_is_checked_and_its_error_is_at_the_line_in_the_post()
    {
        var result = JekyllCorpus.Harness().With("BlogCheckCSharp", "syntax").Run(
            Post("2024-01-01-x.md", "---\ntitle: X\n---\nIntro.\n\n{% highlight csharp %}\nvar ok = 1;\nvar broken = ;\n{% endhighlight %}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG037", diagnostic.Id);
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.EndsWith("_posts/2024-01-01-x.md", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_config_is_an_error_in_the_config_file_and_posts_still_build()
    {
        var result = Jekyll(Config("title: Site\nurl: [unclosed\n"), Post("2024-01-01-x.md", "---\ntitle: X\n---\nBody.\n"));

        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "BLOG044");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(TestPost.ProjectDirectory + "/_config.yml", error.Location.GetLineSpan().Path);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void Config_keys_Jekyll_mode_does_not_follow_are_warnings_at_their_line()
    {
        var result = Jekyll(Config("title: Site\ntimezone: Europe/Paris\npermalink: /:title/\n"), Post("2024-01-01-x.md", "---\ntitle: X\n---\n{{ site.title }}\n"));

        Assert.Equal([2, 3], result.Diagnostics.Where(d => d.Id == "BLOG041").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Order());
        Assert.All(result.Diagnostics.Where(d => d.Id == "BLOG041"), d => Assert.Equal(TestPost.ProjectDirectory + "/_config.yml", d.Location.GetLineSpan().Path));
        Assert.Contains("<p>Site</p>", result.Load().All.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_url_and_base_url_come_from_MSBuild_before_the_config()
    {
        var config = Config("url: https://from-config.example\nbaseurl: /config\n");
        var post = Post("2024-01-01-x.md", "---\ntitle: X\n---\n{{ site.url }}{{ site.baseurl }} {{ \"/a\" | relative_url }}\n");

        static string Text(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", string.Empty);
        var fromConfig = Text(JekyllCorpus.Harness().Run(config, post).Load().All.Single().Html);
        var fromMsBuild = Text(JekyllCorpus.Harness().With("BlogSiteUrl", "https://msbuild.example").With("BlogSiteBaseUrl", "/").Run(config, post).Load().All.Single().Html);

        Assert.Contains("https://from-config.example/config /config/a", fromConfig, StringComparison.Ordinal);
        Assert.Contains("https://msbuild.example /a", fromMsBuild, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_mode_leaves_Liquid_as_text_and_reports_nothing()
    {
        var result = new GeneratorHarness().Run(
            TestPost.Create("2024-01-01-x.md", "title: X", "Visit {{ site.url }} and {% include x.html %}.\n"),
            new TestPost("_posts/2024-01-02-y.md", "---\ntitle: Y\n---\nA file under _posts is no post in the default mode.\n", isPost: false));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("<p>Visit {{ site.url }} and {% include x.html %}.</p>\n", result.Load().All.Single().Html);
    }

    [Fact]
    public void Markdown_reads_as_kramdown_does_unless_the_project_names_its_extensions()
    {
        var post = Post("2024-01-01-x.md", "---\ntitle: X\n---\nUse std::vector, ==this== and www.example.org.\n");

        var kramdown = JekyllCorpus.Harness().Run(post).Load().All.Single().Html;
        var advanced = JekyllCorpus.Harness().With("BlogMarkdownExtensions", "advanced").Run(post).Load().All.Single().Html;

        Assert.Equal("<p>Use std::vector, ==this== and www.example.org.</p>\n", kramdown);
        Assert.Contains("<mark>this</mark>", advanced, StringComparison.Ordinal);
    }

    private static string Normalize(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
