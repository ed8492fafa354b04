using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Architecture;

/// <summary>
/// The generator's folders depend one way: each only on the folders listed above it in the architecture page's table,
/// so the folder listing reads like the pipeline and no folder imports one that depends on it.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string Source = Path.Combine(TestPaths.RepositoryRoot, "src", "Blog.Generator");

    [Fact]
    public void Each_folder_uses_only_the_folders_above_it_in_the_architecture_page()
    {
        var layers = Layers();
        var uses = FolderGraph.Uses(Source);

        var upward = uses
            .Where(use => layers.IndexOf(use.To) > layers.IndexOf(use.From))
            .GroupBy(use => (use.From, use.To))
            .Select(group => $"{group.Key.From} uses {group.Key.To}: " + string.Join("; ", group.Take(3).Select(use => use.At + " " + use.Symbol)))
            .ToList();
        Assert.True(upward.Count == 0, "Folders that use a folder below them in docs/contributing/architecture.md:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Every_folder_of_the_generator_is_in_the_architecture_page_and_every_listed_folder_exists()
    {
        var layers = Layers();
        var folders = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(path => FolderGraph.FolderOf(Source, path))
            .Where(folder => folder is not ("obj" or "bin" or "Packaging"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(folders, layers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_use_of_a_folder_below_is_found_and_named()
    {
        // The check itself: Models' records are used by Rendering, and Rendering is below Models in the table.
        var uses = FolderGraph.Uses(Source);

        Assert.Contains(uses, use => use.From == "Rendering" && use.To == "Models" && use.Symbol.Contains("Blog.Generator.Models.", StringComparison.Ordinal));
        Assert.DoesNotContain(uses, use => use.From == use.To);
    }

    /// <summary>The folders in the table of docs/contributing/architecture.md, top (depended on by all) first.</summary>
    private static System.Collections.Generic.List<string> Layers()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "contributing", "architecture.md"));
        var rows = FolderRow().Matches(page).Select(match => match.Groups[1].Value.TrimEnd('/')).ToList();
        Assert.NotEmpty(rows);
        return rows;
    }

    [GeneratedRegex(@"(?m)^\| `([^`]+)` \|")]
    private static partial Regex FolderRow();
}
