using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Markdig;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// The Markdown shapes Markdig is slow on (issue 12), each timed in Markdig alone (what a post cost the build before the
/// render budget) and through the generator (which estimates the cost first and refuses the post), with what the
/// generator reported. Markdig alone is given a time limit, past which it is reported as "over N s".
/// </summary>
public static class HostileShapes
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static IReadOnlyList<(string Name, string Body)> All { get; } =
    [
        ("50,000 unclosed [a](", Repeat("[a](", 50_000)),
        ("20,000 unclosed [a](b (", Repeat("[a](b (", 20_000)),
        ("20,000 unclosed {#", Repeat("{#", 20_000)),
        ("30,000 flat *a ", Repeat("*a ", 30_000)),
        ("100 paragraphs of 5,000 *a ", Repeat(Repeat("*a ", 5_000) + "\n\n", 100)),
        ("100,000 reference definitions", string.Concat(Enumerable.Range(0, 100_000).Select(i => $"[r{i}]: /u{i}\n"))),
        ("1,000-level indented list", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- a\n"))),
        ("[x] x20,000 to a 100,000-char URL", "[x]: /" + new string('u', 100_000) + "\n\n" + Repeat("[x] ", 20_000)),
        ("5,000-column table", Repeat("| h", 5_000) + "|\n" + Repeat("|--", 5_000) + "|\n" + Repeat("| c", 5_000) + "|\n"),
    ];

    /// <summary>Prints, per shape: its size, Markdig alone, the generator, and the generator's diagnostic.</summary>
    public static int Run(int markdigLimitSeconds)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var compilation = GeneratorHarness.Compilation();
        Console.WriteLine($"{"shape",-36} {"size",9} {"Markdig alone",14} {"generator",10}  reported");
        foreach (var (name, body) in All)
        {
            var markdig = TimeLimited(() => Markdown.ToHtml(body, pipeline), markdigLimitSeconds);
            var post = GeneratorHarness.InMemory("2024-01-01-hostile.md", "---\ntitle: Hostile\n---\n" + body);
            var stopwatch = Stopwatch.StartNew();
            var result = GeneratorHarness.Result(GeneratorHarness.Driver([post]).RunGenerators(compilation));
            var generator = stopwatch.Elapsed.TotalSeconds;
            var reported = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error
                ? $"{error.Id} at line {error.Location.GetLineSpan().StartLinePosition.Line + 1}"
                : "rendered";
            Console.WriteLine($"{name,-36} {body.Length / 1024,6} KB {markdig,14} {generator,9:F2}s  {reported}");
        }

        return 0;
    }

    private static string TimeLimited(Func<string> render, int limitSeconds)
    {
        var stopwatch = Stopwatch.StartNew();
        var task = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return render().Length > 0 ? "ok" : "empty";
                }
                catch (ArgumentException)
                {
                    return "refused";
                }
                catch (OverflowException)
                {
                    // The reference bomb: Markdig's writer overflows past 2 GB of HTML.
                    return "overflow";
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        // A run past the limit is left behind on its own thread: Markdig cannot be cancelled.
        return task.Wait(TimeSpan.FromSeconds(limitSeconds))
            ? string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:F2}s {task.Result}")
            : string.Create(CultureInfo.InvariantCulture, $"over {limitSeconds} s");
    }
}
