using System;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Tests.Jekyll;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> in Jekyll mode: a Jekyll site's folders (the corpus) copied into a strict consumer as they
/// are, with only <c>BlogCompatibility=jekyll</c> set. The package's targets must offer the posts, <c>_config.yml</c>,
/// the includes and the data, and the app must run with the posts Jekyll reads.
/// </summary>
[Trait("Category", "Build")]
public sealed class JekyllBuildTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string project = TestPaths.CreateTempDirectory("blog-jekyll");

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public void A_Jekyll_site_copied_in_builds_with_no_warning_and_the_app_reads_its_posts()
    {
        ConsumerProject.Write(project, "<BlogCompatibility>jekyll</BlogCompatibility>");
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Globalization;

            namespace Consumer.App;

            /// <summary>Prints what the app knows of the Jekyll posts.</summary>
            internal static class Program
            {
                private static void Main()
                {
                    var links = Posts.FindBySlug("links-between-posts")!;
                    System.Console.WriteLine(Posts.All.Count.ToString(CultureInfo.InvariantCulture));
                    System.Console.WriteLine(links.Title + "|" + string.Join(',', links.Categories));
                    System.Console.WriteLine(links.Excerpt);
                    System.Console.WriteLine(links.Html.Contains("https://blog.example.org/test/", System.StringComparison.Ordinal));
                }
            }
            """);
        foreach (var file in Directory.EnumerateFiles(JekyllCorpus.Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(JekyllCorpus.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var items = DotNetProcess.Run(project, BuildTimeout, "msbuild", "-nologo", "-getItem:AdditionalFiles");
        Assert.True(items.ExitCode == 0, items.Output);
        var offered = ConsumerProject.AdditionalFiles(items.Output)
            .Select(item => (Path: item["Identity"], Post: item["BlogPost"], Jekyll: item["BlogJekyllFile"]))
            .ToList();
        Assert.Equal(JekyllCorpus.Files().Count(file => file.IsPost), offered.Count(item => item.Post == "true"));
        Assert.Contains(("_config.yml", "", "config"), offered);
        Assert.Contains(("_includes/figure", "", "include"), offered);
        Assert.Contains(("_data/authors.yml", "", "data"), offered);
        Assert.DoesNotContain(offered, item => item.Path.StartsWith("expected/", StringComparison.Ordinal) || item.Path == "README.md");
        Assert.All(offered.Where(item => item.Path.Contains("_posts/", StringComparison.Ordinal)), item => Assert.Equal("true", item.Post));

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = DotNetProcess.Run(project, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        var lines = run.Output.Trim().Split('\n').Select(line => line.Trim()).ToArray();
        Assert.Equal(JekyllCorpus.Files().Count(file => file.IsPost).ToString(System.Globalization.CultureInfo.InvariantCulture), lines[0]);
        Assert.Equal("Links between posts|Fixtures", lines[1]);
        var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(JekyllCorpus.Root, "expected", "jekyll-4.3.1-posts.json"))).RootElement.EnumerateArray()
            .Single(post => post.GetProperty("slug").GetString() == "links-between-posts");
        Assert.Equal(System.Net.WebUtility.HtmlDecode(expected.GetProperty("excerpt").GetString()), lines[2]);
        Assert.Equal("True", lines[3]);
    }
}
