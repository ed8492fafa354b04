using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Blog.Sample.Content;
using Blog.Sample.Pages;
using Blog.Sample.Site;
using Xunit;

namespace Blog.Sample.Tests.Pages;

/// <summary>
/// Pages rendered over a hand-made post, author and page whose front matter is hostile, proving that every value is
/// encoded and that a link an author gives is written only when it is a web link.
/// </summary>
public sealed class EncodingTests
{
    private const string Script = "<script>alert(1)</script>";

    private static readonly Author HostileAuthor = new()
    {
        Name = Script,
        Role = "<b>role</b>",
        Website = new Uri("javascript:alert(3)"),
        Mastodon = new Uri("https://mastodon.example/@x?\"onmouseover=alert(4)"),
        Slug = "hostile-author",
    };

    private static readonly Page HostilePage = new()
    {
        Title = Script,
        Description = "\"><img src=x onerror=alert(5)>",
        NavTitle = "<i>nav</i>",
        Slug = "hostile-page",
        GeneratedHtmlSource = "<p>The page body is trusted HTML from Markdig.</p>\n"u8,
    };

    private static Post Hostile() => new(
        slug: "hostile",
        title: Script,
        date: new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
        lastModifiedAt: null,
        categories: ["\"><img src=x onerror=alert(2)>"],
        tags: ["<b>bold</b>", "Tom & Jerry"],
        excerpt: "An excerpt with \"quotes\" and <tags> & ampersands",
        excerptHtmlUtf8: "<p>An excerpt</p>\n"u8,
        wordCount: 3,
        readingTime: TimeSpan.FromMinutes(1),
        headings: [new PostHeading(2, "<i>heading</i>", "heading"), new PostHeading(3, "Second", "second")],
        sourcePath: "Posts/hostile.md",
        frontMatter: new Dictionary<string, object?>(),
        htmlUtf8: "<p>The body is trusted HTML from Markdig.</p>\n"u8)
    {
        Data = new PostMeta { Author = HostileAuthor, Difficulty = Difficulty.Advanced },
    };

    private static string Render(Func<SiteContent, Resource?> page)
    {
        var site = new SiteContent(SiteInfo.From(null), [Hostile()], [HostileAuthor], [HostilePage]);
        var buffer = new ArrayBufferWriter<byte>();
        page(site)!.WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static TheoryData<string> PageNames() => ["post", "home", "tag", "category", "archive", "year", "tags", "categories", "author", "authors", "page"];

    [Theory]
    [MemberData(nameof(PageNames))]
    public void A_script_title_is_shown_as_text_on_every_page(string name)
    {
        var html = Render(site => name switch
        {
            "post" => site.Post("hostile"),
            "home" => site.Home(1),
            "tag" => site.Tag("tom-jerry"),
            "category" => site.Category("img-src-x-onerror-alert-2"),
            "archive" => site.Archive,
            "year" => site.Year("2025"),
            "tags" => site.Tags,
            "author" => site.Author("hostile-author"),
            "authors" => site.Authors,
            "page" => site.SitePage("hostile-page"),
            _ => site.Categories,
        });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>role", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>nav", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/hostile-page\">&lt;i&gt;nav&lt;/i&gt;</a>", html, StringComparison.Ordinal);
        if (name is "post" or "home" or "archive" or "year" or "author" or "authors" or "page")
        {
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Post_page_encodes_excerpt_in_meta_tags_headings_in_contents_and_keeps_the_body()
    {
        var html = Render(site => site.Post("hostile"));

        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · Notes from the Lab</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"An excerpt with &quot;quotes&quot; and &lt;tags&gt; &amp; ampersands\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#heading\">&lt;i&gt;heading&lt;/i&gt;</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tags/tom-jerry\">Tom &amp; Jerry</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p>The body is trusted HTML from Markdig.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Author_page_encodes_the_name_and_role_and_links_only_web_URLs()
    {
        var html = Render(site => site.Author("hostile-author"));

        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>\n<p class=\"role\">&lt;b&gt;role&lt;/b&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"author-links\"><li><a href=\"https://mastodon.example/@x?%22onmouseover=alert(4)\" rel=\"me\">Mastodon</a></li></ul>", html, StringComparison.Ordinal);
        Assert.Contains("By <a href=\"/authors/hostile-author\" rel=\"author\">&lt;script&gt;alert(1)&lt;/script&gt;</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_nest_by_heading_level()
    {
        var buffer = new ArrayBufferWriter<byte>();
        TableOfContents.Write(new HtmlWriter(buffer), PostTocEntry.Build([new(2, "A", "a"), new(3, "A1", "a1"), new(4, "A1x", "a1x"), new(2, "B", "b"), new(4, "B1", "b1")]));

        Assert.Contains(
            "<ol><li><a href=\"#a\">A</a><ol><li><a href=\"#a1\">A1</a><ol><li><a href=\"#a1x\">A1x</a></li></ol></li></ol></li>" +
            "<li><a href=\"#b\">B</a><ol><li><a href=\"#b1\">B1</a></li></ol></li></ol>",
            Encoding.UTF8.GetString(buffer.WrittenSpan),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("machine learning", "machine-learning")]
    [InlineData("C#", "c-sharp")]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("  Déjà Vu!  ", "deja-vu")]
    [InlineData("<>", "-")]
    public void Terms_become_readable_URL_segments(string term, string slug) => Assert.Equal(slug, Urls.Slugify(term));
}
