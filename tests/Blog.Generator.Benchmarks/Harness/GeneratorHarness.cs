using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// Runs <see cref="PostsGenerator"/> the way the compiler does, through <see cref="CSharpGeneratorDriver"/>, with
/// posts as AdditionalFiles marked <c>BlogPost="true"</c> and the MSBuild properties a consumer project passes.
/// </summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/bench/Blog.Bench";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    /// <summary>A compilation holding one ordinary source file.</summary>
    public static CSharpCompilation Compilation(IEnumerable<MetadataReference>? references = null) => CSharpCompilation.Create(
        "Blog.Bench",
        [CSharpSyntaxTree.ParseText(ProgramSource(0), ParseOptions, path: ProjectDirectory + "/Program.cs")],
        references ?? [],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The text of the project's one .cs file; <paramref name="version"/> changes it without changing its meaning.</summary>
    public static string ProgramSource(int version) =>
        "namespace Blog.Bench;\n\n/// <summary>Version " + version + ".</summary>\npublic static class Program\n{\n    public static int Count => Posts.All.Count;\n}\n";

    /// <summary>A driver with the generator and the global options (<c>BlogSyntaxHighlighting</c> as given).</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> posts, bool trackSteps = false, bool syntaxHighlighting = false, bool jekyll = false) => CSharpGeneratorDriver.Create(
        [new PostsGenerator().AsSourceGenerator()],
        posts,
        ParseOptions,
        new OptionsProvider(syntaxHighlighting, jekyll),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Posts read from disk when the generator asks for them, as the compiler's AdditionalFiles are.</summary>
    public static ImmutableArray<AdditionalText> FilesOnDisk(IEnumerable<string> paths) =>
        paths.Select(path => (AdditionalText)new PostText(ProjectDirectory + "/Posts/" + Path.GetFileName(path), diskPath: path, text: null)).ToImmutableArray();

    /// <summary>
    /// A Jekyll site's files from disk (<paramref name="root"/>), as Jekyll mode's targets offer them: Markdown under
    /// <c>_posts</c> as posts, <c>_config.yml</c>, <c>_includes</c> and <c>_data</c> as site files; each post
    /// <paramref name="copies"/> times, the copies renamed so that their slugs differ.
    /// </summary>
    public static ImmutableArray<AdditionalText> JekyllSite(string root, int copies)
    {
        var files = new List<AdditionalText>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Contains("_posts/", StringComparison.Ordinal))
            {
                for (var copy = 0; copy < copies; copy++)
                {
                    var name = copy == 0 ? relative : relative.Substring(0, relative.LastIndexOf('.')) + "-copy" + copy + relative.Substring(relative.LastIndexOf('.'));
                    files.Add(new PostText(ProjectDirectory + "/" + name, path, text: null));
                }
            }
            else if (relative == "_config.yml" || relative.StartsWith("_includes/", StringComparison.Ordinal) || relative.StartsWith("_data/", StringComparison.Ordinal))
            {
                files.Add(new PostText(ProjectDirectory + "/" + relative, path, text: null));
            }
        }

        return files.ToImmutableArray();
    }

    /// <summary>A post held in memory at the path a post on disk would have.</summary>
    public static AdditionalText InMemory(string fileName, string text) => new PostText(ProjectDirectory + "/Posts/" + fileName, diskPath: null, text);

    /// <summary>The driver's result: generated files and the generator's diagnostics.</summary>
    public static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private sealed class PostText(string path, string? diskPath, string? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(text ?? File.ReadAllText(diskPath!), Encoding.UTF8);
    }

    private sealed class OptionsProvider(bool syntaxHighlighting, bool jekyll) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());

        private static readonly Options Post = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogPost"] = "true" });

        private static readonly Dictionary<string, Options> SiteFiles = new[] { "config", "include", "data" }
            .ToDictionary(kind => kind, kind => new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogJekyllFile"] = kind }));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Blog.Bench",
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
            ["build_property.BlogSyntaxHighlighting"] = syntaxHighlighting ? "true" : "false",
            ["build_property.BlogCompatibility"] = jekyll ? "jekyll" : "default",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".md", StringComparison.Ordinal) || textFile.Path.EndsWith(".markdown", StringComparison.Ordinal) ? Post
            : textFile.Path.EndsWith("/_config.yml", StringComparison.Ordinal) ? SiteFiles["config"]
            : textFile.Path.Contains("/_includes/", StringComparison.Ordinal) ? SiteFiles["include"]
            : textFile.Path.Contains("/_data/", StringComparison.Ordinal) ? SiteFiles["data"]
            : Empty;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
