using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Blog.Generator.Rendering;
using Ganss.Xss;
using Markdig;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// Issue 32: the generator's own HTML allow-list (Rendering/HtmlAllowList) against HtmlSanitizer, the well-kept
/// sanitiser it could have bundled, on the HTML Markdown writes with raw HTML off (the CommonMark spec and the seed
/// post): throughput, whether each leaves benign HTML byte for byte, and the assemblies each would add to the package.
/// </summary>
public static class SanitizerComparison
{
    public static int Run(int rounds)
    {
        var root = Program.RepositoryRoot();
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
        var html = new[] { Path.Combine(root, "tests/Blog.Generator.Tests/CommonMark/spec.txt"), Path.Combine(root, "sample/Blog.Sample/Posts/2024-06-10-reflections-from-icml-2024.md") }
            .Select(path => Markdown.ToHtml(File.ReadAllText(path), pipeline))
            .ToArray();
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        var size = html.Sum(h => (long)h.Length);
        Console.WriteLine($"{size:N0} characters of HTML a round; own allow-list keeps {html.Count(h => HtmlAllowList.Clean(h, []) == h)} of {html.Length} documents byte for byte, HtmlSanitizer {html.Count(h => sanitizer.Sanitize(h) == h)}");
        var sanitizerAssemblies = new[] { typeof(HtmlSanitizer), typeof(AngleSharp.IConfiguration), typeof(AngleSharp.Css.Dom.ICssStyleDeclaration) }.Sum(type => new FileInfo(type.Assembly.Location).Length);
        Console.WriteLine($"HtmlSanitizer would bundle {sanitizerAssemblies / 1024:N0} KiB of assemblies (HtmlSanitizer, AngleSharp, AngleSharp.Css); the allow-list is one source file");
        var ratios = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var own = Time(() => html.Select(h => HtmlAllowList.Clean(h, [])).Count(), rounds);
            var theirs = Time(() => html.Select(h => sanitizer.Sanitize(h)).Count(), rounds);
            ratios.Add(theirs / own);
            Console.WriteLine($"run {run}: own {size * rounds / own / 1e6:F0} MB/s, HtmlSanitizer {size * rounds / theirs / 1e6:F1} MB/s, HtmlSanitizer takes {theirs / own:F1}x as long");
        }

        Console.WriteLine($"median: HtmlSanitizer takes {ratios.OrderBy(r => r).ElementAt(2):F1}x as long");
        return 0;
    }

    private static double Time(Func<int> action, int rounds)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            action();
        }

        return stopwatch.Elapsed.TotalSeconds;
    }
}
