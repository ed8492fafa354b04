using System;
using System.Globalization;
using System.Linq;
using Blog.Generator.FrontMatter;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// YAML aliases repeat a value without repeating its text, so a small file can stand for a huge one. The value count
/// was bounded (100,000), but not the characters: a 4,000-character string named 99,990 times was a 404 KB post that
/// became 400 MB of C# and 7.5–10 GB of compiler memory. Now what aliases add, all together, is bounded too, and the
/// post that exceeds it is BLOG016 at the alias that crossed the bound.
/// </summary>
public sealed class AliasExpansionTests
{
    private static readonly string Long = new('x', 4_000);

    [Fact]
    public void The_issues_bomb_is_BLOG016_at_the_alias_that_crosses_the_bound_and_the_good_post_still_reads_back()
    {
        // 250 aliases of 4,000 characters add exactly 1,000,000 characters, which is allowed; the 251st is not.
        var aliases = string.Join(", ", Enumerable.Repeat("*s", 99_990));
        var bad = TestPost.Create("bomb.md", $"title: Bomb\ndate: 2024-01-01\ns: &s \"{Long}\"\nlist: [{aliases}]");
        var good = TestPost.Create("2024-05-06-good.md", "title: Good");

        var result = new GeneratorHarness().Run(bad, good);

        var column = "list: [".Length + (250 * "*s, ".Length) + 1;
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG016", DiagnosticSeverity.Error, "Posts/bomb.md", 5, column);
        Assert.Contains("expands through its aliases to more than 1,000,000 characters", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal("Good", Assert.Single(result.Load().All).Title);
        Assert.DoesNotContain(result.Sources.Keys, name => name.Contains("Bomb", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Aliases_of_aliases_count_everything_they_stand_for()
    {
        // *b stands for 100 copies of a 1,000-character string: 100,000 characters each time it is named.
        var yaml = $"a: &a \"{new string('y', 1_000)}\"\n"
            + "b: &b [" + string.Join(", ", Enumerable.Repeat("*a", 100)) + "]\n"
            + "c: [" + string.Join(", ", Enumerable.Repeat("*b", 12)) + "]\n";

        Assert.Null(YamlTreeReader.Read(yaml, out var problem));

        // 100 × *a is 100,000 characters and nine *b bring it to 1,000,000: the tenth *b crosses the bound.
        Assert.NotNull(problem);
        Assert.Equal("BLOG016", problem!.Descriptor.Id);
        var lineStart = yaml.IndexOf("c: [", StringComparison.Ordinal);
        Assert.Equal(lineStart + "c: [".Length + (9 * "*b, ".Length), problem.Start);
    }

    [Fact]
    public void Keys_in_an_aliased_map_count_as_characters_too()
    {
        var key = new string('k', 2_000);
        var yaml = $"m: &m {{{key}: v}}\nlist: [" + string.Join(", ", Enumerable.Repeat("*m", 600)) + "]\n";

        Assert.Null(YamlTreeReader.Read(yaml, out var problem));
        Assert.Equal("BLOG016", problem!.Descriptor.Id);
    }

    [Fact]
    public void Up_to_the_bound_aliases_are_expanded_and_read()
    {
        var yaml = $"s: &s \"{Long}\"\nlist: [" + string.Join(", ", Enumerable.Repeat("*s", 250)) + "]\n";

        var root = Assert.IsType<YamlMapping>(YamlTreeReader.Read(yaml, out var problem));

        Assert.Null(problem);
        Assert.True(root.TryGet("list", out _, out var list));
        Assert.Equal(250, Assert.IsType<YamlSequence>(list).Items.Count);
        Assert.Equal(4_000 * 251 + "s".Length + "list".Length, root.Characters);
    }

    [Fact]
    public void Ordinary_aliases_compile_and_read_back_as_the_values_they_name()
    {
        var post = TestPost.Create("aliases.md", "title: &t Shared\ndate: 2024-01-01\nsubtitle: *t\ntopics: &topics [dotnet, yaml]\nalso: *topics");

        var result = new GeneratorHarness().Run(post);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var read = Assert.Single(result.Load().All);
        Assert.Equal("Shared", read.Title);
        Assert.Equal("Shared", read.FrontMatter["subtitle"]);
        Assert.Equal(new object[] { "dotnet", "yaml" }, Assert.IsAssignableFrom<System.Collections.Generic.IEnumerable<object>>(read.FrontMatter["also"]).ToArray());
    }
}
