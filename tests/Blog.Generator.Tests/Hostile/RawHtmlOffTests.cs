using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Raw HTML off (<c>BlogAllowRawHtml=false</c>) as a security boundary (docs/security.md): every vector of the OWASP
/// cheat sheet (<see cref="XssVectors"/>) is pushed through every door a post has to the page, each vector a post of
/// its own in one build, and <see cref="ActiveMarkupOracle"/> (a browser's HTML parser) must find no active markup in
/// any HTML the build holds, while each post that tried is told where (BLOG045). The same build with raw HTML on is
/// the control: there the doors do pass active markup through, as before, so the test can fail.
/// </summary>
public sealed class RawHtmlOffTests
{
    /// <summary>A way into a page: the files a post needs to put a vector on it, and the line where it is reported.</summary>
    internal sealed record Door(string Name, bool Jekyll, Func<string, string, TestPost[]> Files, int Line)
    {
        public override string ToString() => Name;
    }

    private static TestPost[] Post(string id, string body) => [new($"Posts/2024-01-01-{id}.md", "---\ntitle: T\n---\n" + body)];

    private static TestPost[] JekyllPost(string id, string body) => [new($"_posts/2024-01-01-{id}.md", "---\ntitle: T\n---\n" + body)];

    internal static readonly Door[] HtmlDoors =
    [
        new("a block of raw HTML", false, (id, v) => Post(id, v + "\n"), 4),
        new("raw HTML inside a paragraph", false, (id, v) => Post(id, "Text " + v + " text.\n"), 4),
        new("a front-matter excerpt", false, (id, v) => [new($"Posts/2024-01-01-{id}.md", "---\ntitle: T\nexcerpt: |\n  " + v + "\n---\nBody.\n")], 3),
        new("a collection entry's body", false, (id, v) => [TestPost.Entry($"Authors/{id}.md", "name: N", v + "\n")], 4),
        new("a kramdown markdown=\"1\" block", true, (id, v) => JekyllPost(id, "<div markdown=\"1\">\n" + v + "\n</div>\n"), 5),
        new("a {::nomarkdown} block", true, (id, v) => JekyllPost(id, "{::nomarkdown}\n" + v + "\n{:/nomarkdown}\n"), 4),
        new("a {::nomarkdown} span", true, (id, v) => JekyllPost(id, "Text {::nomarkdown}" + v + "{:/nomarkdown} text.\n"), 4),
        new("Liquid's capture and output", true, (id, v) => JekyllPost(id, "{% capture x %}" + v + "{% endcapture %}{{ x }}\n"), 4),
        new("Liquid's markdownify", true, (id, v) => JekyllPost(id, "{% capture x %}" + v + "{% endcapture %}{{ x | markdownify }}\n"), 4),
        new("an include", true, (id, v) => [.. JekyllPost(id, "{% include " + id + ".html %}\n"), TestPost.JekyllSiteFile($"_includes/{id}.html", "include", v + "\n")], 4),
    ];

    internal static readonly Door[] UrlDoors =
    [
        new("a link", false, (id, v) => Post(id, "[click](<" + v + ">)\n"), 4),
        new("an image", false, (id, v) => Post(id, "![pic](<" + v + ">)\n"), 4),
        new("a reference definition", false, (id, v) => Post(id, "[click][r]\n\n[r]: <" + v + ">\n"), 4),
        new("an autolink", false, (id, v) => Post(id, "<" + v.Replace(" ", "%20", StringComparison.Ordinal) + ">\n"), 4),
        new("a link in Jekyll mode", true, (id, v) => JekyllPost(id, "[click](<" + v + ">)\n"), 4),
        new("a link built by Liquid", true, (id, v) => JekyllPost(id, "{% capture u %}" + v + "{% endcapture %}[click](<{{ u }}>)\n"), 4),
    ];

