using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// Issue 32's hostile posts, one shape a run: each is built beside a good post by the generator in this process, and
/// the run prints the generator's time, the process's peak memory (the caller reads it with /usr/bin/time) and what was
/// reported. A shape that kills the process (a stack overflow) or runs past the caller's timeout says so by its absence.
/// Self-contained, so the same file measures an earlier commit's generator.
/// </summary>
public static class HostileRound2
{
    /// <summary>A file of a shape: its project-relative path, its text, and how MSBuild marks it.</summary>
    public sealed record File(string Path, string Text, string Kind = "post");

    /// <summary>A shape: its class of attack, its name, its files, the project's settings and C# sources.</summary>
    public sealed record Shape(string Class, string Name, IReadOnlyList<File> Files, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<string> Sources);

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static readonly Dictionary<string, string> Jekyll = new() { ["BlogCompatibility"] = "jekyll" };

    private static readonly Dictionary<string, string> Default = new();

    private static readonly Dictionary<string, string> CompileFences = new() { ["BlogCheckCSharp"] = "compile" };

    private static Shape Post(string @class, string name, string body, Dictionary<string, string>? settings = null, params File[] more) =>
        new(@class, name, [new File("Posts/2024-01-01-hostile.md", "---\ntitle: Hostile\n---\n" + body), .. more], settings ?? Default, []);

    private static Shape JekyllPost(string @class, string name, string body, params File[] more) =>
        new(@class, name, [new File("_posts/2024-01-01-hostile.md", "---\ntitle: Hostile\n---\n" + body), .. more], Jekyll, []);

