using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Blog.Generator.Benchmarks.Harness;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Blog.Generator.Benchmarks;

/// <summary>
/// Commands:
///   write-posts DIR COUNT [BYTES]     the scale harness: COUNT posts of about BYTES bytes (fixed seed) into DIR
///   bucket-of PATH...                 the bucket each project-relative post path is stored in, one "PATH BUCKET" a line
///   generation [COUNT] [ROUNDS]       floor vs generator, interleaved in one process; prints medians and the ratio
///   incremental [COUNT] [ROUNDS]      full run vs one-post edits, with the tracked steps each edit ran
///   highlighting [COUNT] [ROUNDS]     the generator with BlogSyntaxHighlighting off vs on, on the corpus and on a code-heavy copy
///   hostile [LIMIT_SECONDS]           Markdown shapes Markdig is slow on: Markdig alone vs the generator's render budget
///   hostile2 [list | N]               issue 32's hostile posts: list them, or run shape N beside a good post and print the outcome
///   sanitizer [ROUNDS]                the generator's HTML allow-list against HtmlSanitizer on Markdown's HTML with raw HTML off
///   profile [COUNT] [ROUNDS]          the generator alone, for a profiler
///   gzip [COUNT] [ROUNDS]             the generator's gzip encoder against the runtime's zlib on the posts' HTML
///   csharp [COUNT] [ROUNDS]           C# fences coloured by the compiler's syntax against ColorCode, on the same blocks
///   jekyll [COPIES] [ROUNDS]          the Jekyll corpus (each post COPIES times) in the default mode and in Jekyll mode
///   bdn [BenchmarkDotNet args]        the BenchmarkDotNet suites (GenerationBenchmarks, IncrementalBenchmarks)
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length == 0 ? "help" : args[0];
        switch (command)
        {
            case "write-posts":
                var written = PostCorpus.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8 * 1024);
                Console.WriteLine($"wrote {written.Count} posts, {written.Sum(p => new FileInfo(p).Length) / 1024} KiB, to {args[1]}");
                return 0;
            case "bucket-of":
                foreach (var path in args.Skip(1))
                {
                    Console.WriteLine(path + " " + Blog.Generator.Storage.BucketAssignment.Of(path).ToString(CultureInfo.InvariantCulture));
                }

                return 0;
            case "generation":
                return Generation(Arg(args, 1, 1000), Arg(args, 2, 7));
            case "incremental":
                return Incremental(Arg(args, 1, 1000), Arg(args, 2, 7));
            case "highlighting":
                return Highlighting(Arg(args, 1, 1000), Arg(args, 2, 7));
            case "hostile":
                return HostileShapes.Run(Arg(args, 1, 60));
            case "hostile2":
                return HostileRound2.Run(args.Skip(1).ToArray());
            case "sanitizer":
                return SanitizerComparison.Run(Arg(args, 1, 200));
            case "profile":
                // For dotnet-trace / callgrind: the generator alone, ROUNDS full runs.
                var profiled = Corpus(Arg(args, 1, 1000), 8 * 1024);
                var profileCompilation = GeneratorHarness.Compilation();
                for (var i = 0; i < Arg(args, 2, 10); i++)
                {
                    Console.WriteLine($"run {i}: {Time(() => RunGenerator(profiled, profileCompilation)):F0} ms");
                }

                return 0;
            case "profile-edits":
                // For dotnet-trace: one full run, then ROUNDS body edits of one post.
                var editPaths = Corpus(Arg(args, 1, 1000), 8 * 1024);
                var editCompilation = GeneratorHarness.Compilation();
                var editTexts = GeneratorHarness.FilesOnDisk(editPaths);
                var editDriver = GeneratorHarness.Driver(editTexts).RunGenerators(editCompilation);
                var editCurrent = editTexts[0];
                for (var i = 0; i < Arg(args, 2, 200); i++)
                {
                    var next = GeneratorHarness.InMemory(PostCorpus.FileName(0), File.ReadAllText(editPaths[0]) + "\nEdit " + i + "\n");
                    editDriver = editDriver.ReplaceAdditionalText(editCurrent, next).RunGenerators(editCompilation);
                    editCurrent = next;
                }

                return 0;
            case "csharp":
                return CSharpCommand(Arg(args, 1, 1000), Arg(args, 2, 7));
            case "jekyll":
                return JekyllMode(Arg(args, 1, 13), Arg(args, 2, 7));
            case "gzip":
                return GzipCommand(Arg(args, 1, 1000), Arg(args, 2, 7));
            case "compile":
                // Generator then the whole compile (bind + emit to memory), as csc would, in this process.
                return Compile(Arg(args, 1, 100), Arg(args, 2, 10 * 1024));
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
                return 0;
            default:
                Console.WriteLine("usage: write-posts DIR COUNT [BYTES] | generation [COUNT] [ROUNDS] | incremental [COUNT] [ROUNDS] | highlighting [COUNT] [ROUNDS] | hostile [LIMIT_SECONDS] | bdn [args]");
                return command == "help" ? 0 : 2;
        }
    }

    private static int Arg(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static IReadOnlyList<string> Corpus(int count, int bytes) =>
        PostCorpus.Write(Path.Combine(Path.GetTempPath(), $"blog-bench-{count}x{bytes}"), count, bytes);

    /// <summary>Target 1: the generator at most 1.25× the floor. Rounds alternate floor and generator so noise hits both.</summary>
    private static int Generation(int count, int rounds)
    {
        var paths = Corpus(count, 8 * 1024);
        var compilation = GeneratorHarness.Compilation();
        Console.WriteLine($"{count} posts, {paths.Sum(p => new FileInfo(p).Length) / count} bytes each on average; {Environment.ProcessorCount} cores; Roslyn {typeof(CSharpGeneratorDriver).Assembly.GetName().Version}");

        long sink = Floor.Run(paths);
        sink += RunGenerator(paths, compilation); // warm-up: JIT and the pipeline cache
        var floor = new List<double>();
        var generator = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            floor.Add(Time(() => sink += Floor.Run(paths)));
            generator.Add(Time(() => sink += RunGenerator(paths, compilation)));
        }

        var ratio = Median(generator) / Median(floor);
        Console.WriteLine($"floor     median {Median(floor),8:F0} ms  [{string.Join(", ", floor.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}]");
        Console.WriteLine($"generator median {Median(generator),8:F0} ms  [{string.Join(", ", generator.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}]");
        Console.WriteLine($"RATIO generator/floor = {ratio:F2}x (target <= 1.25x: {(ratio <= 1.25 ? "met" : "MISSED")})  (sink {sink % 10})");
        return 0;
    }

    /// <summary>
    /// The cost of <c>BlogSyntaxHighlighting</c>: full generator runs with it off and on, rounds interleaved so noise hits
    /// both, on the usual corpus and on a copy with about 1.7 KB more code per post (<see cref="CodeSamples"/>).
    /// </summary>
    private static int Highlighting(int count, int rounds)
    {
        var paths = Corpus(count, 8 * 1024);
        var codeHeavy = CodeSamples.WriteCodeHeavy(paths, Path.Combine(Path.GetTempPath(), $"blog-bench-{count}x{8 * 1024}-code"));
        var compilation = GeneratorHarness.Compilation();
        Console.WriteLine($"{count} posts; {Environment.ProcessorCount} cores; Roslyn {typeof(CSharpGeneratorDriver).Assembly.GetName().Version}");

        var failures = 0;
        foreach (var (label, corpus) in new[] { ("corpus", paths), ("code-heavy", codeHeavy) })
        {
            var (blocks, characters) = CodeSamples.Measure(corpus);
            var bytes = corpus.Sum(p => new FileInfo(p).Length);
            Console.WriteLine($"{label}: {bytes / count} bytes a post, {blocks} fenced code blocks, {characters * 100.0 / bytes:F0}% of the bytes are code");

            // Warm-up (JIT, pipelines, ColorCode's regexes), and a check that the setting does what it says.
            var sources = new Dictionary<bool, string>();
            foreach (var highlighting in new[] { false, true })
            {
                var result = GeneratorHarness.Result(GeneratorHarness.Driver(GeneratorHarness.FilesOnDisk(corpus), syntaxHighlighting: highlighting).RunGenerators(compilation));
                sources[highlighting] = string.Concat(result.GeneratedSources.Select(source => source.SourceText.ToString()));
                failures += result.Diagnostics.Length;
                foreach (var diagnostic in result.Diagnostics.Take(3))
                {
                    Console.WriteLine("  " + diagnostic);
                }
            }

            if (StoredHtml(sources[false]).Contains("<span class=", StringComparison.Ordinal) || !StoredHtml(sources[true]).Contains("<span class=\"keyword\">", StringComparison.Ordinal))
            {
                Console.WriteLine("  HIGHLIGHTING CHECK FAILED: off must write no class span, on must");
                failures++;
            }

            long sink = 0;
            var off = new List<double>();
            var on = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                off.Add(Time(() => sink += RunGenerator(corpus, compilation, syntaxHighlighting: false)));
                on.Add(Time(() => sink += RunGenerator(corpus, compilation, syntaxHighlighting: true)));
            }

            Console.WriteLine($"  off median {Median(off),8:F0} ms  [{Join(off)}]");
            Console.WriteLine($"  on  median {Median(on),8:F0} ms  [{Join(on)}]");
            Console.WriteLine($"  RATIO on/off = {Median(on) / Median(off):F2}x; generated C# {sources[false].Length / 1024} KiB off, {sources[true].Length / 1024} KiB on  (sink {sink % 10})");
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// What Jekyll mode costs: the Jekyll corpus (tests/Blog.Generator.Tests/Jekyll/Corpus, each post
    /// <paramref name="copies"/> times) through the generator in the default mode (Liquid and kramdown syntax left as
    /// text) and in Jekyll mode (Liquid evaluated, kramdown read), interleaved; medians and the ratio.
    /// </summary>
    private static int JekyllMode(int copies, int rounds)
    {
        var root = Path.Combine(RepositoryRoot(), "tests", "Blog.Generator.Tests", "Jekyll", "Corpus");
        var files = GeneratorHarness.JekyllSite(root, copies);
        var compilation = GeneratorHarness.Compilation();
        var posts = files.Count(file => file.Path.Contains("/_posts/", StringComparison.Ordinal));
        Console.WriteLine($"{posts} posts ({copies} copies of the corpus), {files.Sum(file => file.GetText()!.Length) / 1024} KiB; {Environment.ProcessorCount} cores");

        var failures = 0;
        foreach (var jekyll in new[] { false, true })
        {
            var result = GeneratorHarness.Result(GeneratorHarness.Driver(files, jekyll: jekyll).RunGenerators(compilation));
            var counts = string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
            Console.WriteLine($"  {(jekyll ? "jekyll " : "default")} diagnostics: {(counts.Length == 0 ? "none" : counts)}");
            failures += result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        }

        long sink = 0;
        var plain = new List<double>();
        var jekyllMode = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            plain.Add(Time(() => sink += GeneratorHarness.Result(GeneratorHarness.Driver(files).RunGenerators(compilation)).GeneratedSources.Length));
            jekyllMode.Add(Time(() => sink += GeneratorHarness.Result(GeneratorHarness.Driver(files, jekyll: true).RunGenerators(compilation)).GeneratedSources.Length));
        }

        Console.WriteLine($"  default median {Median(plain),8:F0} ms  [{Join(plain)}]");
        Console.WriteLine($"  jekyll  median {Median(jekyllMode),8:F0} ms  [{Join(jekyllMode)}]");
        Console.WriteLine($"  RATIO jekyll/default = {Median(jekyllMode) / Median(plain):F2}x  (sink {sink % 10})");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The repository's root: the nearest folder above the program that holds Blog.Generator.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Blog.Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Blog.Generator.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The generator's own deflate encoder (Emitting/Gzip.cs) on the corpus's rendered HTML, against the runtime's
    /// zlib at its fastest and smallest settings: time and compressed size, medians of the rounds.
    /// </summary>
    private static int GzipCommand(int count, int rounds)
    {
        var pages = Corpus(count, 8 * 1024)
            .Select(path => System.Text.Encoding.UTF8.GetBytes(Markdig.Markdown.ToHtml(Floor.Split(File.ReadAllText(path)).Body, Floor.Pipeline)))
            .ToList();
        var html = pages.Sum(page => (long)page.Length);
        Console.WriteLine($"{count} pages, {html / 1024} KiB of HTML");
        foreach (var (name, compress) in new (string, Func<byte[], byte[]>)[]
        {
            ("generator", Blog.Generator.Compression.Gzip.Compress),
            ("zlib fastest", page => Zlib(page, System.IO.Compression.CompressionLevel.Fastest)),
            ("zlib optimal", page => Zlib(page, System.IO.Compression.CompressionLevel.Optimal)),
            ("zlib smallest", page => Zlib(page, System.IO.Compression.CompressionLevel.SmallestSize)),
        })
        {
            long size = 0;
            var times = new List<double>();
            for (var i = 0; i <= rounds; i++)
            {
                var time = Time(() => size = pages.Sum(page => (long)compress(page).Length));
                if (i > 0)
                {
                    times.Add(time);
                }
            }

            Console.WriteLine($"{name,-14} median {Median(times),6:F0} ms  {size / 1024,6} KiB  {100.0 * size / html:F1}% of the HTML  [{Join(times)}]");
        }

        return 0;
    }

    /// <summary>The posts' HTML as the records store it (each <c>z</c><i>chars</i><c>:</c><i>base64</i> of gzip), decompressed.</summary>
    private static string StoredHtml(string sources)
    {
        var html = new System.Text.StringBuilder();
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(sources, @"(?m)^z(\d+):"))
        {
            var base64 = sources.Substring(match.Index + match.Length, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(Convert.FromBase64String(base64)), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            html.Append(reader.ReadToEnd());
        }

        return html.ToString();
    }

    /// <summary>
    /// C# colouring on its own: every C# fence of the corpus (and of its code-heavy copy) classified by the compiler's
    /// syntax (Rendering/CSharpClassifier.cs) and by ColorCode, rounds interleaved; medians, per block and per 1,000 posts.
    /// </summary>
    private static int CSharpCommand(int count, int rounds)
    {
        var paths = Corpus(count, 8 * 1024);
        var codeHeavy = CodeSamples.WriteCodeHeavy(paths, Path.Combine(Path.GetTempPath(), $"blog-bench-{count}x{8 * 1024}-code"));
        foreach (var (label, corpus) in new[] { ("corpus", paths), ("code-heavy", codeHeavy) })
        {
            var blocks = corpus
                .SelectMany(path => Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.FencedCodeBlock>(Markdig.Markdown.Parse(File.ReadAllText(path), Floor.Pipeline)))
                .Where(block => block.Info is "csharp" or "cs")
                .Select(block => string.Concat(block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString() + "\n")))
                .ToList();
            var characters = blocks.Sum(block => (long)block.Length);
            var roslyn = new List<double>();
            var colorCode = new List<double>();
            long sink = 0;
            for (var i = 0; i <= rounds; i++)
            {
                var r = Time(() => sink += blocks.Sum(block => Blog.Generator.Rendering.CSharpClassifier.Classify(block).Count));
                var c = Time(() => sink += blocks.Sum(block => Blog.Generator.Rendering.CodeColorizer.Colorize("csharp", block)!.Count));
                if (i > 0)
                {
                    roslyn.Add(r);
                    colorCode.Add(c);
                }
            }

            Console.WriteLine($"{label}: {blocks.Count} C# blocks in {count} posts, {characters / 1024} KiB of C#  (sink {sink % 10})");
            foreach (var (name, times) in new[] { ("compiler's syntax", roslyn), ("ColorCode", colorCode) })
            {
                Console.WriteLine($"  {name,-18} median {Median(times),7:F0} ms = {1000 * Median(times) / blocks.Count,6:F1} µs a block  [{Join(times)}]");
            }

            Console.WriteLine($"  RATIO compiler's syntax / ColorCode = {Median(roslyn) / Median(colorCode):F2}x");
        }

        return 0;
    }

    private static byte[] Zlib(byte[] data, System.IO.Compression.CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, level))
        {
            gzip.Write(data, 0, data.Length);
        }

        return output.ToArray();
    }

    private static int Compile(int count, int bytes)
    {
        var paths = Corpus(count, bytes);
        var references = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(path => !path.Contains("Native", StringComparison.Ordinal))
            .Select(path => { try { return (MetadataReference?)MetadataReference.CreateFromFile(path); } catch (BadImageFormatException) { return null; } })
            .OfType<MetadataReference>()
            .ToList();
        var compilation = GeneratorHarness.Compilation(references);
        Compilation output = null!;
        var generate = Time(() => GeneratorHarness.Driver(GeneratorHarness.FilesOnDisk(paths)).RunGeneratorsAndUpdateCompilation(compilation, out output, out _));
        var errors = 0;
        long size = 0;
        var emit = Time(() =>
        {
            using var stream = new MemoryStream();
            var result = output.Emit(stream);
            errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
            {
                Console.WriteLine(error);
            }

            size = stream.Length;
        });
        Console.WriteLine($"{count} posts x {bytes} B: generate {generate:F0} ms, bind+emit {emit:F0} ms, assembly {size / 1024} KiB, {errors} errors, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        return errors == 0 ? 0 : 1;
    }

    private static int RunGenerator(IReadOnlyList<string> paths, Compilation compilation, bool syntaxHighlighting = false) =>
        GeneratorHarness.Result(GeneratorHarness.Driver(GeneratorHarness.FilesOnDisk(paths), syntaxHighlighting: syntaxHighlighting).RunGenerators(compilation)).GeneratedSources.Length;

    /// <summary>Target 2: incremental edits in a driver holding the posts, with tracked steps.</summary>
    private static int Incremental(int count, int rounds)
    {
        var paths = Corpus(count, 8 * 1024);
        var compilation = GeneratorHarness.Compilation();
        var texts = GeneratorHarness.FilesOnDisk(paths);
        var edited = count / 2;
        var name = PostCorpus.FileName(edited);
        var original = File.ReadAllText(paths[edited]);

        RunGenerator(paths, compilation); // warm-up
        var full = new List<double>();
        GeneratorDriver driver = null!;
        for (var i = 0; i < rounds; i++)
        {
            // Untracked, as csc and the IDE run it: step tracking records every step's inputs, and with each post's
            // parse combined with the collected link map that bookkeeping grows with the square of the posts.
            full.Add(Time(() => driver = GeneratorHarness.Driver(texts).RunGenerators(compilation)));
        }

        var failures = 0;
        var current = texts[edited];
        var body = new List<double>();
        var title = new List<double>();
        var cs = new List<double>();
        var titled = original;
        for (var i = 0; i < rounds; i++)
        {
            // A body edit keeps whatever title the previous round's title edit left.
            var next = GeneratorHarness.InMemory(name, titled + "\nEdit number " + i + ".\n");
            body.Add(Time(() => driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation)));
            current = next;

            titled = original.Replace("title: \"", "title: \"Edit " + i + " ");
            next = GeneratorHarness.InMemory(name, titled + "\nEdit number " + i + ".\n");
            title.Add(Time(() => driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation)));
            current = next;

            var program = CSharpSyntaxTree.ParseText(GeneratorHarness.ProgramSource(i + 1), GeneratorHarness.ParseOptions, path: GeneratorHarness.ProjectDirectory + "/Program.cs");
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), program);
            cs.Add(Time(() => driver = driver.RunGenerators(compilation)));
        }

        var fullMedian = Median(full);
        Console.WriteLine($"{count} posts; full run median {fullMedian:F0} ms  [{Join(full)}]");
        Report("body edit ", body, fullMedian, 0.02);
        Report("title edit", title, fullMedian, null);
        Report(".cs edit  ", cs, fullMedian, null);

        // The same three edits once more on a tracked driver, untimed, to check which steps ran. At most 100 posts:
        // tracking records each output's whole input tree, and each of the 256 buckets' inputs hold every post, so a
        // tracked driver of 1,000 posts does not finish.
        var trackedTexts = texts.Where((_, i) => i == edited || i < 99).ToList();
        var tracked = GeneratorHarness.Driver(trackedTexts, trackSteps: true).RunGenerators(compilation);
        var edit = GeneratorHarness.InMemory(name, original + "\nOne more line.\n");
        tracked = tracked.ReplaceAdditionalText(texts[edited], edit).RunGenerators(compilation);
        failures += Check(tracked, "body edit", 0, expectIndex: false, expectOnePost: true);
        var retitled = GeneratorHarness.InMemory(name, original.Replace("title: \"", "title: \"Edited ") + "\nOne more line.\n");
        tracked = tracked.ReplaceAdditionalText(edit, retitled).RunGenerators(compilation);
        failures += Check(tracked, "title edit", 0, expectIndex: true, expectOnePost: true);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText(GeneratorHarness.ProgramSource(rounds + 1), GeneratorHarness.ParseOptions, path: GeneratorHarness.ProjectDirectory + "/Program.cs"));
        tracked = tracked.RunGenerators(compilation);
        failures += Check(tracked, ".cs edit", 0, expectIndex: false, expectOnePost: false);
        Console.WriteLine(failures == 0 ? "STEPS OK: body edit re-rendered exactly 1 post; title edit re-rendered 1 post and the index; .cs edit ran no step" : $"STEPS FAILED: {failures}");
        return failures == 0 ? 0 : 1;
    }

    private static void Report(string label, List<double> times, double full, double? target)
    {
        var ratio = Median(times) / full;
        var verdict = target is { } t ? $" (target <= {t:P0}: {(ratio <= t ? "met" : "MISSED")})" : string.Empty;
        Console.WriteLine($"{label} median {Median(times),8:F1} ms = {ratio:P2} of the full run{verdict}  [{Join(times)}]");
    }

    /// <summary>Counts, per tracked step, the outputs that were not cached or unchanged, and checks them against the edit.</summary>
    private static int Check(GeneratorDriver driver, string edit, int round, bool expectIndex, bool expectOnePost)
    {
        var steps = GeneratorHarness.Result(driver).TrackedSteps;
        int Ran(string name) => steps.TryGetValue(name, out var runs)
            ? runs.Count(run => run.Outputs.Any(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified))
            : 0;

        var parsed = Ran(TrackingNames.ParsedPosts);
        var models = Ran(TrackingNames.PostModels);
        var index = Ran(TrackingNames.Index);
        var options = Ran(TrackingNames.Options);
        var ok = parsed == (expectOnePost ? 1 : 0) && models == (expectOnePost ? 1 : 0) && index == (expectIndex ? 1 : 0) && options == 0;
        if (round == 0 || !ok)
        {
            Console.WriteLine($"  {edit}: ParsedPosts ran {parsed}, PostModels ran {models}, IndexRows ran {Ran(TrackingNames.IndexRows)}, Index ran {index}, PostDiagnostics ran {Ran(TrackingNames.PostDiagnostics)} -> {(ok ? "ok" : "UNEXPECTED")}");
        }

        return ok ? 0 : 1;
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Join(List<double> values) => string.Join(", ", values.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)));
}
