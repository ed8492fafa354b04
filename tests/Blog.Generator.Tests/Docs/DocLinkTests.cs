using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Docs;

/// <summary>
/// The README is the front page and <c>docs/</c> holds the rest: every link between them, and every help link the
/// generator and its build targets give, leads to a file and an anchor that exist.
/// </summary>
public sealed partial class DocLinkTests
{
    private const string RepositoryUrl = "https://github.com/blog-generator/Blog.Generator/blob/main/";

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var page in Markdown())
        {
            pages.Add(page);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_of_a_page_leads_to_a_file_and_an_anchor_that_exist(string page)
    {
        var broken = Links(page)
            .Select(link => (link, problem: Problem(page, link)))
            .Where(pair => pair.problem is not null)
            .Select(pair => pair.link + ": " + pair.problem)
            .ToList();

        Assert.True(broken.Count == 0, page + " has broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_help_link_of_the_build_targets_leads_to_its_section()
    {
        var targets = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "Blog.Generator", "build", "Blog.Generator.targets"));
        var links = HelpLink().Matches(targets).Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Null(Problem("README.md", link)));
    }

    [Fact]
    public void A_missing_anchor_and_a_missing_file_are_found()
    {
        Assert.NotNull(Problem("README.md", "docs/diagnostics.md#blog999"));
        Assert.NotNull(Problem("README.md", "docs/no-such-page.md"));
        Assert.Null(Problem("README.md", "docs/diagnostics.md#blog001"));
        Assert.Null(Problem("docs/hot-reload.md", "getting-started.md#quickstart"));
    }

    [Fact]
    public void The_README_is_a_front_page_and_the_package_readme()
    {
        var readme = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        Assert.InRange(readme.Length, 50, 260);

        // nuget.org shows the README without the repository around it: its links must be absolute.
        Assert.All(Links("README.md"), link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'), link));
    }

    private static IEnumerable<string> Markdown()
    {
        var root = TestPaths.RepositoryRoot;
        yield return "README.md";
        yield return "CHANGELOG.md";
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(root, path).Replace('\\', '/');
        }
    }

    /// <summary>The targets of the page's Markdown links, outside code.</summary>
    private static IEnumerable<string> Links(string page)
    {
        var fence = false;
        foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, page)))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fence = !fence;
                continue;
            }

            if (fence)
            {
                continue;
            }

            foreach (Match match in Link().Matches(InlineCode().Replace(line, string.Empty)))
            {
                yield return match.Groups[1].Value;
            }
        }
    }

    /// <summary>Why a link from <paramref name="page"/> is broken, or <see langword="null"/>.</summary>
    private static string? Problem(string page, string link)
    {
        if (link.StartsWith(RepositoryUrl, StringComparison.Ordinal))
        {
            link = "/" + link.Substring(RepositoryUrl.Length);
        }
        else if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link : link.Substring(0, hash);
        var anchor = hash < 0 ? null : link.Substring(hash + 1);
        var target = path.Length == 0
            ? page
            : path.StartsWith('/') ? path.TrimStart('/') : Path.GetRelativePath(TestPaths.RepositoryRoot, Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, Path.GetDirectoryName(page)!, path))).Replace('\\', '/');
        var full = Path.Combine(TestPaths.RepositoryRoot, target);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "no file " + target;
        }

        return anchor is null || !target.EndsWith(".md", StringComparison.Ordinal) || Anchors(target).Contains(anchor)
            ? null
            : "no anchor #" + anchor + " in " + target;
    }

    /// <summary>The anchors GitHub gives a page: each heading's slug (numbered when repeated) and each <c>&lt;a id&gt;</c>.</summary>
    private static HashSet<string> Anchors(string page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var fence = false;
        foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, page)))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fence = !fence;
                continue;
            }

            if (fence)
            {
                continue;
            }

            foreach (Match id in ExplicitAnchor().Matches(line))
            {
                anchors.Add(id.Groups[1].Value);
            }

            if (Heading().Match(line) is { Success: true } heading)
            {
                var slug = Slug(heading.Groups[1].Value);
                var unique = slug;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = slug + "-" + n;
                }
            }
        }

        return anchors;
    }

    /// <summary>GitHub's heading slug: the text without its Markdown, lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading)
    {
        var text = LinkText().Replace(heading, "$1").Replace("`", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"<a id=""([^""]+)""></a>")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"^#{1,6} (.+?)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkText();

    [GeneratedRegex(@"HelpLink=""([^""]+)""")]
    private static partial Regex HelpLink();
}