    public static IReadOnlyList<Shape> All { get; } =
    [
        JekyllPost("liquid", "a condition of 100,000 'or'", "{% if a" + Repeat(" or a", 100_000) + " %}x{% endif %}\n"),
        Post("csharp", "usings= a namespace of 50,000 parts", "```csharp compile usings=" + string.Join(".", Enumerable.Repeat("N", 50_000)) + "\nvar x = 1;\n```\n", CompileFences),
        JekyllPost("liquid", "an include with 50,000 parameters", "{% include p.html" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $" a{i}=\"{i}\"")) + " %}\n", new File("_includes/p.html", "{{ include.a1 }}", "include")),
        JekyllPost("liquid", "a loop writing 5,000 compile fences", "{% for i in (1..5000) %}\n```csharp compile\nvar x{{ i }} = {{ i }};\n```\n{% endfor %}\n"),
        JekyllPost("liquid", "an array grown through nested filters", "{% assign a = \"a,b\" | split: \",\" %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a | size }}\n"),
        JekyllPost("liquid", "sorting 100,000 strings a million times", "{% assign s = (1..100000) | join: \",\" | split: \",\" %}{% for i in (1..100000) %}{% assign t = s | sort | uniq %}{% endfor %}\n"),
        JekyllPost("liquid", "inspect and jsonify of a growing array", "{% assign a = \"ab\" | split: \"\" %}{% for i in (1..30) %}{% assign a = a | push: a %}{% endfor %}{{ a | jsonify | size }}{{ a | inspect | size }}{{ a | flatten | size }}\n"),
        JekyllPost("liquid", "a range ending at the integer limit", "{% for i in (9223372036854775800..9223372036854775807) %}{{ i }}{% endfor %}\n"),
        JekyllPost("liquid", "a loop of loops broken out of late", "{% for a in (1..100000) %}{% for b in (1..100000) %}{% break %}{% endfor %}{% endfor %}\n"),
        JekyllPost("liquid", "Liquid nested past the limit in one tag", "{{ " + Repeat("(", 5_000) + "1..2" + Repeat(")", 5_000) + " }}\n"),
        JekyllPost("kramdown", "2,000 {:toc} over 2,000 headings", Repeat("* toc\n{:toc}\n\n", 2_000) + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"## H{i}\n\n"))),
        JekyllPost("kramdown", "an attribute list of 200,000 classes", "Text\n{: " + string.Concat(Enumerable.Range(0, 200_000).Select(i => $".c{i} ")) + "}\n"),
        JekyllPost("kramdown", "20,000 attribute references", string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{:r{i}: r{i + 1} .c{i}}}\n")) + "\nText\n{: r0}\n"),
        JekyllPost("kramdown", "an HTML block with 1,000,000 spaces", "<div markdown=\"1\">" + new string(' ', 1_000_000) + "x\n</div>\n"),
        Post("markdown", "10,000 headings with the same text", Repeat("## Setup\n\n", 10_000)),
        Post("csharp", "20,000 nested unary operators in a checked fence", "```csharp check\nvar x = " + Repeat("-", 20_000) + "1;\n```\n"),
        Post("csharp", "20,000 nested lambdas in a checked fence", "```csharp check\nvar f = " + Repeat("x => ", 20_000) + "1;\n```\n"),
        Post("csharp", "exponential overload resolution in a compile fence", "```csharp compile\nstatic int M(System.Func<int, int> f) => 0;\nstatic int M(System.Func<string, int> f) => 0;\nvar r = " + Repeat("M(a => ", 12) + "1" + Repeat(")", 12) + ";\n```\n", CompileFences),
        Post("csharp", "a post with 20,000 checked fences", Repeat("```csharp check\nvar x = 1;\n```\n\n", 20_000)),
        new("collections", "a collection of 10,000 entries", [.. Enumerable.Range(0, 10_000).Select(i => new File($"Authors/a{i}.md", $"---\nname: Author {i}\n---\nBio {i}.\n", "entry"))], Default, [AuthorSchema]),
        new("names", "an entry named like its collection's class", [new File("Authors/authors.md", "---\nname: Self\n---\n", "entry")], Default, [AuthorSchema]),
        Post("names", "a fence option written wrongly", "```csharp compile usings=System.;;..a expect=CS\nvar x = 1;\n```\n", CompileFences),
        Post("raw-html", "onclick through generic attributes, raw HTML off", "[a](https://x.example){onclick=\"alert(1)\"}\n", new() { ["BlogAllowRawHtml"] = "false" }),
        Post("raw-html", "a javascript: link, raw HTML off", "[a](javascript:alert(1))\n", new() { ["BlogAllowRawHtml"] = "false" }),
        new("raw-html", "{::nomarkdown} script, raw HTML off", [new File("_posts/2024-01-01-hostile.md", "---\ntitle: Hostile\n---\n{::nomarkdown}<script>alert(1)</script>{:/nomarkdown}\n")], new Dictionary<string, string> { ["BlogCompatibility"] = "jekyll", ["BlogAllowRawHtml"] = "false" }, []),
        Post("markdown", "50,000 headings with the same text", Repeat("## Setup\n\n", 50_000)),
        Post("csharp", "a post with 20,000 compile fences", Repeat("```csharp compile\nvar x = 1;\n```\n\n", 20_000), CompileFences),
        Post("csharp", "30,000 nested conditionals in a checked fence", "```csharp check\nvar b = true;\nvar x = " + Repeat("b ? 1 : ", 30_000) + "0;\n```\n"),
        JekyllPost("liquid", "an array nested 100,000 deep", "{% assign e = \"\" | split: \",\" %}{% assign a = e %}{% for i in (1..100000) %}{% assign a = e | push: a %}{% endfor %}{{ a | inspect | size }}\n"),
        JekyllPost("liquid", "a range across the whole integer line", "{% for i in (-9223372036854775808..9223372036854775807) %}{{ i }}{% endfor %}\n"),
        JekyllPost("kramdown", "an attribute definition of 100,000 classes used on 10,000 paragraphs", "{:big: " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $".c{i} ")) + "}\n\n" + Repeat("Text\n{: big}\n\n", 10_000)),
    ];

    private const string AuthorSchema = """
        namespace Blog.Bench.Content;

        /// <summary>An author.</summary>
        [Blog.Generator.Collection("Authors")]
        public partial class Author
        {
            /// <summary>The name.</summary>
            public required string Name { get; init; }
        }
        """;

    /// <summary>The running framework's assemblies, so that <c>compile</c> fences bind as in a real project.</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(System.IO.Path.PathSeparator)
        .Where(path => System.IO.Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || System.IO.Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray());

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] == "list")
        {
            for (var i = 0; i < All.Count; i++)
            {
                Console.WriteLine($"{i}\t{All[i].Class}\t{All[i].Name}");
            }

            return 0;
        }

        if (args[0] == "write")
        {
            return Write(All[int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)], args[2]);
        }

        var shape = All[int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture)];
        var files = shape.Files.Select(file => (AdditionalText)new Text(GeneratorHarness.ProjectDirectory + "/" + file.Path, file.Text))
            .Append(new Text(GeneratorHarness.ProjectDirectory + (shape.Settings.ContainsKey("BlogCompatibility") ? "/_posts/2024-01-02-good.md" : "/Posts/2024-01-02-good.md"), "---\ntitle: Good\n---\nGood *body*.\n"))
            .ToImmutableArray();
        var kinds = shape.Files.ToDictionary(file => GeneratorHarness.ProjectDirectory + "/" + file.Path, file => file.Kind);
        var compilation = CSharpCompilation.Create(
            "Blog.Bench",
            shape.Sources.Select(source => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)).Append(CSharpSyntaxTree.ParseText(GeneratorHarness.ProgramSource(0), GeneratorHarness.ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PostsGenerator().AsSourceGenerator()],
            files,
            GeneratorHarness.ParseOptions,
            new Provider(shape.Settings, kinds),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generator = stopwatch.Elapsed.TotalSeconds;
        var result = driver.GetRunResult().Results.Single();
        stopwatch.Restart();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var compile = stopwatch.Elapsed.TotalSeconds;
        var html = string.Concat(result.GeneratedSources.Select(source => source.SourceText.ToString()));
        var reported = string.Join(", ", result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).Select(g => g.Key + (g.Count() > 1 ? " x" + g.Count() : string.Empty) + " at " + Place(g.First())));
        Console.WriteLine($"{shape.Class}\t{shape.Name}\tgenerator {generator:F2} s\tcompile {compile:F2} s\t{(result.Exception is { } e ? "EXCEPTION " + e.GetType().Name : reported.Length == 0 ? "no diagnostic" : reported)}\tC# errors: {errors.Count}{(errors.Count > 0 ? " (" + errors[0].Id + ")" : string.Empty)}");
        return 0;
    }

    /// <summary>
    /// Writes a shape into <paramref name="directory"/> as files of a project, beside a good post, with its settings as
    /// MSBuild properties (<c>Blog.props</c>) and its C# sources (<c>Sources.cs</c>), for a real <c>dotnet build</c>
    /// (scripts/hostile-round2.sh with REAL_BUILD=1). Include files and data files are put where Jekyll mode's targets
    /// find them; entries under their collection's folder.
    /// </summary>
    private static int Write(Shape shape, string directory)
    {
        foreach (var file in shape.Files)
        {
            var path = System.IO.Path.Combine(directory, file.Path);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, file.Text);
        }

        var good = System.IO.Path.Combine(directory, shape.Settings.ContainsKey("BlogCompatibility") ? "_posts" : "Posts", "2024-01-02-good.md");
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(good)!);
        System.IO.File.WriteAllText(good, "---\ntitle: Good\n---\nGood *body*.\n");
        var properties = string.Concat(shape.Settings.Select(pair => $"    <{pair.Key}>{pair.Value}</{pair.Key}>\n"));
        System.IO.File.WriteAllText(System.IO.Path.Combine(directory, "Blog.props"), "<Project>\n  <PropertyGroup>\n" + properties + "  </PropertyGroup>\n</Project>\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(directory, "Sources.cs"), string.Join("\n", shape.Sources));
        return 0;
    }

    private static string Place(Diagnostic diagnostic) =>
        diagnostic.Location == Location.None ? "no place" : System.IO.Path.GetFileName(diagnostic.Location.GetLineSpan().Path) + ":" + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, System.Text.Encoding.UTF8);
    }

    private sealed class Provider(IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> kinds) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>(settings.Select(pair => new KeyValuePair<string, string>("build_property." + pair.Key, pair.Value)))
        {
            ["build_property.RootNamespace"] = "Blog.Bench",
            ["build_property.MSBuildProjectDirectory"] = GeneratorHarness.ProjectDirectory,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options((kinds.TryGetValue(textFile.Path, out var kind) ? kind : "post") switch
        {
            "entry" => new() { ["build_metadata.AdditionalFiles.BlogContent"] = "true" },
            "post" => new() { ["build_metadata.AdditionalFiles.BlogPost"] = "true" },
            var site => new() { ["build_metadata.AdditionalFiles.BlogJekyllFile"] = site },
        });
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
