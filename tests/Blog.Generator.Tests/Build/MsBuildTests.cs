using System;
using System.IO;
using System.Threading.Tasks;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// Real <c>dotnet build</c>s of a consumer project wired as the package wires it: the generator and its two
/// dependencies as analyzers, and the package's props and targets imported.
/// </summary>
[Trait("Category", "Build")]
public sealed class MsBuildTests : IDisposable
{
    private readonly string project = DotNetCli.CreateTempDirectory("blog-build");

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public async Task A_strict_consumer_builds_and_reads_the_seed_post_then_a_bad_date_fails_the_build_at_its_line()
    {
        WriteProject();
        var seed = "2024-06-10-reflections-from-icml-2024.md";
        Directory.CreateDirectory(Path.Combine(project, "Posts"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "SeedPosts", seed), Path.Combine(project, "Posts", seed));
        File.WriteAllText(Path.Combine(project, "notes.md"), "Not a post: outside Posts/, so never swept in.\n");

        var build = await DotNetCli.RunAsync(project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = await DotNetCli.RunAsync(project, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("1|Reflections from ICML 2024: Trends and Takeaways|2024-06-10|ICML,machine learning,conference,research trends", run.Output.Trim());

        File.WriteAllText(Path.Combine(project, "Posts", "bad.md"), "---\ntitle: Bad\ndate: not-a-date\n---\nBody.\n");
        var failed = await DotNetCli.RunAsync(project, "build", "-nologo");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("Posts/bad.md(3,7): error BLOG007: 'not-a-date' is not a date", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8784", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", failed.Output, StringComparison.Ordinal);
    }

    private void WriteProject()
    {
        var generator = AppContext.BaseDirectory;
        var build = Path.Combine(DotNetCli.RepositoryRoot(), "src", "Blog.Generator", "build");
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/Blog.Generator.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer.App</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}Blog.Generator.dll;{generator}Markdig.dll;{generator}YamlDotNet.dll" />
              </ItemGroup>
              <Import Project="{build}/Blog.Generator.targets" />
            </Project>
            """);
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
