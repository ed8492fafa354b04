using System.Collections.Generic;
using System.IO;
using System.Linq;
using Blog.Generator.Benchmarks.Harness;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Blog.Generator.Benchmarks.Benchmarks;

/// <summary>
/// A driver holding 1,000 posts, after one full run. Each invocation makes one edit (toggling between two
/// versions, so every invocation is a real change) and reruns the driver. <see cref="FullRun"/> is the baseline.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class IncrementalBenchmarks
{
    private const int Edited = 500;
    private IReadOnlyList<string> paths = [];
    private Compilation compilation = null!;
    private GeneratorDriver driver = null!;
    private AdditionalText[] bodyVersions = [];
    private AdditionalText[] titleVersions = [];
    private SyntaxTree[] programVersions = [];
    private AdditionalText current = null!;
    private int bodyToggle;
    private int titleToggle;
    private int programToggle;

    [Params(1000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        paths = PostCorpus.Write(Path.Combine(Path.GetTempPath(), "blog-bench-incremental-" + Posts), Posts, 8 * 1024);
        compilation = GeneratorHarness.Compilation();
        var texts = GeneratorHarness.FilesOnDisk(paths);
        current = texts[Edited];
        var name = PostCorpus.FileName(Edited);
        var original = File.ReadAllText(paths[Edited]);
        bodyVersions = [GeneratorHarness.InMemory(name, original + "\nOne more line.\n"), GeneratorHarness.InMemory(name, original + "\nAnother line.\n")];
        titleVersions = [GeneratorHarness.InMemory(name, original.Replace("title: \"", "title: \"Edited ")), GeneratorHarness.InMemory(name, original)];
        programVersions =
        [
            CSharpSyntaxTree.ParseText(GeneratorHarness.ProgramSource(1), GeneratorHarness.ParseOptions, path: GeneratorHarness.ProjectDirectory + "/Program.cs"),
            CSharpSyntaxTree.ParseText(GeneratorHarness.ProgramSource(2), GeneratorHarness.ParseOptions, path: GeneratorHarness.ProjectDirectory + "/Program.cs"),
        ];
        driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
    }

    [Benchmark(Baseline = true)]
    public int FullRun() =>
        GeneratorHarness.Result(GeneratorHarness.Driver(GeneratorHarness.FilesOnDisk(paths)).RunGenerators(compilation)).GeneratedSources.Length;

    [Benchmark]
    public int EditOneBody() => Replace(bodyVersions[bodyToggle++ % 2]);

    [Benchmark]
    public int EditOneTitle() => Replace(titleVersions[titleToggle++ % 2]);

    [Benchmark]
    public int EditCsFile()
    {
        var old = compilation.SyntaxTrees.First();
        compilation = compilation.ReplaceSyntaxTree(old, programVersions[programToggle++ % 2]);
        driver = driver.RunGenerators(compilation);
        return GeneratorHarness.Result(driver).GeneratedSources.Length;
    }

    private int Replace(AdditionalText next)
    {
        driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
        current = next;
        return GeneratorHarness.Result(driver).GeneratedSources.Length;
    }
}
