using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Blog.Generator.Rendering;
using Blog.Generator.Tests.Infrastructure;
using ColorCode;
using CsCheck;
using Markdig;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>
/// <c>BlogSyntaxHighlighting</c>: fenced code blocks in C# (by the compiler's syntax) or in a language ColorCode knows
/// get class spans at compile time; everything else is exactly what Markdig writes.
/// </summary>
public sealed class SyntaxHighlightingTests
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly Regex Span = new("""<span class="[A-Za-z-]+">|</span>""");

    private static readonly Regex CodeBlock = new("""(?<=<pre><code class="language-[^"]*">).*?(?=</code></pre>)""", RegexOptions.Singleline);

    /// <summary>The HTML with the class spans inside code blocks taken out (Markdig writes spans of its own elsewhere).</summary>
    private static string WithoutHighlighting(string html) => CodeBlock.Replace(html, block => Span.Replace(block.Value, string.Empty));

    private static GeneratorHarness On => new GeneratorHarness().With("BlogSyntaxHighlighting", "true");

    private static string Html(string body, GeneratorHarness? harness = null)
    {
        var result = (harness ?? new GeneratorHarness()).Run(TestPost.Create("2024-01-01-post.md", "title: Post", body));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        return Assert.Single(result.Load().All).Html;
    }

    private static string Fenced(string language, string code) => "```" + language + "\n" + code + "```\n";

    [Fact]
    public void Highlighting_is_off_by_default_and_code_blocks_are_exactly_what_Markdig_writes()
    {
        var body = "Text.\n\n" + Fenced("csharp", "var s = \"<b>\"; // note\n") + "\n" + Fenced("json", "{\"a\": 1}\n");

        var html = Html(body);

        Assert.Equal(Markdown.ToHtml(body, Markdig), html);
        Assert.DoesNotContain("<span", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSharp_block_gets_the_compilers_classes_for_keywords_names_strings_comments_and_numbers()
    {
        var html = Html(Fenced("csharp", "// Greets\nvar name = \"World\";\nif (name.Length > 0) { return 42; }\n"), On);

        Assert.Equal(
            """
            <pre><code class="language-csharp"><span class="comment">// Greets</span>
            <span class="keyword">var</span> <span class="local-name">name</span> <span class="operator">=</span> <span class="string">&quot;World&quot;</span>;
            <span class="keyword-control">if</span> (<span class="local-name">name</span>.Length <span class="operator">&gt;</span> <span class="number">0</span>) { <span class="keyword-control">return</span> <span class="number">42</span>; }
            </code></pre>

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            html);
    }

    [Theory]
    [InlineData("cs")]
    [InlineData("c#")]
    [InlineData("CSharp")]
    public void CSharp_is_found_by_its_usual_names_and_the_class_keeps_the_name_written(string name)
    {
        var html = Html(Fenced(name, "public class C { }\n"), On);

        Assert.StartsWith($"""<pre><code class="language-{name}"><span class="keyword">public</span> <span class="keyword">class</span>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_languages_get_their_own_classes()
    {
        var html = Html(
            Fenced("json", "{\"key\": [1, true, \"text\"]}\n") +
            Fenced("html", "<a href=\"/x\">link</a>\n") +
            Fenced("sql", "SELECT name FROM posts WHERE id = 1\n") +
            Fenced("py", "def f():\n    return \"x\"  # done\n") +
            Fenced("css", "a { color: red; }\n"),
            On);

        Assert.Contains("""<span class="jsonKey">&quot;key&quot;</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="jsonConst">true</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="htmlElementName">a</span> <span class="htmlAttributeName">href</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="keyword">SELECT</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="keyword">def</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="comment"># done</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="cssPropertyName">color</span>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Collection_entries_are_highlighted_as_posts_are()
    {
        var jane = TestPost.Entry("Authors/jane.md", "name: Jane Doe", Fenced("csharp", "var x = 1;\n"));

        var result = On.Run([jane], Collections.ContentModel.Schemas, Collections.ContentModel.Probe);

        Assert.Empty(result.Diagnostics);
        var authors = (string)result.Load().Assembly.GetType("TestBlog.Probe", throwOnError: true)!.GetMethod("Authors")!.Invoke(null, null)!;
        Assert.Contains("""<pre><code class="language-csharp"><span class="keyword">var</span> <span class="local-name">x</span> <span class="operator">=</span> <span class="number">1</span>;""", authors, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_languages_no_language_indented_code_and_diagrams_are_left_as_Markdig_writes_them()
    {
        var body = Fenced("nosuchlanguage", "var x = 1;\n") + "\n" + Fenced("", "var x = 1;\n") + "\n    var x = 1;\n\n" +
            Fenced("mermaid", "graph TD; A-->B;\n") + "\n" + Fenced("bash", "echo \"$HOME\" && ls\n") + "\n```csharp\n```\n";

        Assert.Equal(Markdown.ToHtml(body, Markdig), Html(body, On));
    }

    [Fact]
    public void Code_is_HTML_encoded_inside_spans_and_between_them()
    {
        const string code = "// <script>alert('x')</script> & \"q\"\nvar s = \"<script>alert(1)</script> & 'x'\";\nif (a < b && c > d) { }\n";

        var html = Html(Fenced("csharp", code) + Fenced("js", code) + Fenced("html", "<p>&amp; <script>alert(\"x\")</script></p>\n"), On);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="comment">// &lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;q&quot;</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="string">&quot;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 'x'&quot;</span>""", html, StringComparison.Ordinal);
        Assert.Contains("a &lt; b &amp;&amp; c &gt; d", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="htmlEntity">&amp;amp;</span>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_its_spans_a_highlighted_post_is_byte_for_byte_what_Markdig_writes()
    {
        var body = "Café 日本語 🎉\n\n" +
            string.Concat(CodeColorizer.LanguageNames.Select(name => Fenced(name, Sample) + "\n"));

        var html = Html(body, On);

        Assert.Equal(Markdown.ToHtml(body, Markdig), WithoutHighlighting(html));
        Assert.Contains("<span class=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A bit of everything the languages' rules look for, and text that must be escaped.</summary>
    private const string Sample = """
        /* block */ // line # hash -- dash ' quote
        <tag attr="v" other='w'>&amp; text</tag> <!-- comment -->
        public class C { int X = 42; string S = "s\"<>&"; char c = 'c'; }
        SELECT * FROM t WHERE a = 'x' AND b = "y"; $var = @{ a = 1 }
        def f(x): return x ** 2.5e3  # π ≈ 3.14 🎉

        """;

    [Fact]
    public void The_spans_of_languages_but_CSharp_are_those_of_ColorCodes_own_HtmlClassFormatter()
    {
        var samples = new (string Name, ILanguage Language, string Code)[]
        {
            ("js", Languages.JavaScript, "/* c */ function f(a) { return a === 'x' ? 1 : \"y\"; }\n"),
            ("html", Languages.Html, "<!DOCTYPE html>\n<p class=\"a\">x &amp; y</p>\n<script>var a = 1; if (a) { b(\"s\"); }</script>\n"),
            ("json", Languages.FindById("json"), "{\"a\": [1, -2.5e3, true, null, \"s\\\"\"]}\n"),
            ("sql", Languages.Sql, "SELECT COUNT(*) AS n FROM posts -- all\nWHERE title LIKE 'a%'\n"),
            ("xml", Languages.Xml, "<?xml version=\"1.0\"?>\n<a b=\"c\"><![CDATA[x]]><!-- d --></a>\n"),
            ("css", Languages.Css, "body > p.a { color: #fff; margin: 0 auto; } /* c */\n"),
            ("powershell", Languages.PowerShell, "$x = Get-Item -Path \"C:\\\" | Where-Object { $_.Length -gt 1 }\n"),
            ("python", Languages.Python, "@dataclass\nclass A:\n    def f(self): return None  # c\n"),
            ("fsharp", Languages.FSharp, "let f x = x + 1 (* c *)\n"),
        };

        var html = Html(string.Concat(samples.Select(s => Fenced(s.Name, s.Code))), On);

        foreach (var (name, language, code) in samples)
        {
            var ours = Regex.Match(html, $"""<code class="language-{name}">(.*?)</code></pre>""", RegexOptions.Singleline).Groups[1].Value;
            var theirs = new HtmlClassFormatter().GetHtmlString(code, language);
            theirs = theirs.Substring(theirs.IndexOf("<pre>", StringComparison.Ordinal) + "<pre>".Length + Environment.NewLine.Length);
            theirs = theirs.Substring(0, theirs.LastIndexOf(Environment.NewLine + "</pre>", StringComparison.Ordinal));

            // ColorCode escapes more than Markdig does (' as &#39;, é as &#233;); compared as text, the two are the same.
            Assert.Equal(WebUtility.HtmlDecode(theirs), WebUtility.HtmlDecode(ours));
            Assert.Contains("<span class=", ours, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("csharp", "/* never closed\n")]
    [InlineData("js", "/* never closed\n")]
    [InlineData("fsharp", "(* never closed\n")]
    [InlineData("json", "{\"never closed\n")]
    public void An_unclosed_comment_or_string_is_highlighted_at_once(string language, string start)
    {
        // ColorCode's own patterns backtrack exponentially here: 30 lines would take hours.
        var code = start + string.Concat(Enumerable.Repeat("int x = 1;\n", 30));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = CodeColorizer.Colorize(language, code);

        Assert.NotNull(tokens);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_block_ColorCode_cannot_finish_in_time_is_left_as_Markdig_writes_it()
    {
        // CSS's selector pattern is cubic in a run of spaces: 6,000 take far longer than the two-second match timeout.
        var body = Fenced("css", "a" + new string(' ', 6_000) + "\n") + "\n" + Fenced("csharp", "var x = 1;\n");

        var html = Html(body, On);

        Assert.StartsWith(Markdown.ToHtml(Fenced("css", "a" + new string(' ', 6_000) + "\n"), Markdig), html, StringComparison.Ordinal);
        Assert.Contains("""<span class="keyword">var</span>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_BlogSyntaxHighlighting_is_reported_and_highlighting_stays_off()
    {
        var result = new GeneratorHarness().With("BlogSyntaxHighlighting", "yes").Run(TestPost.Create("2024-01-01-p.md", "title: P", Fenced("csharp", "var x = 1;\n")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG017", diagnostic.Id);
        Assert.Contains("BlogSyntaxHighlighting", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("<pre><code class=\"language-csharp\">var x = 1;\n</code></pre>\n", Assert.Single(result.Load().All).Html);
    }

    [Fact]
    public void Highlighting_is_the_same_on_many_threads_at_once_and_in_every_culture()
    {
        var body = string.Concat(CodeColorizer.LanguageNames.Select(name => Fenced(name, Sample)));
        var expected = Html(body, On);
        var cultures = new[] { "tr-TR", "de-DE", "ja-JP", "ar-SA", "" };

        var results = new string[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = new CultureInfo(cultures[i % cultures.Length]);
            try
            {
                results[i] = Html(body, On);
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        });

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void Hostile_code_in_any_language_is_escaped_and_nested_and_loses_nothing()
    {
        var pipeline = MarkdownPipelines.Build("advanced", allowRawHtml: true, syntaxHighlighting: true);
        var pieces = Gen.OneOfConst(
            "\"", "'", "\\", "/*", "*/", "(*", "*)", "//", "#", "--", "<", ">", "&", "<script>", "&amp;", "<!--", "-->", "\n", "\n\n",
            " ", "\t", "class", "var", "if", "SELECT", "def", "{", "}", "(", ")", "[", "]", "@\"", "$\"", "\"\"\"", "`", "${", "=", ";",
            "0x1F", "1.5e3", "é", "🎉", "\u2028", "\u202E", "\ud800", "```", "~~~", "    ", "<%", "%>", "$x", ":", ",");
        var languages = Gen.OneOfConst(CodeColorizer.LanguageNames.Concat(["nosuch", "CSHARP", "Js"]).ToArray());

        Gen.Select(languages, pieces.Array[0, 80]).Sample((language, parts) =>
        {
            var markdown = Fenced(language, string.Concat(parts) + "\n");

            var html = Markdown.ToHtml(markdown, pipeline);

            Assert.Equal(Markdown.ToHtml(markdown, Markdig), WithoutHighlighting(html));
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
            foreach (Match block in CodeBlock.Matches(html))
            {
                var depth = 0;
                foreach (Match tag in Span.Matches(block.Value))
                {
                    depth += tag.Value == "</span>" ? -1 : 1;
                    Assert.True(depth >= 0, html);
                }

                Assert.Equal(0, depth);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Every_ColorCode_language_but_Koka_is_found_by_ColorCodes_own_names()
    {
        foreach (var language in Languages.All.Where(language => language.Id != "koka"))
        {
            Assert.NotNull(CodeColorizer.Colorize(language.Id, "x\n"));
        }

        // Where ColorCode knows a name too, it means the same language.
        Assert.All(CodeColorizer.LanguageNames, name => Assert.Equal(Languages.FindById(name)?.Id ?? CodeColorizer.LanguageId(name), CodeColorizer.LanguageId(name)));
    }

    [Fact]
    public void The_docs_example_is_what_the_generator_writes_and_its_lists_name_every_language_and_class()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "highlighting-and-checked-csharp.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.Substring(readme.IndexOf("## Syntax highlighting", StringComparison.Ordinal));
        var markdown = Regex.Match(section, "````markdown\n(.*?)````\n", RegexOptions.Singleline).Groups[1].Value;
        var html = Regex.Match(section, "```html\n(.*?)```\n", RegexOptions.Singleline).Groups[1].Value;

        Assert.NotEmpty(markdown);
        Assert.Equal(html, Html(markdown, On));
        Assert.All(CodeColorizer.ClassNames, name => Assert.Contains("`" + name + "`", section, StringComparison.Ordinal));
        Assert.All(CSharpClassifier.ClassNames, name => Assert.Contains("`" + name + "`", section, StringComparison.Ordinal));
        Assert.All(CodeColorizer.LanguageNames, name => Assert.Contains("`" + name + "`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Turning_highlighting_on_re_renders_the_posts_and_the_same_value_again_re_renders_none()
    {
        var posts = new[] { TestPost.Create("2024-01-01-a.md", "title: A", Fenced("cs", "var a = 1;\n")), TestPost.Create("2024-01-02-b.md", "title: B") };
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }");
        var driver = new GeneratorHarness().CreateDriver(posts).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(Options("true")).RunGenerators(compilation);
        var on = driver.GetRunResult().Results.Single();
        driver = driver.WithUpdatedAnalyzerConfigOptions(Options("true")).RunGenerators(compilation);
        var again = driver.GetRunResult().Results.Single();

        // Both posts are parsed again; only the one with code changes.
        Assert.Equal(
            [Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified, Microsoft.CodeAnalysis.IncrementalStepRunReason.Unchanged],
            Reasons(on, TrackingNames.ParsedPosts).Order());
        Assert.Contains("""<span class="keyword">var</span>""", string.Concat(on.GeneratedSources.Select(s => GeneratedText.Readable(s.SourceText.ToString()))), StringComparison.Ordinal);
        Assert.DoesNotContain(Reasons(again, TrackingNames.ParsedPosts), r => r is Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified or Microsoft.CodeAnalysis.IncrementalStepRunReason.New);
    }

    private static TestOptionsProvider Options(string highlighting) => new(
        new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "TestBlog",
            ["build_property.MSBuildProjectDirectory"] = TestPost.ProjectDirectory,
            ["build_property.BlogSyntaxHighlighting"] = highlighting,
        });

    private static Microsoft.CodeAnalysis.IncrementalStepRunReason[] Reasons(Microsoft.CodeAnalysis.GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}
