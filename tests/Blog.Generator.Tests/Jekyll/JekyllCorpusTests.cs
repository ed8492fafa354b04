using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Jekyll;

/// <summary>
/// The corpus of real Jekyll posts (Minimal Mistakes' test posts and fixtures of ours, Jekyll/Corpus/README.md) built in
/// Jekyll mode, against what Jekyll 4.3.1 itself read from the same files: its <c>posts.json</c> template's output,
/// captured once into <c>expected/jekyll-4.3.1-posts.json</c>, so this needs no Ruby.
/// </summary>
public sealed class JekyllCorpusTests
{
    private static readonly Lazy<(GenerationResult Result, CompiledBlog Blog)> Built = new(() =>
    {
        var result = JekyllCorpus.Harness().Run(JekyllCorpus.Files(), []);
        return (result, CompiledBlog.Load(result.Compilation));
    });

    private static readonly Lazy<IReadOnlyList<JekyllPost>> Expected = new(() =>
        JsonSerializer.Deserialize<List<JekyllPost>>(File.ReadAllText(Path.Combine(JekyllCorpus.Root, "expected", "jekyll-4.3.1-posts.json")))!);

    /// <summary>One post as Jekyll read it.</summary>
    public sealed record JekyllPost(string path, string slug, string title, string date, string[] tags, string[] categories, string excerpt);

