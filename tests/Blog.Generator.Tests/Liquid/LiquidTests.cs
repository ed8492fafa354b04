using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Jekyll.Liquid;
using Blog.Generator.Rendering;
using Blog.Generator.Rendering.Kramdown;
using Xunit;

namespace Blog.Generator.Tests.Liquid;

/// <summary>
/// The Liquid evaluator on its own. Expected outputs are what Jekyll 4.3.1 (Debian's, with Liquid 5.4.0) printed for
/// the same template and variables, captured once into <c>Reference/jekyll-4.3.1.jsonl</c> by <c>Reference/capture.rb</c>;
/// the rest are read from Liquid's and Jekyll's documentation.
/// </summary>
public sealed class LiquidTests
{
    private static readonly string ReferenceFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Tests", "Liquid", "Reference");

    public static TheoryData<int> ReferenceCases() => new(Enumerable.Range(0, File.ReadAllLines(Path.Combine(ReferenceFolder, "jekyll-4.3.1.jsonl")).Length));

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Prints_what_Jekylls_Liquid_prints(int index)
    {
        var pair = JsonSerializer.Deserialize<string[]>(File.ReadAllLines(Path.Combine(ReferenceFolder, "jekyll-4.3.1.jsonl"))[index])!;

        var result = Render(pair[0]);

        Assert.Empty(result.Problems);
        Assert.Equal(pair[1], result.Text);
    }

    [Fact]
    public void The_reference_cases_cover_every_tag_and_most_filters()
    {
        var templates = string.Join("\n", File.ReadAllLines(Path.Combine(ReferenceFolder, "jekyll-4.3.1.jsonl")).Select(line => JsonSerializer.Deserialize<string[]>(line)![0]));
        foreach (var tag in new[] { "assign", "capture", "if", "elsif", "unless", "case", "when", "for", "break", "continue", "increment", "decrement", "cycle", "raw", "comment" })
        {
            Assert.Contains("{% " + tag, templates);
        }

        Assert.True(System.Text.RegularExpressions.Regex.Matches(templates, @"\| (\w+)").Select(match => match.Groups[1].Value).Distinct().Count() >= 60);
    }

