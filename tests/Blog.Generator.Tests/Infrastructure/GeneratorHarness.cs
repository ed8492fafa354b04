using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>Runs the generator over posts through <see cref="CSharpGeneratorDriver"/>, as the compiler does.</summary>
internal sealed class GeneratorHarness
{
    /// <summary>C# 12 (the .NET 8 SDK's default) with doc comments checked, so a missing XML doc is a warning.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private readonly Dictionary<string, string> globals = new()
    {
        ["build_property.RootNamespace"] = "TestBlog",
        ["build_property.MSBuildProjectDirectory"] = TestPost.ProjectDirectory,
    };

    private bool trackSteps = true;

    /// <summary>
    /// Runs without Roslyn's step tracking, for runs of hundreds of posts that check output only: tracking records
    /// each output's whole input tree, and each of the 256 buckets' inputs hold every post (and each post the link
    /// map of every post), so a tracked run of the 655 CommonMark examples did not finish. The compiler and the IDE
    /// run untracked.
    /// </summary>
    public GeneratorHarness WithoutStepTracking()
    {
        trackSteps = false;
        return this;
    }

    public GeneratorHarness With(string property, string value)
    {
        globals["build_property." + property] = value;
        return this;
    }

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "TestBlog",
        sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
        Net100.References.All,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true));

    public GeneratorDriver CreateDriver(IEnumerable<TestPost> posts) =>
        CSharpGeneratorDriver.Create(
            [new PostsGenerator().AsSourceGenerator()],
            posts.Cast<AdditionalText>(),
            ParseOptions,
            new TestOptionsProvider(globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and compiles its output with the given user sources.</summary>
    public GenerationResult Run(IEnumerable<TestPost> posts, params string[] userSources)
    {
        var compilation = CreateCompilation(userSources);
        var driver = CreateDriver(posts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GenerationResult(driver.GetRunResult(), output, generatorDiagnostics);
    }

    public GenerationResult Run(params TestPost[] posts) => Run(posts, Array.Empty<string>());
}

/// <summary>What a generator run produced: sources, diagnostics, and the compilation that includes them.</summary>
internal sealed record GenerationResult(GeneratorDriverRunResult RunResult, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<Diagnostic> Diagnostics => RunResult.Diagnostics;

    /// <summary>Compiler errors and warnings in the output, generator diagnostics aside.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics => Compilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    public IReadOnlyDictionary<string, string> Sources => RunResult.Results
        .SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    public string Source(string hintName) => Sources[hintName];

    /// <summary>
    /// The bucket file holding the post at <paramref name="relativePath"/> (posts share files, by a hash of their path),
    /// found by the source path its record holds, a line of its own.
    /// </summary>
    public string PostSource(string relativePath) =>
        Sources.Single(s => s.Key.StartsWith("PostBuckets.Bucket", System.StringComparison.Ordinal) && s.Value.Contains(":" + relativePath + "\n", System.StringComparison.Ordinal)).Value;

    public CompiledBlog Load() => CompiledBlog.Load(Compilation);
}
