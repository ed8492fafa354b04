using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Generator.Tests.Package;

/// <summary>
/// The package as a user meets it: <c>dotnet pack</c> into a folder feed, <c>dotnet new</c>, <c>dotnet add package</c>,
/// posts in Posts/, <c>dotnet build</c> and <c>dotnet run</c>.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class PackageTests(PackageFeed feed, ITestOutputHelper log)
{
    private const string SeedLine = "reflections-from-icml-2024|Reflections from ICML 2024: Trends and Takeaways|2024-06-10|ICML,machine learning,conference,research trends";
    private const string SeedHeading = """<h2 id="major-themes">Major Themes</h2>""";

    private static readonly TimeSpan Timeout = PackageFeed.CommandTimeout;

    [Fact]
    public void The_package_holds_the_generator_and_its_libraries_as_analyzers_and_nothing_for_run_time()
    {
        log.WriteLine($"pack: {feed.PackTime.TotalSeconds:0.0}s, {new FileInfo(feed.PackagePath).Length:N0} bytes");
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var files = package.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                "Blog.Generator.nuspec",
                "LICENSE",
                "README.md",
                "THIRD-PARTY-NOTICES.md",
                "analyzers/dotnet/roslyn4.8/cs/Blog.Generator.dll",
                "analyzers/dotnet/roslyn4.8/cs/ColorCode.Core.dll",
                "analyzers/dotnet/roslyn4.8/cs/Markdig.dll",
                "analyzers/dotnet/roslyn4.8/cs/YamlDotNet.dll",
                "build/Blog.Generator.props",
                "build/Blog.Generator.targets",
                "tasks/netstandard2.0/Blog.Generator.Tasks.dll",
            ],
            files);

        using var nuspecStream = package.GetEntry("Blog.Generator.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Null(Value("dependencies")); // no runtime dependency can flow to the app
        Assert.NotNull(metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "repository")?.Attribute("commit"));
    }

    [Fact]
    public void A_strict_console_app_builds_for_net8_and_net10_and_reads_the_seed_post_on_each()
    {
        var stopwatch = Stopwatch.StartNew();
        var app = feed.NewApp("console", "StrictApp");
        var project = Path.Combine(app, "StrictApp.csproj");
        var csproj = File.ReadAllText(project);
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", csproj, StringComparison.Ordinal); // DevelopmentDependency at work
        File.WriteAllText(project, Regex.Replace(csproj, "<PropertyGroup>.*?</PropertyGroup>", match => match.Value
            .Replace("<TargetFramework>net10.0</TargetFramework>", string.Empty, StringComparison.Ordinal)
            .Replace("<ImplicitUsings>enable</ImplicitUsings>", string.Empty, StringComparison.Ordinal)
            .Replace("<Nullable>enable</Nullable>", string.Empty, StringComparison.Ordinal), RegexOptions.Singleline)
            .Replace("</Project>", ConsumerApps.StrictProperties + "\n</Project>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app, "Program.cs"), ConsumerApps.StrictProgram);
        Directory.CreateDirectory(Path.Combine(app, "Posts"));
        Directory.CreateDirectory(Path.Combine(app, "Notes"));
        File.Copy(PackageFeed.SeedPost, Path.Combine(app, "Posts", Path.GetFileName(PackageFeed.SeedPost)));
        File.WriteAllText(Path.Combine(app, "Posts", "2024-07-01-second.md"), ConsumerApps.SecondPost);
        File.WriteAllText(Path.Combine(app, "About.md"), ConsumerApps.AboutPost);
        File.WriteAllText(Path.Combine(app, "Notes", "todo.md"), ConsumerApps.NotAPost);
        log.WriteLine($"new + add package: {stopwatch.Elapsed.TotalSeconds:0.0}s");

        var build = DotNetProcess.Run(app, Timeout, "build");
        log.WriteLine($"build net8.0;net10.0: {build.Elapsed.TotalSeconds:0.0}s");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(new Regex(@"(warning|error) (BLOG|CS|CA|IDE)\d+"), build.Output);

        var generated = Path.Combine(app, "obj", "Debug", "net10.0", "generated", "Blog.Generator", "Blog.Generator.PostsGenerator", "Posts.g.cs");
        Assert.True(File.Exists(generated), "EmitCompilerGeneratedFiles wrote no " + generated);
        Assert.Contains("namespace My.Company.@class;", File.ReadAllText(generated), StringComparison.Ordinal);

        foreach (var (framework, runtime) in new[] { ("net8.0", "8.0."), ("net10.0", "10.0.") })
        {
            var run = DotNetProcess.Run(app, Timeout, "run", "--no-build", "--framework", framework);
            log.WriteLine($"run {framework}: {run.Elapsed.TotalSeconds:0.0}s");
            Assert.True(run.ExitCode == 0, run.ToString());
            var lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
            Assert.Equal(
                [
                    "post|second|A second post|2024-07-01|notes",
                    "post|" + SeedLine,
                    "post|about|About this blog|2024-01-01|",
                ],
                lines.Where(line => line.StartsWith("post|", StringComparison.Ordinal)));
            Assert.Contains("utf8|True", lines);
            Assert.Contains(lines, line => line.StartsWith("runtime|" + runtime, StringComparison.Ordinal));
            Assert.Contains(SeedHeading, run.Output, StringComparison.Ordinal);
            Assert.Contains("<li><strong>Efficient scaling strategies</strong>: How to train larger models with limited computational resources</li>", run.Output, StringComparison.Ordinal);
            // BlogSyntaxHighlighting: C# by the compiler's syntax (and checked: it parses), JSON by the bundled ColorCode.Core,
            // loaded next to the generator in the compiler.
            Assert.Contains("""<pre><code class="language-csharp"><span class="keyword">var</span> <span class="local-name">greeting</span> <span class="operator">=</span> <span class="string">&quot;hello&quot;</span>;""", run.Output, StringComparison.Ordinal);
            Assert.Contains("""<span class="jsonKey">&quot;greeting&quot;</span>""", run.Output, StringComparison.Ordinal);
        }

        log.WriteLine($"total: {stopwatch.Elapsed.TotalSeconds:0.0}s");
    }

    [Fact]
    public async Task A_web_app_serves_the_seed_post_from_dotnet_run()
    {
        var stopwatch = Stopwatch.StartNew();
        var app = feed.NewApp("web", "WebApp");
        var project = Path.Combine(app, "WebApp.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", ConsumerApps.WebProperties + "\n</Project>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app, "Program.cs"), ConsumerApps.WebProgram);
        Directory.CreateDirectory(Path.Combine(app, "Posts"));
        File.Copy(PackageFeed.SeedPost, Path.Combine(app, "Posts", Path.GetFileName(PackageFeed.SeedPost)));
        log.WriteLine($"new + add package: {stopwatch.Elapsed.TotalSeconds:0.0}s");

        var build = DotNetProcess.Run(app, Timeout, "build");
        log.WriteLine($"build: {build.Elapsed.TotalSeconds:0.0}s");
        Assert.True(build.ExitCode == 0, build.ToString());

        var (server, ready) = await DotNetProcess.StartAndWaitForLineAsync(
            app,
            line => line.Contains("Now listening on: http://", StringComparison.Ordinal),
            Timeout,
            "run", "--no-build", "--no-launch-profile", "--", "--urls", "http://127.0.0.1:0");
        try
        {
            var address = new Uri(ready[ready.IndexOf("http://", StringComparison.Ordinal)..].Trim());
            log.WriteLine($"listening on {address} after {stopwatch.Elapsed.TotalSeconds:0.0}s");
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

            var index = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(SeedLine, index);

            using var response = await client.GetAsync(new Uri("/posts/reflections-from-icml-2024", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var html = await response.Content.ReadAsStringAsync();
            Assert.StartsWith("<p>I recently returned from ICML 2024 in Vienna", html, StringComparison.Ordinal);
            Assert.Contains(SeedHeading, html, StringComparison.Ordinal);

            using var missing = await client.GetAsync(new Uri("/posts/no-such-post", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            DotNetProcess.Stop(server);
        }

        log.WriteLine($"total: {stopwatch.Elapsed.TotalSeconds:0.0}s");
    }

    [Fact]
    public void A_bad_post_fails_dotnet_build_with_the_error_at_its_line_in_the_md_file()
    {
        var stopwatch = Stopwatch.StartNew();
        var app = feed.NewApp("console", "BadApp");
        Directory.CreateDirectory(Path.Combine(app, "Posts"));
        File.Copy(PackageFeed.SeedPost, Path.Combine(app, "Posts", Path.GetFileName(PackageFeed.SeedPost)));
        File.WriteAllText(Path.Combine(app, "Posts", "bad.md"), ConsumerApps.BadPost);

        var build = DotNetProcess.Run(app, Timeout, "build");
        log.WriteLine($"build: {build.Elapsed.TotalSeconds:0.0}s, total: {stopwatch.Elapsed.TotalSeconds:0.0}s");
        Assert.NotEqual(0, build.ExitCode);
        var located = new Regex(@"Posts/bad\.md\(3,7(,3,17)?\): error BLOG007: 'not-a-date' is not a date");
        Assert.True(located.IsMatch(build.PortableOutput), "no located BLOG007 in:\n" + build.Output);
        Assert.DoesNotContain("2024-06-10-reflections-from-icml-2024.md(", build.PortableOutput, StringComparison.Ordinal);
    }
}