    public static TheoryData<string> JekyllPaths() => new(Expected.Value.Select(post => post.path).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_post_Jekyll_reads_is_generated_and_no_other()
    {
        var generated = Built.Value.Blog.All.Select(post => post.SourcePath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Expected.Value.Select(post => post.path).Order(StringComparer.Ordinal), generated);
        Assert.True(generated.Count >= 75, "the corpus holds " + generated.Count + " posts");
    }

    [Theory]
    [MemberData(nameof(JekyllPaths))]
    public void Metadata_is_what_Jekyll_reads(string path)
    {
        var expected = Expected.Value.Single(post => post.path == path);
        var post = Built.Value.Blog.All.Single(post => post.SourcePath == path);
        Assert.Equal(expected.slug, post.Slug);
        Assert.Equal(expected.title, post.Title);
        Assert.Equal(expected.date, post.Date.ToString("yyyy-MM-dd'T'HH:mm:ss") + post.Date.ToString("zzz"));
        Assert.Equal(expected.tags, post.Tags);
        Assert.Equal(expected.categories, post.Categories);

        // Jekyll's strip_html leaves entities as they are (&amp;, &lt;); the Excerpt property is text, with them decoded.
        Assert.Equal(WebUtility.HtmlDecode(expected.excerpt), post.Excerpt ?? string.Empty);
    }

    [Fact]
    public void No_post_shows_Liquid_or_kramdown_syntax_outside_code()
    {
        var leftovers = new List<string>();
        foreach (var post in Built.Value.Blog.All)
        {
            if (post.FrontMatter.TryGetValue("render_with_liquid", out var render) && render is false)
            {
                // Jekyll shows this post's Liquid as written too.
                Assert.Contains("{{ this }}", post.Html);
                continue;
            }

            var text = Regex.Replace(post.Html, "<pre[^>]*>.*?</pre>|<code[^>]*>.*?</code>", string.Empty, RegexOptions.Singleline);
            foreach (Match match in Regex.Matches(text, @"\{\{|\{%|\{:|\{::"))
            {
                leftovers.Add(post.SourcePath + ": ..." + text.Substring(Math.Max(0, match.Index - 40), Math.Min(80, text.Length - Math.Max(0, match.Index - 40))) + "...");
            }
        }

        Assert.Empty(leftovers);
    }

    /// <summary>
    /// What a reader sees of each post is what Jekyll renders: the text of the HTML (comments and tags taken out, entities
    /// decoded), compared without its whitespace, against Jekyll's own page for the post (<c>expected/jekyll-4.3.1-html</c>).
    /// Markup may differ (Markdig's and rouge's code spans, where a blank line in an HTML block falls); the words, the
    /// typographic characters, what Liquid printed and the table cells may not.
    /// </summary>
    [Theory]
    [MemberData(nameof(JekyllPaths))]
    public void The_text_a_reader_sees_is_what_Jekyll_renders(string path)
    {
        var jekyll = File.ReadAllText(Path.Combine(JekyllCorpus.Root, "expected", "jekyll-4.3.1-html", Path.GetFileNameWithoutExtension(path) + ".html"));

        Assert.Equal(VisibleText(jekyll), VisibleText(Post(path).Html));
    }

    private static string VisibleText(string html)
    {
        html = Regex.Replace(html, "<!--.*?-->", string.Empty, RegexOptions.Singleline);

        // A tag starts with a letter, "/" or "!"; a "<" before a space or line break is text, for a browser too.
        html = Regex.Replace(html, "<[A-Za-z/!][^>]*>", string.Empty);
        return Regex.Replace(WebUtility.HtmlDecode(html), @"\s+", string.Empty);
    }

    [Fact]
    public void The_only_diagnostic_is_the_title_taken_from_a_file_name()
    {
        var diagnostics = Built.Value.Result.Diagnostics.Concat(Built.Value.Result.CompilationDiagnostics).ToList();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("BLOG043", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.EndsWith("2009-09-05-edge-case-no-yaml-title.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'Edge Case No Yaml Title'", diagnostic.GetMessage());
    }

    [Fact]
    public void Kramdown_attribute_lists_reach_their_elements()
    {
        var notice = Post("_posts/2010-02-05-post-notice.md").Html;
        Assert.Contains("<p class=\"notice\"><strong>Changes in Service:</strong>", notice);
        Assert.Contains("<p class=\"notice--primary\"><strong>Primary Notice:</strong>", notice);

        // markdown="1": the div's content is Markdown, as kramdown reads it, and the attribute is gone.
        Assert.Matches("<div class=\"notice--primary\">\\s*<p><strong>Primary Notice with code block:</strong>", notice);
        Assert.DoesNotContain("markdown=\"1\"", notice);

        var attributes = Post("_posts/2024-01-11-kramdown-attributes.md").Html;
        Assert.Contains("<p class=\"notice--info\" data-kind=\"callout\">A paragraph that takes a definition by name.</p>", attributes);
        Assert.Contains("<p id=\"opening\" class=\"lead\">A paragraph with its attributes on the line before it.</p>", attributes);
        Assert.Contains("<code class=\"language-shell\">dotnet build</code>", attributes);
        Assert.Contains("<a href=\"https://example.org\" class=\"btn\" target=\"_blank\">a link</a>", attributes);
        Assert.Contains("<h2 id=\"custom-id\">A heading with its own id</h2>", attributes);
        Assert.Contains("<table class=\"table-striped\">", attributes);
        Assert.Contains("<p class=\"raw\">Kept as HTML, *not* Markdown.</p>", attributes);
        Assert.DoesNotContain("kramdown comment", attributes);

        // {:toc}: the list becomes the table of contents, nested by level, with kramdown's ids.
        Assert.Contains(
            "<ul class=\"toc__menu\" id=\"markdown-toc\">\n<li><a href=\"#custom-id\" id=\"markdown-toc-custom-id\">A heading with its own id</a>\n<ul>\n<li><a href=\"#last-heading\" id=\"markdown-toc-last-heading\">Last heading</a></li>\n</ul>\n</li>\n</ul>",
            attributes);
        Assert.DoesNotContain("The list kramdown replaces", attributes);
    }

    [Fact]
    public void The_table_of_contents_include_lists_the_headings_as_kramdown_does()
    {
        var html = Post("_posts/2012-01-03-layout-table-of-contents-include-post.md").Html;
        Assert.Contains("<aside class=\"sidebar__right\">\n<nav class=\"toc\">", html);
        Assert.Contains("<ul class=\"toc__menu\" id=\"markdown-toc\">", html);
        Assert.Contains("<li><a href=\"#21-ex-et-quis-exercitation-fugiat-excepteur-eiusmod-mollit-consequat-id-pariatur-non-adipisicing-magna-tempor\"", html);
        Assert.DoesNotContain("Auto generated table of contents", html);
    }

    [Fact]
    public void Liquid_tags_and_includes_are_evaluated()
    {
        var links = Post("_posts/2024-01-10-links-between-posts.md").Html;
        Assert.Contains("<a href=\"/test/posts/post-standard\">the standard post</a>", links);
        Assert.Contains("<a href=\"/test/posts/post-notice\">the notice post</a>", links);
        Assert.Contains("<a href=\"/test/posts/in-a-category-folder\">a note</a>", links);
        Assert.Contains("<a href=\"/test/feed.xml\">the feed</a>", links);
        Assert.Contains("<a href=\"https://blog.example.org/test/assets/logo.png\">absolute</a>", links);

        var highlight = Post("_posts/2024-01-16-highlight-and-includes.md").Html;
        Assert.Contains("<span class=\"note note--jane\">likes <em>short</em> notes</span>", highlight);
        Assert.Contains("<pre><code class=\"linenos language-csharp\">var greeting = &quot;Hello&quot;;\nConsole.WriteLine(greeting);\n</code></pre>", highlight);
        Assert.Contains("puts &quot;Highlight tags and includes&quot;", highlight);

        var gallery = Post("_posts/2010-09-09-post-gallery.md").Html;
        Assert.Contains("<figure class=\"third \">", gallery);
        Assert.Contains("src=\"/test/assets/images/unsplash-gallery-image-1-th.jpg\"", gallery);

        var video = Post("_posts/2017-01-23-layout-header-video.md").Html;
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/-PVofD2A9t8\"", video);
        Assert.Contains("<iframe src=\"https://player.vimeo.com/video/212731897?dnt=true\"", video);
    }

    [Fact]
    public void Typographic_quotes_stay_in_headings_and_the_table_of_contents()
    {
        var post = Post("_posts/2024-01-15-typographic-quotes.md");
        Assert.Contains((2, "A “quoted” heading’s text", "a-quoted-headings-text"), post.Headings);
        Assert.Contains("<h2 id=\"a-quoted-headings-text\">A “quoted” heading’s text</h2>", post.Html);
        Assert.Contains("<code>&quot;quotes&quot;</code>", post.Html);
    }

    private static PostView Post(string path) => Built.Value.Blog.All.Single(post => post.SourcePath == path);
}
