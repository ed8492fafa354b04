using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Benchmarks.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Performance;

/// <summary>
/// A short run of the benchmarks' scale harness (tests/Blog.Generator.Benchmarks/Harness), so the harness the
/// performance figures come from keeps working. No timing is asserted: the machines here are shared and noisy.
/// </summary>
public sealed class ScaleHarnessSmokeTests : IDisposable
{
    private const int Count = 200;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "blog-scale-smoke-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Two_hundred_harness_posts_generate_a_record_each_and_an_index_that_compile_without_errors()
    {
        var paths = PostCorpus.Write(directory, Count, 8 * 1024);
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net100.References.All);

        var driver = GeneratorHarness.Driver(GeneratorHarness.FilesOnDisk(paths))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = GeneratorHarness.Result(driver);

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var hintNames = result.GeneratedSources.Select(source => source.HintName).ToList();
        var posts = result.GeneratedSources.Where(source => source.HintName.StartsWith("PostBuckets.Bucket", StringComparison.Ordinal)).Sum(source => Regex.Count(source.SourceText.ToString(), @"(?m)^\s*p[0-9]+:s[0-9]+:"));
        Assert.Equal(Count, posts);
        Assert.Contains("Posts.g.cs", hintNames);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
