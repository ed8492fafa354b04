using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Tests.Jekyll;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Kramdown;

/// <summary>
/// kramdown's syntax in Jekyll mode, against the HTML Jekyll 4.3.1's kramdown gave the same Markdown, captured once
/// into <c>Reference/jekyll-4.3.1.jsonl</c> by <c>Reference/capture.rb</c>. Compared as HTML: whitespace between tags,
/// the order of attributes and of classes, and comments do not count.
/// </summary>
public sealed class KramdownTests
{
    private static readonly string ReferenceFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Tests", "Kramdown", "Reference");

    /// <summary>Where Jekyll mode differs from kramdown on purpose, with what it gives instead.</summary>
    private static readonly Dictionary<string, string> Deliberate = new(StringComparer.Ordinal)
    {
        // kramdown reads {#id} at a heading's end but prints "{: .cls}" as text; Jekyll mode applies it.
        ["# A Heading {#custom-id}\n\n## Another {: .cls}"] = "<h1 id=\"custom-id\">A Heading</h1><h2 class=\"cls\" id=\"another\">Another </h2>",

        // The same emphasis, nested the other way round.
        ["***bold italic***"] = "<p><em><strong>bold italic</strong></em></p>",

        // Rouge's markup for a code block belongs to Jekyll's highlighter (BlogSyntaxHighlighting is the generator's).
        ["```ruby\nputs 1\n```\n{: .code-block}"] = "<pre><code class=\"code-block language-ruby\">puts 1\n</code></pre>",
    };

    private static IReadOnlyList<string[]> Cases() =>
        File.ReadAllLines(Path.Combine(ReferenceFolder, "jekyll-4.3.1.jsonl")).Select(line => JsonSerializer.Deserialize<string[]>(line)!).ToList();

    public static TheoryData<int> ReferenceCases() => new(Enumerable.Range(0, Cases().Count));

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Renders_the_HTML_Jekylls_kramdown_renders(int index)
    {
        var (markdown, kramdown) = (Cases()[index][0], Cases()[index][1]);

        var (html, _) = Render(markdown);

        // Rouge marks inline code too (highlighter-rouge, language-plaintext); those classes are its, not kramdown's.
        var expected = Regex.Replace(kramdown, @"<code class=""(?<classes>[^""]*)""", match =>
        {
            var classes = match.Groups["classes"].Value.Split(' ').Where(name => name is not ("highlighter-rouge" or "language-plaintext"));
            return classes.Any() ? "<code class=\"" + string.Join(' ', classes) + "\"" : "<code";
        });

        Assert.Equal(Deliberate.TryGetValue(markdown, out var instead) ? instead : Normalize(expected), Normalize(html));
    }

