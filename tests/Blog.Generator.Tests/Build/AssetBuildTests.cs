using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> of projects with images beside their posts: in a web project the package's targets make
/// them static web assets whose fingerprinted routes are the URLs in the generated HTML, with the image's size read
/// by the package's task; a post naming a missing image is reported at its line and column in the <c>.md</c>; outside
/// a web project the files are copied to the output.
/// </summary>
[Trait("Category", "Build")]
public sealed class AssetBuildTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string root = TestPaths.CreateTempDirectory("blog-assets");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Project(string project, string sdk, string properties = "")
    {
        Directory.CreateDirectory(project);
        ConsumerProject.Write(project, "<TreatWarningsAsErrors>false</TreatWarningsAsErrors><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>" + properties, sdk);
        Write(Path.Combine(project, "Directory.Build.props"), "<Project />");
        Write(Path.Combine(project, "Directory.Packages.props"), "<Project />");
        Write(Path.Combine(project, "Program.cs"), "namespace Consumer.App;\n\n/// <summary>Entry.</summary>\ninternal static class Program\n{\n    private static void Main() => System.Console.WriteLine(Posts.All.Count);\n}\n");
        var bundle = Path.Combine(project, "Posts", "2024-01-01-hello");
        Write(Path.Combine(bundle, "index.md"), "---\ntitle: Hello\n---\nA cat:\n\n![cat](cat.png)\n\nAnd a dog: ![dog](dog.png)\n");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Tests", "Assets", "Images", "plain.png"), Path.Combine(bundle, "cat.png"));
        return bundle;
    }

    private static string GeneratedHtml(string project) =>
        string.Concat(Directory.GetFiles(Path.Combine(project, "obj"), "PostBuckets.Bucket*.g.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

    [Fact]
    public void In_a_web_project_images_are_static_web_assets_at_the_urls_the_html_uses_and_a_missing_one_is_located()
    {
        var project = Path.Combine(root, "web");
        Project(project, "Microsoft.NET.Sdk.Web");

        // Release: a Debug build is shaped for hot reload, whose URLs carry no fingerprint.
        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary");

        Assert.True(build.ExitCode == 0, build.Output);
        var warning = Assert.Single(build.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("BLOG047", StringComparison.Ordinal)).Distinct());
        Assert.StartsWith(Path.Combine(project, "Posts", "2024-01-01-hello", "index.md") + "(8,12): warning BLOG047: 'dog.png' names no file", warning, StringComparison.Ordinal);

        // The fingerprint in the HTML is the one the static web assets' endpoints route.
        var endpoints = File.ReadAllText(Directory.GetFiles(Path.Combine(project, "obj"), "staticwebassets.build.endpoints.json", SearchOption.AllDirectories).Single());
        var route = Regex.Match(endpoints, "\"Route\":\"Posts/2024-01-01-hello/cat\\.([a-z0-9]+)\\.png\"");
        Assert.True(route.Success, endpoints);
        var source = GeneratedHtml(project);
        Assert.Contains("/Posts/2024-01-01-hello/cat." + route.Groups[1].Value + ".png", Gunzipped(source), StringComparison.Ordinal);
        Assert.Contains("width=\"301\" height=\"157\"", Gunzipped(source), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_web_project_files_are_copied_to_the_output_and_BlogAssetSeverity_error_fails_at_the_reference()
    {
        var project = Path.Combine(root, "console");
        Project(project, "Microsoft.NET.Sdk");

        var strict = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-v:q", "-clp:NoSummary", "-p:BlogAssetSeverity=error");
        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-v:q", "-clp:NoSummary");

        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains(Path.Combine(project, "Posts", "2024-01-01-hello", "index.md") + "(8,12): error BLOG047", strict.Output, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.Output);
        var copied = Path.Combine(project, "bin", "Debug", "net10.0", "Posts", "2024-01-01-hello", "cat.png");
        Assert.Equal(File.ReadAllBytes(Path.Combine(project, "Posts", "2024-01-01-hello", "cat.png")), File.ReadAllBytes(copied));
        // A Debug build is shaped for hot reload: a replaced image keeps its URL, which the running app serves.
        Assert.Contains("/Posts/2024-01-01-hello/cat.png\" width=\"301\" height=\"157\"", Gunzipped(GeneratedHtml(project)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_beside_the_posts_that_links_out_of_the_project_is_reported_where_named_and_neither_copied_nor_read()
    {
        var outside = Path.Combine(root, "outside");
        Write(Path.Combine(outside, "secret.png"), "TOP-SECRET-27");
        var project = Path.Combine(root, "linked");
        var bundle = Project(project, "Microsoft.NET.Sdk");
        File.CreateSymbolicLink(Path.Combine(bundle, "leak.png"), Path.Combine(outside, "secret.png"));
        File.AppendAllText(Path.Combine(bundle, "index.md"), "\n![leak](leak.png)\n");

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-v:q", "-clp:NoSummary");

        Assert.True(build.ExitCode == 0, build.Output);
        var warning = Assert.Single(build.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("BLOG048", StringComparison.Ordinal)).Distinct());
        Assert.StartsWith(Path.Combine(bundle, "index.md") + "(10,1): warning BLOG048: 'Posts/2024-01-01-hello/leak.png' lies outside the project", warning, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "Posts", "2024-01-01-hello", "leak.png")), "copied to the output");
        Assert.Contains("src=\"leak.png\"", Gunzipped(GeneratedHtml(project)), StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET-27", File.ReadAllText(Directory.GetFiles(Path.Combine(project, "obj"), "blog.assets.txt", SearchOption.AllDirectories).Single()), StringComparison.Ordinal);
    }

    /// <summary>The HTML of the generated records: each post's body is gzip in base64 lines after a <c>z</c> header.</summary>
    private static string Gunzipped(string source)
    {
        var html = new System.Text.StringBuilder();
        foreach (Match match in Regex.Matches(source, @"z\d+:((?:[A-Za-z0-9+/=]+\n\s*)+)"))
        {
            var base64 = Regex.Replace(match.Groups[1].Value, @"\s", string.Empty);
            using var input = new System.IO.Compression.GZipStream(new MemoryStream(Convert.FromBase64String(base64)), System.IO.Compression.CompressionMode.Decompress);
            html.Append(new StreamReader(input).ReadToEnd());
        }

        return html.ToString();
    }
}