    internal static readonly Door[] AttributeDoors =
    [
        new("generic attributes on a heading", false, (id, v) => Post(id, "## Heading {" + v + "}\n"), 4),
        new("generic attributes on a link", false, (id, v) => Post(id, "[a](https://x.example){" + v + "}\n"), 4),
        new("generic attributes on an image", false, (id, v) => Post(id, "![a](https://x.example/a.png){" + v + "}\n"), 4),
        new("generic attributes on a fence", false, (id, v) => Post(id, "``` js {" + v + "}\nx\n```\n"), 4),
        new("a kramdown block attribute list", true, (id, v) => JekyllPost(id, "Text\n{: " + v + "}\n"), 4),
        new("a kramdown span attribute list", true, (id, v) => JekyllPost(id, "Some `code`{: " + v + "} and [a link](https://x.example){: " + v + "}.\n"), 4),
        new("a kramdown attribute definition", true, (id, v) => JekyllPost(id, "{:evil: " + v + "}\n\nText\n{: evil}\n"), 6),
        new("a kramdown heading's attribute list", true, (id, v) => JekyllPost(id, "## Heading\n{: " + v + "}\n"), 4),
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (doors, kind) in new[] { (HtmlDoors, "html"), (UrlDoors, "url"), (AttributeDoors, "attribute") })
        {
            for (var i = 0; i < doors.Length; i++)
            {
                data.Add(kind, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_vector_through_the_door_leaves_active_markup_and_each_is_told_where(string kind, int index)
    {
        var (door, vectors) = kind switch
        {
            "html" => (HtmlDoors[index], XssVectors.Html),
            "url" => (UrlDoors[index], XssVectors.Urls),
            _ => (AttributeDoors[index], XssVectors.Attributes),
        };

        var off = Build(door, vectors, rawHtml: false);
        var on = Build(door, vectors, rawHtml: true);

        var attempts = 0;
        for (var i = 0; i < vectors.Length; i++)
        {
            var found = ActiveMarkupOracle.Find(off.Html[i]);
            Assert.True(found.Count == 0, $"{door.Name}, vector {i} ({vectors[i]}) left {string.Join(", ", found)} in:\n{off.Html[i]}");
            Assert.DoesNotContain(on.Diagnostics[i], d => d.Id == "BLOG045");
            if (ActiveMarkupOracle.Find(on.Html[i]).Count == 0)
            {
                continue;
            }

            // With raw HTML on this vector was active. With it off, either the post shows the HTML as text, as Markdig
            // does with HTML disabled (the setting's documented effect, seen on the page), or it is told where the
            // generator took something out.
            attempts++;
            var told = off.Diagnostics[i].Where(d => d.Id is "BLOG045").ToList();
            Assert.True(told.Count > 0 || (kind == "html" && off.Html[i].Contains("&lt;", StringComparison.Ordinal)), $"{door.Name}, vector {i} ({vectors[i]}) was taken out without a BLOG045");
            Assert.All(told, d => Assert.Equal(door.Line, d.Location.GetLineSpan().StartLinePosition.Line + 1));
        }

        // The control: raw HTML on lets active markup through this door, so the check above is not empty.
        Assert.True(attempts > 0, door.Name + " passed no vector's active markup even with raw HTML on");
    }

    [Fact]
    public void A_uri_in_front_matter_must_be_http_or_relative_with_raw_html_off()
    {
        var schema = """
            namespace TestBlog.Content;

            /// <summary>A person who writes.</summary>
            [Blog.Generator.Collection("Authors")]
            public partial class Author
            {
                /// <summary>Full name.</summary>
                public required string Name { get; init; }

                /// <summary>Home page, which an app puts in an href.</summary>
                public System.Uri? Website { get; init; }
            }
            """;
        var posts = XssVectors.Urls.Select((url, i) => TestPost.Entry($"Authors/a{i}.md", "name: N\nwebsite: '" + url.Replace("'", "''", StringComparison.Ordinal) + "'")).Append(TestPost.Entry("Authors/good.md", "name: G\nwebsite: https://good.example/"));

        var off = new GeneratorHarness().With("BlogAllowRawHtml", "false").Run(posts, schema);
        var on = new GeneratorHarness().Run(posts, schema);

        for (var i = 0; i < XssVectors.Urls.Length; i++)
        {
            var diagnostic = DiagnosticAssert.Single(off.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith($"/a{i}.md", StringComparison.Ordinal), $"Authors/a{i}.md", 3, 10);
            Assert.Equal("BLOG022", diagnostic.Id);

            // Most are URIs that raw HTML on takes; one (javascript://%0A…) is no URI .NET reads, with either setting.
            if (!on.Diagnostics.Any(d => d.Location.GetLineSpan().Path.EndsWith($"/a{i}.md", StringComparison.Ordinal)))
            {
                Assert.Contains("http, https, mailto or tel, or a relative URL", diagnostic.GetMessage(), StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(off.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("/good.md", StringComparison.Ordinal));
        Assert.True(on.Diagnostics.Count < XssVectors.Urls.Length / 2);
    }

    [Fact]
    public void Raw_html_on_passes_a_post_s_html_through_as_written()
    {
        var result = new GeneratorHarness().Run(new TestPost("Posts/2024-01-01-a.md", "---\ntitle: T\n---\n<script>go()</script>\n\n[x](javascript:go()){onclick=\"go()\"}\n"));

        Assert.Empty(result.Diagnostics);
        var html = result.Load().All.Single().Html;
        Assert.Contains("<script>go()</script>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"javascript:go()\" onclick=\"go()\">x</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void What_markdown_writes_is_kept_with_raw_html_off()
    {
        var body = "# Title {#top .lead}\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\n![pic](/a.png){width=40 height=30}\n\n[home](/ \"Home\") <https://x.example> <me@x.example>\n\nA[^1].\n\n[^1]: Note.\n\n```csharp\nvar x = 1;\n```\n";
        var off = new GeneratorHarness().With("BlogAllowRawHtml", "false").Run(new TestPost("Posts/2024-01-01-a.md", "---\ntitle: T\n---\n" + body));
        var on = new GeneratorHarness().Run(new TestPost("Posts/2024-01-01-a.md", "---\ntitle: T\n---\n" + body));

        Assert.Empty(off.Diagnostics);
        Assert.Equal(on.Load().All.Single().Html, off.Load().All.Single().Html);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_commonmark_example_is_inert_with_raw_html_off_and_the_net_catches_nothing_the_doors_missed(bool jekyll)
    {
        var pipeline = Blog.Generator.Rendering.MarkdownPipelines.Get("advanced", allowRawHtml: false, syntaxHighlighting: true, jekyll);
        foreach (var example in CommonMark.CommonMarkSpec.Examples)
        {
            var markup = new List<Blog.Generator.Rendering.MarkupProblem>();
            var html = Blog.Generator.Rendering.MarkdownRenderer.RenderFragment(example.Markdown, pipeline, rawHtml: false, 1_000_000, markup);

            Assert.True(ActiveMarkupOracle.Find(html).Count == 0, $"example {example.Number}: {string.Join(", ", ActiveMarkupOracle.Find(html))}");
            Assert.DoesNotContain(markup, problem => problem.Message.StartsWith("by the HTML check", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_net_alone_leaves_no_vector_active_and_says_what_it_took_out()
    {
        foreach (var vector in XssVectors.Html.Concat(XssVectors.Attributes.Select(a => "<p " + a + ">x</p>")).Concat(XssVectors.Urls.Select(u => "<a href=\"" + u + "\">x</a>")))
        {
            var removed = new List<string>();
            var html = Blog.Generator.Rendering.HtmlAllowList.Clean(vector, removed);

            Assert.True(ActiveMarkupOracle.Find(html).Count == 0, vector + " -> " + html);
            Assert.NotEmpty(removed);
        }
    }

    [Fact]
    public void The_net_keeps_what_the_renderers_write()
    {
        var html = "<h2 id=\"a\" class=\"b\">T</h2>\n<p><a href=\"https://x.example/?a=1&amp;b=2\" title=\"&quot;t&quot;\">x</a> <img src=\"/a.png\" alt=\"p\" width=\"4\" /></p>\n<table>\n<tr>\n<td style=\"text-align: right;\">1</td>\n</tr>\n</table>\n<ul class=\"contains-task-list\"><li><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> x</li></ul>\n";
        var removed = new List<string>();

        Assert.Equal(html, Blog.Generator.Rendering.HtmlAllowList.Clean(html, removed));
        Assert.Empty(removed);
    }

    private sealed record Built(string[] Html, List<Diagnostic>[] Diagnostics);

    /// <summary>One build with one post a vector; each post's HTML (every HTML it has: body, excerpt) and its diagnostics, by vector.</summary>
    private static Built Build(Door door, string[] vectors, bool rawHtml)
    {
        var files = vectors.SelectMany((vector, i) => door.Files("v" + i, vector)).ToList();
        var harness = door.Jekyll ? Jekyll.JekyllCorpus.Harness() : new GeneratorHarness().WithoutStepTracking();
        var result = harness.With("BlogAllowRawHtml", rawHtml ? "true" : "false").Run(files, AuthorSchema.Source);
        Assert.Empty(result.CompilationDiagnostics);
        var blog = result.Load();
        var html = new string[vectors.Length];
        var diagnostics = new List<Diagnostic>[vectors.Length];
        foreach (var (source, text) in AllHtml(blog.Assembly))
        {
            var i = int.Parse(source.Split('/')[^1].Split('-')[^1].Split('.')[0][1..], System.Globalization.CultureInfo.InvariantCulture);
            html[i] += text;
        }

        for (var i = 0; i < vectors.Length; i++)
        {
            Assert.True(html[i] is not null, $"{door.Name}: the post of vector {i} was not built:\n{string.Join("\n", result.Diagnostics)}");
            var name = "v" + i;
            diagnostics[i] = result.Diagnostics.Where(d => System.IO.Path.GetFileNameWithoutExtension(d.Location.GetLineSpan().Path).Split('-')[^1] == name).ToList();
        }

        return new Built(html, diagnostics);
    }

    /// <summary>Every HTML the build holds, by its source file: each item of each generated <c>All</c> (posts and entries), each of its <c>…Html</c> properties.</summary>
    private static IEnumerable<(string Source, string Html)> AllHtml(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.GetProperty("All", BindingFlags.Public | BindingFlags.Static) is not { } all || all.GetValue(null) is not IEnumerable items)
            {
                continue;
            }

            foreach (var item in items)
            {
                var source = (string)item.GetType().GetProperty("SourcePath")!.GetValue(item)!;
                var html = item.GetType().GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name.EndsWith("Html", StringComparison.Ordinal));
                yield return (source, string.Concat(html.Select(p => (string?)p.GetValue(item) + "\n")));
            }
        }
    }
}
