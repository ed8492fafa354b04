using System.Collections.Generic;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;

namespace Blog.Generator.Tests.Jekyll;

/// <summary>
/// The Jekyll corpus in <c>Jekyll/Corpus</c> (its README says where each file comes from) as the package's targets hand
/// it to the compiler in Jekyll mode: every Markdown file under a <c>_posts</c> folder as a post, <c>_config.yml</c>,
/// and the files of <c>_includes</c>.
/// </summary>
internal static class JekyllCorpus
{
    public static string Root { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Tests", "Jekyll", "Corpus");

    public static IReadOnlyList<TestPost> Files()
    {
        var files = new List<TestPost>();
        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(System.StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            if (relative.Contains("_posts/", System.StringComparison.Ordinal) && (relative.EndsWith(".md", System.StringComparison.Ordinal) || relative.EndsWith(".markdown", System.StringComparison.Ordinal)))
            {
                files.Add(new TestPost(relative, text));
            }
            else if (relative == "_config.yml")
            {
                files.Add(TestPost.JekyllSiteFile(relative, "config", text));
            }
            else if (relative.StartsWith("_includes/", System.StringComparison.Ordinal))
            {
                files.Add(TestPost.JekyllSiteFile(relative, "include", text));
            }
            else if (relative.StartsWith("_data/", System.StringComparison.Ordinal))
            {
                files.Add(TestPost.JekyllSiteFile(relative, "data", text));
            }
        }

        return files;
    }

    /// <summary>A generator run in Jekyll mode, as the corpus's <c>_config.yml</c> sets the site.</summary>
    public static GeneratorHarness Harness() => new GeneratorHarness().WithoutStepTracking().With("BlogCompatibility", "jekyll");
}
