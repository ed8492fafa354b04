using System;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> of a Jekyll site that tries to read files from outside the project: symbolic links to a
/// file and to a folder outside it as an include, a post and a data file, and includes named with <c>..</c> and an
/// absolute path, a link to a folder whose name starts with the project's, a chain of links that ends outside. Each is a located error (BLOG046 where the link is used, BLOG042 for a name no include has), nothing
/// of the outside files reaches the compiler or the output, and the posts beside them, including one that uses a link
/// that stays inside the project, are generated.
/// </summary>
[Trait("Category", "Build")]
public sealed class OutsideProjectBuildTests : IDisposable
{
    private const string Secret = "TOP-SECRET-7f3a";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string root = TestPaths.CreateTempDirectory("blog-outside");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Links_out_of_the_project_are_located_errors_and_nothing_of_their_targets_is_read()
    {
        var outside = Path.Combine(root, "outside");
        var project = Path.Combine(root, "site");
        Write(Path.Combine(outside, "secret.txt"), Secret + " in a file\n");
        Write(Path.Combine(outside, "secret.md"), "---\ntitle: " + Secret + "\n---\n" + Secret + " as a post\n");
        Write(Path.Combine(outside, "data.yml"), "key: " + Secret + "\n");
        Write(Path.Combine(outside, "folder", "x.html"), Secret + " in a linked folder\n");
        Write(Path.Combine(project, "shared", "inside.html"), "shared inside\n");
        Write(Path.Combine(root, "site-evil", "x.html"), Secret + " beside the project, under a name it starts with\n");
        ConsumerProject.Write(project, "<BlogCompatibility>jekyll</BlogCompatibility><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        Write(Path.Combine(project, "Directory.Build.props"), "<Project />");
        Write(Path.Combine(project, "Directory.Packages.props"), "<Project />");
        Write(Path.Combine(project, "Program.cs"), "namespace Consumer.App;\n\n/// <summary>Entry.</summary>\ninternal static class Program\n{\n    private static void Main() => System.Console.WriteLine(Posts.All.Count);\n}\n");
        Directory.CreateDirectory(Path.Combine(project, "_includes"));
        Directory.CreateDirectory(Path.Combine(project, "_data"));
        File.CreateSymbolicLink(Path.Combine(project, "_includes", "secret.html"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(project, "_includes", "linked"), Path.Combine(outside, "folder"));
        File.CreateSymbolicLink(Path.Combine(project, "_includes", "inside.html"), "../shared/inside.html");
        File.CreateSymbolicLink(Path.Combine(project, "_includes", "prefix.html"), "../../site-evil/x.html");
        File.CreateSymbolicLink(Path.Combine(project, "_includes", "chain.html"), "hop.html");
        File.CreateSymbolicLink(Path.Combine(project, "_includes", "hop.html"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(project, "_data", "leak.yml"), Path.Combine(outside, "data.yml"));
        Directory.CreateDirectory(Path.Combine(project, "_posts"));
        File.CreateSymbolicLink(Path.Combine(project, "_posts", "2024-01-01-leak.md"), Path.Combine(outside, "secret.md"));
        Write(Path.Combine(project, "_posts", "2024-01-02-file-link.md"), "---\ntitle: File link\n---\nBefore.\n\n{% include secret.html %}\n");
        Write(Path.Combine(project, "_posts", "2024-01-03-folder-link.md"), "---\ntitle: Folder link\n---\n{% include linked/x.html %}\n");
        Write(Path.Combine(project, "_posts", "2024-01-04-dot-dot.md"), "---\ntitle: Dot dot\n---\n{% include ../../outside/secret.txt %}\n");
        Write(Path.Combine(project, "_posts", "2024-01-05-absolute.md"), "---\ntitle: Absolute\n---\n{% include " + Path.Combine(outside, "secret.txt") + " %}\n");
        Write(Path.Combine(project, "_posts", "2024-01-07-prefix.md"), "---\ntitle: Prefix\n---\n{% include prefix.html %}\n");
        Write(Path.Combine(project, "_posts", "2024-01-08-chain.md"), "---\ntitle: Chain\n---\n{% include chain.html %}\n");
        Write(Path.Combine(project, "_posts", "2024-01-06-good.md"), "---\ntitle: Good\n---\nGood and {% include inside.html %}\n");

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-v:q", "-clp:NoSummary");

        Assert.NotEqual(0, build.ExitCode);
        var errors = build.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("error BLOG", StringComparison.Ordinal)).Distinct().ToList();
        string At(string file, int line, int column, string id) => Assert.Single(errors, error => error.StartsWith(Path.Combine(project, file) + $"({line},{column}): error {id}", StringComparison.Ordinal));
        Assert.Contains("_includes/secret.html is not read", At("_posts/2024-01-02-file-link.md", 6, 1, "BLOG046"), StringComparison.Ordinal);
        Assert.Contains("_includes/linked/x.html is not read", At("_posts/2024-01-03-folder-link.md", 4, 1, "BLOG046"), StringComparison.Ordinal);
        Assert.Contains("is not among the includes", At("_posts/2024-01-04-dot-dot.md", 4, 1, "BLOG042"), StringComparison.Ordinal);
        Assert.Contains("is not among the includes", At("_posts/2024-01-05-absolute.md", 4, 1, "BLOG042"), StringComparison.Ordinal);
        Assert.Contains("_posts/2024-01-01-leak.md is not read", At("_posts/2024-01-01-leak.md", 1, 1, "BLOG046"), StringComparison.Ordinal);
        Assert.Contains("_data/leak.yml is not read", At("_data/leak.yml", 1, 1, "BLOG046"), StringComparison.Ordinal);
        Assert.Contains("_includes/prefix.html is not read", At("_posts/2024-01-07-prefix.md", 4, 1, "BLOG046"), StringComparison.Ordinal);
        Assert.Contains("_includes/chain.html is not read", At("_posts/2024-01-08-chain.md", 4, 1, "BLOG046"), StringComparison.Ordinal);
        Assert.Equal(8, errors.Count);
        Assert.DoesNotContain(Secret, build.Output, StringComparison.Ordinal);

        // Nothing of the targets reached the compiler: not its settings, not the generated code; the good post did.
        var obj = Path.Combine(project, "obj");
        var written = Directory.EnumerateFiles(obj, "*", SearchOption.AllDirectories).Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".editorconfig", StringComparison.Ordinal) || path.EndsWith(".rsp", StringComparison.Ordinal)).ToList();
        Assert.All(written, path => Assert.DoesNotContain(Secret, File.ReadAllText(path), StringComparison.Ordinal));
        Assert.Contains(written, path => File.ReadAllText(path).Contains("Good and shared inside", StringComparison.Ordinal));
    }
}