    /// <summary>
    /// Only kramdown's own syntax is consumed: a brace that opens no attribute list is text, as kramdown prints it (an
    /// Alexa skill's <c>{VALUE}</c> slot and a maths post's <c>{R}</c> were deleted once), and nothing is reported.
    /// </summary>
    [Theory]
    [InlineData("Say {VALUE} to the skill.", "<p>Say {VALUE} to the skill.</p>")]
    [InlineData("The set {R} of reals, {x | x > 0}.", "<p>The set {R} of reals, {x | x &gt; 0}.</p>")]
    [InlineData("{VALUE}", "<p>{VALUE}</p>")]
    [InlineData("## Slots {VALUE} here", "<h2 id=\"slots-value-here\">Slots {VALUE} here</h2>")]
    [InlineData("## Named {#custom}", "<h2 id=\"custom\">Named</h2>")]
    public void A_brace_that_opens_no_attribute_list_stays_text(string markdown, string expected)
    {
        var (html, diagnostics) = Render(markdown);

        Assert.Equal(expected, Normalize(html));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Options_and_an_attribute_list_touching_no_block_are_warnings_at_their_line()
    {
        var (_, diagnostics) = Render("Para.\n\n{::options parse_block_html=\"true\" /}\n\nText.\n\n{: .nothing-after}\n");

        Assert.Collection(
            diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line),
            options => Assert.Equal((6, "BLOG041"), (options.Location.GetLineSpan().StartLinePosition.Line + 1, options.Id)),
            nothing =>
            {
                Assert.Equal((10, "BLOG041"), (nothing.Location.GetLineSpan().StartLinePosition.Line + 1, nothing.Id));
                Assert.Contains("no block comes after it", nothing.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            });
    }

    [Theory]
    [InlineData("Para\n{: .x #y #z}", "<p class=\"x\" id=\"z\">Para</p>")]
    [InlineData("Para\n{: unknownref}", "<p>Para</p>")]
    [InlineData("Para\n{: key='single' other=\"dq \\\" esc\"}", "<p key=\"single\" other=\"dq &quot; esc\">Para</p>")]
    public void Attribute_lists_read_as_kramdown_reads_them(string markdown, string expected)
    {
        var (html, diagnostics) = Render(markdown);

        Assert.Equal(expected, Normalize(html));
        if (markdown.Contains("unknownref", StringComparison.Ordinal))
        {
            var diagnostic = Assert.Single(diagnostics);
            Assert.Contains("unknownref", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unclosed_extensions_and_unreadable_lists_are_warnings_and_never_printed()
    {
        var (html, diagnostics) = Render("Text {: .x} here.\n\n{::comment}\nnever closed\n");

        Assert.DoesNotContain("{:", html, StringComparison.Ordinal);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, diagnostic => Assert.Equal("BLOG041", diagnostic.Id));
    }

    [Fact]
    public void The_excerpt_headings_and_table_of_contents_keep_the_typographic_quotes()
    {
        var post = new TestPost("_posts/2024-01-01-quotes.md", "---\ntitle: Quotes\n---\nIt's \"quoted\" -- ok...\n\n* TOC\n{:toc}\n\n## The \"best\" part's here\n");

        var blog = JekyllCorpus.Harness().Run(post).Load();

        var generated = blog.All.Single();
        Assert.Equal("It’s “quoted” – ok…", generated.Excerpt);
        Assert.Contains("<h2 id=\"the-best-parts-here\">The “best” part’s here</h2>", generated.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#the-best-parts-here\" id=\"markdown-toc-the-best-parts-here\">The “best” part’s here</a>", generated.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_mode_keeps_Markdigs_smarty_pants_quotes_in_the_excerpt()
    {
        var post = TestPost.Create("2024-01-01-quotes.md", "title: Quotes\nexcerpt_separator: <!--more-->", "It's \"quoted\".\n<!--more-->\nRest.\n");

        var blog = new GeneratorHarness().With("BlogMarkdownExtensions", "advanced+smartypants").Run(post).Load();

        // Markdig's SmartyPants pairs the double quotes and leaves a lone apostrophe as it is; the excerpt keeps both as the page shows them.
        Assert.StartsWith("<p>It's &ldquo;quoted&rdquo;.</p>", blog.All.Single().Html, StringComparison.Ordinal);
        Assert.Equal("It's “quoted”.", blog.All.Single().Excerpt);
    }

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var result = JekyllCorpus.Harness().Run(new TestPost("_posts/2024-01-01-case.md", "---\ntitle: Case\n---\n" + markdown));
        Assert.Empty(result.CompilationDiagnostics);
        return (result.Load().All.Single().Html, result.Diagnostics);
    }

    /// <summary>HTML with what does not change the page taken out: comments, whitespace between tags, the order of attributes and classes.</summary>
    private static string Normalize(string html)
    {
        html = Regex.Replace(html, "<!--.*?-->", string.Empty, RegexOptions.Singleline);
        html = Regex.Replace(html, @">\s+<", "><").Trim();
        return Regex.Replace(html, @"<(?<name>[a-z0-9]+)(?<attributes>(?:\s+[^\s=>/]+(?:=""[^""]*"")?)+)\s*(?<close>/?)>", match =>
        {
            var attributes = Regex.Matches(match.Groups["attributes"].Value, @"(?<key>[^\s=>/]+)(?:=""(?<value>[^""]*)"")?")
                .Select(attribute => attribute.Groups["key"].Value == "class"
                    ? "class=\"" + string.Join(' ', attribute.Groups["value"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)) + "\""
                    : attribute.Value)
                .Order(StringComparer.Ordinal);
            return "<" + match.Groups["name"].Value + " " + string.Join(' ', attributes) + (match.Groups["close"].Length > 0 ? " />" : ">");
        });
    }
}
