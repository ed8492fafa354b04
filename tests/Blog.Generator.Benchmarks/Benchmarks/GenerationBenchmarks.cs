using System.Collections.Generic;
using System.IO;
using System.Linq;
using Blog.Generator.Benchmarks.Harness;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Benchmarks.Benchmarks;

/// <summary>
/// Full generation of 1,000 posts of about 8 KB through <c>CSharpGeneratorDriver</c>, warm, against the floor
/// (read + YamlDotNet + the same Markdig pipeline in a plain loop). Both read the same files from disk each time.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class GenerationBenchmarks
{
    private IReadOnlyList<string> paths = [];
    private Compilation compilation = null!;

    [Params(1000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        paths = PostCorpus.Write(Path.Combine(Path.GetTempPath(), "blog-bench-generation-" + Posts), Posts, 8 * 1024);
        compilation = GeneratorHarness.Compilation();
    }

    [Benchmark(Baseline = true)]
    public long Floor() => Harness.Floor.Run(paths);

    [Benchmark]
    public int Generator()
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.FilesOnDisk(paths)).RunGenerators(compilation);
        return GeneratorHarness.Result(driver).GeneratedSources.Length;
    }
}
