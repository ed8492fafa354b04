using System;
using System.IO;
using System.Linq;
using System.Text;
using Blog.Generator.Tests.Diagnostics;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// Real <c>dotnet build</c>s of a consumer project wired as the package wires it: the generator and its two
/// dependencies as analyzers, and the package's props and targets imported.
/// </summary>
[Trait("Category", "Build")]
public sealed class MsBuildTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string project = TestPaths.CreateTempDirectory("blog-build");

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public void A_strict_consumer_builds_and_reads_the_seed_post_then_a_bad_date_fails_the_build_at_its_line()
    {
        WriteProject();
        var seed = "2024-06-10-reflections-from-icml-2024.md";
        Directory.CreateDirectory(Path.Combine(project, "Posts"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "SeedPosts", seed), Path.Combine(project, "Posts", seed));
        File.WriteAllText(Path.Combine(project, "notes.md"), "Not a post: outside Posts/, so never swept in.\n");

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = DotNetProcess.Run(project, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("1|Reflections from ICML 2024: Trends and Takeaways|2024-06-10|ICML,machine learning,conference,research trends", run.Output.Trim());

        File.WriteAllText(Path.Combine(project, "Posts", "bad.md"), "---\ntitle: Bad\ndate: not-a-date\n---\nBody.\n");
        var failed = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("Posts/bad.md(3,7): error BLOG007: 'not-a-date' is not a date", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8784", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", failed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_holding_every_kind_of_bad_post_fails_with_each_reported_at_its_own_file_and_line()
    {
        WriteProject("<BlogStrictFrontMatter>true</BlogStrictFrontMatter>");
        var posts = Path.Combine(project, "Posts");
        Directory.CreateDirectory(posts);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "SeedPosts", "2024-06-10-reflections-from-icml-2024.md"), Path.Combine(posts, "2024-06-10-reflections-from-icml-2024.md"));
        var bad = BadPost.All.Concat(BadPost.DuplicateSlugs).Append(BadPost.UnknownKey).ToList();
        foreach (var post in bad)
        {
            // The invalid UTF-8 case is written as real Latin-1 bytes, as an editor saving in Windows-1252 would.
            var bytes = post.Id == "BLOG012" ? Encoding.Latin1.GetBytes(post.Text.Replace('\uFFFD', 'é')) : Encoding.UTF8.GetBytes(post.Text);
            File.WriteAllBytes(Path.Combine(posts, post.FileName), bytes);
        }

        // Info diagnostics are not printed by MSBuild; raising BLOG015 to a warning shows that .globalconfig works.
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.BLOG015.severity = warning\n");

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-p:TreatWarningsAsErrors=false");

        Assert.NotEqual(0, build.ExitCode);
        foreach (var post in bad)
        {
            var severity = post.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            Assert.Contains($"Posts/{post.FileName}({post.Line},{post.Column}): {severity} {post.Id}:", build.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("CS8784", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Posts_and_collection_files_are_each_offered_once_and_root_Markdown_never()
    {
        // An item written in the project is kept as it is; the globs add every other file once.
        WriteProject("""</PropertyGroup><ItemGroup><AdditionalFiles Include="Posts/2024-01-01-listed.md" BlogPost="true" Listed="yes" /></ItemGroup><PropertyGroup>""");
        foreach (var file in new[] { "Posts/2024-01-01-listed.md", "Posts/2024-01-02-found.md", "Posts/deep/2024-01-03-nested.md", "Authors/jane.md", "README.md" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, file))!);
            File.WriteAllText(Path.Combine(project, file), "---\ntitle: T\n---\nBody.\n");
        }

        var result = DotNetProcess.Run(project, BuildTimeout, "msbuild", "-nologo", "-getItem:AdditionalFiles");
        Assert.True(result.ExitCode == 0, result.Output);
        var items = ConsumerProject.AdditionalFiles(result.Output)
            .Select(item => (Path: item["Identity"], Post: item["BlogPost"], Content: item["BlogContent"], Listed: item["Listed"]))
            .OrderBy(item => item.Path, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                ("Authors/jane.md", "", "true", ""),
                ("Posts/2024-01-01-listed.md", "true", "", "yes"),
                ("Posts/2024-01-02-found.md", "true", "", ""),
                ("Posts/deep/2024-01-03-nested.md", "true", "", ""),
            ],
            items);
    }

    [Fact]
    public void A_compile_fence_that_does_not_compile_fails_the_build_at_its_line_in_the_post_and_fixed_it_builds()
    {
        WriteProject("<BlogSnippetSeverity>error</BlogSnippetSeverity><BlogSyntaxHighlighting>true</BlogSyntaxHighlighting>");
        var seed = "2024-06-10-reflections-from-icml-2024.md";
        Directory.CreateDirectory(Path.Combine(project, "Posts"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "SeedPosts", seed), Path.Combine(project, "Posts", seed));
        File.WriteAllText(Path.Combine(project, "Greeter.cs"), """
            namespace Consumer.App;

            /// <summary>What a post's fence calls: internal, as fences are compiled in the project's own assembly.</summary>
            internal static class Greeter
            {
                /// <summary>A greeting.</summary>
                /// <param name="name">Who.</param>
                /// <returns>The greeting.</returns>
                public static string Hello(string name) => "Hello, " + name;
            }
            """);
        var post = Path.Combine(project, "Posts", "2024-07-01-code.md");
        File.WriteAllText(post, "---\ntitle: Code\n---\nThe call:\n\n```csharp compile usings=Consumer.App\nint greeting = Greeter.Hello(\"you\");\n```\n");

        var failed = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("Posts/2024-07-01-code.md(7,16): error BLOG038: This C# fence does not compile against the project: Cannot implicitly convert type 'string' to 'int' (CS0029)", failed.Output, StringComparison.Ordinal);

        File.WriteAllText(post, File.ReadAllText(post).Replace("int greeting", "string greeting", StringComparison.Ordinal));
        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public void The_package_lets_the_compiler_server_keep_the_generator_state_unless_told_not_to(string? setting, bool cached)
    {
        // Without the flag, each command-line build runs every generator from scratch even with a warm compiler server.
        WriteProject("<Features>strict</Features>");

        var arguments = new[] { "msbuild", "-nologo", "-getProperty:Features" };
        var result = DotNetProcess.Run(project, BuildTimeout, setting is null ? arguments : [.. arguments, "-p:BlogCompilerServerCache=" + setting]);

        Assert.True(result.ExitCode == 0, result.Output);
        var features = result.Output.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("strict", features); // the project's own features are kept
        Assert.Equal(cached, features.Contains("enable-generator-cache"));
    }

    private void WriteProject(string extraProperties = "")
    {
        ConsumerProject.Write(project, extraProperties);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Globalization;

            namespace Consumer.App;

            /// <summary>Prints the posts.</summary>
            internal static class Program
            {
                private static void Main()
                {
                    var post = Posts.ReflectionsFromIcml2024;
                    System.Console.WriteLine(string.Join(
                        '|',
                        Posts.All.Count.ToString(CultureInfo.InvariantCulture),
                        post.Title,
                        post.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        string.Join(',', post.Tags)));
                }
            }
            """);
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
    }
}
