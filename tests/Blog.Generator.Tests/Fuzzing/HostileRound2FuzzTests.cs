using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Tests.Hostile;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Tests.Jekyll;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Generator.Tests.Fuzzing;

/// <summary>
/// Issue 32's classes as properties, with the asserts of <see cref="HostileValueFuzzTests"/>: Liquid programs, kramdown
/// extension soup, C# fence shapes and names, each batch of posts built beside a good post with raw HTML off. The
/// generator never throws, the generated C# compiles and runs, every problem is a located diagnostic whose id the class
/// allows, the good post builds, and no HTML holds active markup (<see cref="ActiveMarkupOracle"/>). The worst shape of
/// each class is measured in a real build by the benchmarks' <c>hostile2</c> command (docs/limits.md).
/// </summary>
public sealed class HostileRound2FuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 12;

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    /// <summary>A Liquid fragment that may nest another inside it.</summary>
    private static readonly Gen<string> LiquidLeaf = Gen.OneOf(
        Gen.OneOfConst(
            "{{ page.title }}", "{{ 'a,b,c' | split: ',' | join: '-' }}", "{% assign a = 'x' | split: '' %}", "{{ a | push: a | jsonify }}",
            "{{ a | inspect }}", "{% assign a = a | concat: a %}", "{{ a | sort | uniq | size }}", "{{ a | flatten | size }}",
            "{% include p.html x=1 y='two' %}", "{{ include.x }}", "{% break %}", "{% continue %}", "{{ 1 | divided_by: 0 }}",
            "{{ (1..3) | join }}", "{% cycle 'a', 'b' %}", "{{ 'x' | markdownify }}", "{{ '<script>alert(1)</script>' }}",
            "{{ '[x](javascript:alert(1))' | markdownify }}", "{% raw %}{{ raw }}{% endraw %}", "{% comment %}x{% endcomment %}",
            "{{ site.data.x.y }}", "{% post_url 2024-01-01-none %}", "{% if x == nil or y and z %}c{% endif %}"),
        Gen.Int[0, 2_000].Select(n => "{% if false" + Repeat(" or false", n) + " or true %}t{% endif %}"),
        Gen.Select(Gen.Int[-5, 5], Gen.OneOfConst(0L, 3L, 100_000L, 100_001L, long.MaxValue), (from, to) => "{% for i in (" + (from == -5 ? long.MinValue : from) + ".." + to + ") %}{% if i > 2 %}{% break %}{% endif %}{{ i }}{% endfor %}"),
        Gen.Int[0, 300].Select(n => "{{ " + Repeat("(", n) + "1..2" + Repeat(")", n) + " }}"));

    private static readonly Gen<string> LiquidProgram = Gen.Select(LiquidLeaf.Array[1, 6], Gen.Int[0, 3], Gen.OneOfConst("for", "if", "capture", "unless"), (leaves, depth, wrapper) =>
    {
        var body = string.Join(" ", leaves);
        for (var i = 0; i < depth; i++)
        {
            body = wrapper switch
            {
                "for" => "{% for v" + i + " in (1..100) %}" + body + "{% endfor %}",
                "if" => "{% if true %}" + body + "{% endif %}",
                "unless" => "{% unless false %}" + body + "{% endunless %}",
                _ => "{% capture c" + i + " %}" + body + "{% endcapture %}{{ c" + i + " }}",
            };
        }

        return body;
    });

    /// <summary>kramdown's extensions and attribute lists, mixed with the XSS vectors.</summary>
    private static readonly Gen<string> KramdownPiece = Gen.OneOf(
        Gen.OneOfConst(
            "## Heading\n", "* toc\n{:toc}\n", "Text\n{: .a #b}\n", "{:ref: .c title=\"t\"}\n", "Para\n{: ref}\n",
            "{::nomarkdown}<b>x</b>{:/nomarkdown}\n", "<div markdown=\"1\">\n*x*\n</div>\n", "{::comment}x{:/comment}\n",
            "| a | b |\n|---|---|\n| 1 |\n", "[^1]: note\n", "Text[^1]\n", "{::options parse_block_html=\"true\" /}\n",
            "[a](https://x.example){: .btn}\n", "`code`{: onclick=\"alert(1)\"}\n", "## H\n{: no_toc}\n"),
        Gen.OneOfConst(XssVectors.Html).Select(vector => "{::nomarkdown}\n" + vector + "\n{:/nomarkdown}\n"),
        Gen.OneOfConst(XssVectors.Attributes).Select(attribute => "Text\n{: " + attribute + "}\n"),
        Gen.OneOfConst(XssVectors.Urls).Select(url => "[x](" + url + ")\n"),
        Gen.Int[1, 3_000].Select(n => "Text\n{: " + string.Concat(Enumerable.Range(0, n).Select(i => ".c" + i + " ")) + "}\n"));

    /// <summary>C# fences: nesting of every kind, options right and wrong, as many fences as a post may hold.</summary>
    private static readonly Gen<string> FenceShape = Gen.OneOf(
        Gen.Select(Gen.OneOfConst("-", "!", "~", "b ? 1 : ", "x => ", "(", "new[] { ", "await "), Gen.Int[1, 3_000], (prefix, n) => "var r = " + Repeat(prefix, n) + "1;"),
        Gen.Int[1, 14].Select(n => "static int M(System.Func<int, int> f) => 0;\nstatic int M(System.Func<string, int> f) => 0;\nvar r = " + Repeat("M(a => ", n) + "1" + Repeat(")", n) + ";"),
        Gen.OneOfConst("var x = 1;", "int x = \"no\";", "class C { void M() { } }", "}}}{{{", "var s = $\"{\\//*\n\";"));

    private static readonly Gen<string> FenceOptions = Gen.OneOf(
        Gen.OneOfConst("check", "compile", "nocheck", "compile expect=CS0029", "compile usings=System.Text", "check usings=;;..", "compile expect=CS"),
        Gen.Int[30, 40].Select(n => "compile usings=" + string.Join(".", Enumerable.Repeat("N", n))));

    /// <summary>Slugs an entry's file name may carry: C# keywords, the generated members' names, digits, long, Unicode.</summary>
    private static readonly Gen<string> EntryName = Gen.OneOf(
        Gen.OneOfConst("authors", "author", "all", "find-by-slug", "built", "built-entries", "create-all", "hot-reload", "class", "int", "1st", "a--b", "equals", "get-type", "to-string"),
        Gen.Char['a', 'z'].Array[1, 8].Select(chars => new string(chars)),
        Gen.Int[100, 260].Select(n => new string('x', n)),
        Gen.OneOfConst("héllo", "日本語", "a b", "UPPER"));

    [Fact]
    public void Liquid_programs_build_or_stop_at_a_located_bound()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        LiquidProgram.Array[1, 4].Sample(programs => Check(programs.Select(program => program + "\n").ToArray(), jekyll: true, ["BLOG041", "BLOG042", "BLOG021", "BLOG045", "BLOG035", "BLOG034"], seen), iter: Iterations, threads: 1);
        output.WriteLine(string.Join(", ", seen.Select(pair => pair.Key + " " + pair.Value)));
        Assert.True(seen.GetValueOrDefault("built") > 0);
    }

    [Fact]
    public void Kramdown_extension_soup_builds_with_no_active_markup()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        KramdownPiece.Array[1, 12].Array[1, 4].Sample(posts => Check(posts.Select(pieces => string.Join("\n", pieces)).ToArray(), jekyll: true, ["BLOG041", "BLOG045", "BLOG034", "BLOG035", "BLOG019"], seen), iter: Iterations, threads: 1);
        output.WriteLine(string.Join(", ", seen.Select(pair => pair.Key + " " + pair.Value)));
        Assert.True(seen.GetValueOrDefault("built") > 0);
    }

    [Fact]
    public void Csharp_fence_shapes_are_checked_or_reported_at_their_fence()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        Gen.Select(FenceOptions, FenceShape, Gen.Int[1, 3], (options, code, copies) => Repeat("```csharp " + options + "\n" + code + "\n```\n\n", copies))
            .Array[1, 4]
            .Sample(posts => Check(posts, jekyll: false, ["BLOG037", "BLOG038", "BLOG039", "BLOG040"], seen), iter: Iterations, threads: 1);
        output.WriteLine(string.Join(", ", seen.Select(pair => pair.Key + " " + pair.Value)));
        Assert.True(seen.GetValueOrDefault("built") > 0);
    }

    [Fact]
    public void Entry_names_give_members_that_compile_and_differ()
    {
        EntryName.Array[1, 8].Sample(
            names =>
            {
                var files = names.Distinct(StringComparer.Ordinal).Select(name => TestPost.Entry("Authors/" + name + ".md", "name: N")).ToList();
                var result = new GeneratorHarness().WithoutStepTracking().Run(files, AuthorSchema.Source);

                Assert.Null(result.RunResult.Results.Single().Exception);
                Assert.Empty(result.CompilationDiagnostics);
                // A slug too long or not URL-safe (BLOG009), or shared by two files (BLOG027, both left out).
                Assert.All(result.Diagnostics, d => Assert.Contains(d.Id, new[] { "BLOG009", "BLOG027" }));
                var authors = result.Load().Assembly.GetType("TestBlog.Content.Authors")!;
                var members = authors.GetProperties().Where(p => p.PropertyType.Name == "Author").Select(p => p.Name).ToList();
                Assert.Equal(files.Count - result.Diagnostics.Select(d => d.Location.GetLineSpan().Path).Distinct().Count(), members.Count);
                Assert.Equal(members.Count, members.Distinct(StringComparer.Ordinal).Count());
            },
            iter: Iterations * 2,
            threads: 1);
    }

    /// <summary>Builds the bodies as posts beside a good one, raw HTML off, and asserts the properties above.</summary>
    private static void Check(string[] bodies, bool jekyll, string[] allowed, Dictionary<string, int> seen)
    {
        var folder = jekyll ? "_posts" : "Posts";
        var posts = bodies.Select((body, i) => new TestPost($"{folder}/2024-01-{i + 1:00}-p{i}.md", "---\ntitle: P" + i + "\n---\n" + body))
            .Append(new TestPost($"{folder}/2024-05-06-good.md", "---\ntitle: Good\n---\nGood *post*.\n"))
            .Append(TestPost.JekyllSiteFile("_includes/p.html", "include", "[{{ include.x }}|{{ include.y }}]"));
        var harness = (jekyll ? JekyllCorpus.Harness() : new GeneratorHarness().WithoutStepTracking().With("BlogCheckCSharp", "syntax"))
            .With("BlogAllowRawHtml", "false");

        var result = harness.Run(posts, []);

        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BLOG018");
        Assert.Empty(result.CompilationDiagnostics);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Contains(d.Id, allowed);
            Assert.True(d.Location.IsInSource || d.Location.GetLineSpan().Path.Length > 0, d.ToString());
            Assert.True(d.Location.GetLineSpan().StartLinePosition.Line >= 0);
            seen[d.Id] = seen.GetValueOrDefault(d.Id) + 1;
        });
        var blog = result.Load();
        Assert.Contains(blog.All, post => post.Title == "Good");
        foreach (var post in blog.All)
        {
            var found = ActiveMarkupOracle.Find(post.Html + post.ExcerptHtml);
            Assert.True(found.Count == 0, string.Join(", ", found));
            seen["built"] = seen.GetValueOrDefault("built") + 1;
        }
    }
}