    [Theory]
    [InlineData("{% frobnicate x %}", 0, 18, "the tag 'frobnicate'")]
    [InlineData("ab {{ page.title | frobnicate: 2 }}", 19, 0, "frobnicate")]
    [InlineData("{% tablerow i in (1..3) %}{{ i }}{% endtablerow %}", 0, 26, "tablerow")]
    [InlineData("{% include_relative x.md %}", 0, 27, "include_relative")]
    [InlineData("{{ page.previous.url }}", 3, 17, "the previous post is only known once every post is read")]
    [InlineData("{% for p in site.posts %}{{ p.title }}{% endfor %}", 12, 10, "site.posts")]
    [InlineData("{{ site.time | date: \"%Y\" }}", 3, 9, "the moment of the build")]
    [InlineData("{{ \"now\" | date: \"%Y\" }}", 11, 0, "now")]
    [InlineData("{{ 1 | divided_by: 0 }}", 7, 0, "divides by zero")]
    [InlineData("{{ 1 == 1 }}", 5, 0, "'=='")]
    [InlineData("{% highlight ruby frobnicate %}x{% endhighlight %}", 0, 31, "frobnicate")]
    public void What_cannot_be_evaluated_is_a_warning_at_its_place_and_left_out(string template, int start, int length, string message)
    {
        var result = Render(template);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(LiquidProblemKind.Unsupported, problem.Kind);
        Assert.Equal(start, problem.At.Start);
        if (length > 0)
        {
            Assert.Equal(length, problem.At.Length);
        }

        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a {% if true %}x", 2, "{% if %} is never closed by {% endif %}")]
    [InlineData("a {% endif %}", 2, "{% endif %} closes or splits no open block here")]
    [InlineData("a {% else %}", 2, "{% else %} closes or splits no open block here")]
    [InlineData("text {{ page.title", 5, "this {{ is never closed by }}")]
    [InlineData("text {% assign x = 1", 5, "this {% is never closed by %}")]
    [InlineData("{% raw %}never closed", 0, "{% raw %} is never closed by {% endraw %}")]
    [InlineData("{% comment %}never closed", 0, "{% comment %} is never closed by {% endcomment %}")]
    [InlineData("{% include missing.html %}", 0, "_includes/missing.html is not among the includes")]
    [InlineData("{% include %}", 0, "{% include %} needs the name of a file in _includes")]
    [InlineData("{% highlight %}x{% endhighlight %}", 0, "{% highlight %} needs a language")]
    public void A_template_that_cannot_be_read_is_an_error_at_its_place(string template, int start, string message)
    {
        var result = Render(template);

        var problem = Assert.Single(result.Problems, problem => problem.Kind == LiquidProblemKind.Error);
        Assert.Equal(start, problem.At.Start);
        Assert.Equal(message, problem.Message.Substring(0, Math.Min(problem.Message.Length, message.Length)));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_missing_post_url_target_is_reported_as_a_missing_post_and_a_known_one_gives_its_url()
    {
        var result = Render("[a]({% post_url 2010-07-07-name %}) [b]({% post_url 2011-01-01-gone %}) [c]({% link _posts/2010-07-07-name.md %}) [d]({% link assets/x.png %})");

        Assert.Equal("[a](/test/2010/07/07/name/) [b]() [c](/test/2010/07/07/name/) [d](/test/assets/x.png)", result.Text);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(LiquidProblemKind.MissingPost, problem.Kind);
        Assert.Equal(40, problem.At.Start);
    }

    [Fact]
    public void Includes_take_parameters_and_variable_names_and_report_problems_at_the_outermost_include()
    {
        var includes = new Dictionary<string, string>
        {
            ["figure.html"] = "<figure><img src=\"{{ include.image_path | relative_url }}\" alt=\"{{ include.alt }}\"><figcaption>{{ include.caption }}</figcaption></figure>",
            ["outer.html"] = "outer:{% include inner.html n=include.n %}",
            ["inner.html"] = "line one\n{{ include.n | plus: 1 }} {{ page.previous }}",
        };

        var figure = Render("{% include figure.html image_path=\"/a.png\" alt='An \"A\"' caption=page.title %}", includes);
        Assert.Empty(figure.Problems);
        Assert.Equal("<figure><img src=\"/test/a.png\" alt=\"An \"A\"\"><figcaption>Hello \"World\"</figcaption></figure>", figure.Text);

        var named = Render("{% assign file = \"outer.html\" %}x {% include {{ file }} n=41 %}", includes);
        Assert.Equal("x outer:line one\n42 ", named.Text);
        var problem = Assert.Single(named.Problems);
        Assert.Equal(LiquidProblemKind.Unsupported, problem.Kind);
        Assert.Equal(34, problem.At.Start);
        Assert.Contains("(in _includes/inner.html, line 2)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_cached_renders_as_include_and_keeps_the_text_after_it()
    {
        // jekyll-include-cache, which many themes use: once a warning that dropped the rest of the post.
        var includes = new Dictionary<string, string> { ["note.html"] = "<aside>{{ include.text }}</aside>" };

        var result = Render("Before. {% include_cached note.html text=\"Careful\" %} After.", includes);

        Assert.Empty(result.Problems);
        Assert.Equal("Before. <aside>Careful</aside> After.", result.Text);
    }

    [Fact]
    public void Highlight_becomes_a_fence_longer_than_any_backtick_run_in_the_code_and_starts_on_its_own_line()
    {
        var result = Render("Text {% highlight ruby linenos %}\ndef x\n  ```\nend\n{% endhighlight %} after");

        Assert.Empty(result.Problems);
        Assert.Equal("Text \n````ruby {.linenos}\ndef x\n  ```\nend\n````\n after", result.Text);
    }

    [Fact]
    public void Loops_that_run_too_long_stop_at_the_step_budget_with_an_error_in_the_innermost_loop()
    {
        const string template = "ok {% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}";

        var result = Render(template, maxOutput: int.MaxValue / 2);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(LiquidProblemKind.Error, problem.Kind);
        Assert.InRange(problem.At.Start, template.IndexOf("{% for c", StringComparison.Ordinal), template.IndexOf("{% endfor", StringComparison.Ordinal));
        Assert.Contains("1,000,000 steps", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_that_doubles_stops_at_the_output_budget()
    {
        var result = Render("{% assign s = \"xxxxxxxxxx\" %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s }}", maxOutput: 100_000);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(LiquidProblemKind.Error, problem.Kind);
        Assert.Contains("100,000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_range_is_refused_before_it_is_built()
    {
        var result = Render("{% for i in (1..9223372036854775807) %}{% endfor %}");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("more than the 100,000 a post may loop over", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_that_includes_itself_stops_at_the_depth_limit_at_the_posts_tag()
    {
        var result = Render("x {% include self.html %}", new Dictionary<string, string> { ["self.html"] = "again {% include self.html %}" });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.At.Start);
        Assert.Contains("nested more than 16 deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000, "{% if true %}", "{% endif %}")]
    [InlineData(10_000, "{% for i in (1..1) %}", "{% endfor %}")]
    [InlineData(10_000, "{% capture c %}", "{% endcapture %}")]
    public void Deep_nesting_is_an_error_not_a_stack_overflow(int depth, string open, string close)
    {
        var template = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        var result = Render(template);

        // One problem, at the 101st block: the blocks left open by stopping there are not each reported again.
        var problem = Assert.Single(result.Problems);
        Assert.Equal(LiquidProblemKind.Error, problem.Kind);
        Assert.Equal(100 * open.Length, problem.At.Start);
        Assert.Contains("nested more than 100 deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 }}")]
    [InlineData("{{ a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a }}")]
    public void Deep_brackets_in_an_expression_are_a_warning_not_a_stack_overflow(string template)
    {
        var deep = template.Replace("((((((((((", string.Concat(Enumerable.Repeat("((((((((((", 1000)), StringComparison.Ordinal)
            .Replace("a[a[a[a[a[", string.Concat(Enumerable.Repeat("a[a[a[a[a[", 2000)), StringComparison.Ordinal);

        var result = Render(deep);

        Assert.Single(result.Problems);
        Assert.Equal(string.Empty, result.Text);
    }

    [Fact]
    public void Whitespace_control_trims_across_lines_and_raw_keeps_it()
    {
        var result = Render("a\n  {%- assign x = 1 -%}\n  b {{- x -}} \n c{% raw %} {{- kept -}} {% endraw %}");

        Assert.Equal("ab1c {{- kept -}} ", result.Text);
    }

    [Fact]
    public void The_source_map_puts_text_after_a_multi_line_tag_at_its_own_offset()
    {
        const string template = "one {% capture x %}\ntwo\n{% endcapture %}{{ x }}\nthree";

        var result = Render(template);

        var three = result.Text.IndexOf("three", StringComparison.Ordinal);
        Assert.Equal(template.IndexOf("three", StringComparison.Ordinal), result.Map.Map(three));
        Assert.Equal(template.IndexOf("one", StringComparison.Ordinal), result.Map.Map(0));
    }

    [Theory]
    [InlineData("%-d %B %Y %e|%_m|%^b|%10A|%j|%U|%W|%G-%V|%u%w|%I %l %p %P|%y %C|%:z %::z|%s|%L|%D %F %T %R %r|%x %X|%v|%%|%Q|%h",
        "7 January 2024  7| 1|JAN|    Sunday|007|01|01|2024-01|70|03  3 PM pm|24 20|+05:30 +05:30:00|1704620045|123|01/07/24 2024-01-07 15:04:05 15:04 03:04:05 PM|01/07/24 15:04:05| 7-JAN-2024|%|%Q|Jan")]
    [InlineData("%c", "Sun Jan  7 15:04:05 2024")]
    public void Strftime_formats_as_Rubys(string format, string expected)
    {
        // Ruby 3.1: Time.new(2024, 1, 7, 15, 4, 5.123, "+05:30").strftime(format)
        var time = new DateTimeOffset(2024, 1, 7, 15, 4, 5, 123, TimeSpan.FromMinutes(330));

        Assert.Equal(expected, RubyTime.Format(time, format));
    }

    [Theory]
    [InlineData(1e16, "1.0e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1.0e-05")]
    [InlineData(1.5e20, "1.5e+20")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(-2.5e-5, "-2.5e-05")]
    [InlineData(1234567890123456.7, "1234567890123456.8")]
    [InlineData(12345678901234567890.0, "1.2345678901234567e+19")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5.0e-324")]
    public void Floats_print_as_Rubys_to_s(double value, string expected)
    {
        // Ruby 3.1's Float#to_s of the same values.
        Assert.Equal(expected, LiquidValues.FloatText(value));
    }

    /// <summary>The variables <c>liquid-reference.rb</c> renders with.</summary>
    internal static LiquidHash Page() => new()
    {
        ["title"] = "Hello \"World\"",
        ["tags"] = new List<object?> { "a", "b", "c" },
        ["categories"] = new List<object?> { "x" },
        ["date"] = new DateTimeOffset(2024, 1, 7, 15, 4, 5, TimeSpan.FromMinutes(330)),
        ["authors"] = new List<object?>
        {
            new LiquidHash { ["name"] = "Cy", ["role"] = "editor" },
            new LiquidHash { ["name"] = "Al", ["role"] = "writer" },
            new LiquidHash { ["name"] = "Bo", ["role"] = "editor" },
        },
        ["flag"] = true,
        ["count"] = 41L,
    };

    internal static LiquidResult Render(
        string template,
        IReadOnlyDictionary<string, string>? includes = null,
        int maxOutput = 1_000_000,
        Func<string, string?>? postUrl = null)
    {
        var variables = new LiquidHash
        {
            ["page"] = Page(),
            ["site"] = new LiquidHash
            {
                ["url"] = "https://blog.example.org",
                ["baseurl"] = "/test",
                ["title"] = "Corpus",
                ["time"] = new Unavailable("the moment of the build would make every build differ"),
                ["posts"] = new Unavailable("the list of every post is not known while one post renders"),
            },
        };
        ((LiquidHash)variables["page"]!)["previous"] = new Unavailable("the previous post is only known once every post is read");
        var pipeline = MarkdownPipelines.Get("advanced", allowRawHtml: true, syntaxHighlighting: false, jekyll: true);
        var environment = new LiquidEnvironment(
            variables,
            (includes ?? new Dictionary<string, string>()).ToDictionary(pair => pair.Key, pair => new LiquidInclude("_includes/" + pair.Key, pair.Value), StringComparer.Ordinal),
            postUrl ?? (name => name == "2010-07-07-name" ? "/test/2010/07/07/name/" : null),
            path => path == "_posts/2010-07-07-name.md" ? "/test/2010/07/07/name/" : path.EndsWith(".md", StringComparison.Ordinal) ? null : "/test/" + path,
            new LiquidFilterHost("https://blog.example.org", "/test", markdown => MarkdownRenderer.RenderFragment(markdown, pipeline, rawHtml: true, 1_000_000, []), KramdownTypography.Apply),
            maxOutput);
        return LiquidRenderer.Render(template, environment);
    }
}
