using System;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Generation;

/// <summary>The real seed post from the sample blog, end to end through the generator.</summary>
public sealed class SeedPostTests
{
    private const string FileName = "2024-06-10-reflections-from-icml-2024.md";

    private static PostView LoadSeedPost()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedPosts", FileName));
        var result = new GeneratorHarness().Run(new TestPost("Posts/" + FileName, text));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        return result.Load().Member("ReflectionsFromIcml2024");
    }

    [Fact]
    public void Seed_post_metadata_reads_back()
    {
        var post = LoadSeedPost();

        Assert.Equal("Reflections from ICML 2024: Trends and Takeaways", post.Title);
        Assert.Equal("reflections-from-icml-2024", post.Slug);
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Equal(["Conferences", "Academia"], post.Categories);
        Assert.Equal(["ICML", "machine learning", "conference", "research trends"], post.Tags);
        Assert.Equal("Key insights and emerging trends from the International Conference on Machine Learning 2024.", post.Excerpt);
    }

    [Fact]
    public void Seed_post_headings_read_back_with_their_anchors()
    {
        var post = LoadSeedPost();

        Assert.Equal(16, post.Headings.Count);
        Assert.Equal((2, "Major Themes", "major-themes"), post.Headings[0]);
        Assert.Equal((3, "1. Foundation Models and Scaling", "foundation-models-and-scaling"), post.Headings[1]);
        Assert.Equal((2, "Looking Forward", "looking-forward"), post.Headings[^1]);
        Assert.Equal(["Major Themes", "Standout Papers", "Community Observations", "Personal Takeaways", "Looking Forward"], post.Headings.Where(h => h.Level == 2).Select(h => h.Text));
    }

    [Fact]
    public void Seed_post_html_is_rendered()
    {
        var post = LoadSeedPost();

        Assert.StartsWith("<p>I recently returned from ICML 2024 in Vienna,", post.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"major-themes\">Major Themes</h2>", post.Html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>Efficient scaling strategies</strong>:", post.Html, StringComparison.Ordinal);
        Assert.EndsWith("where the field is heading.</em></p>\n", post.Html, StringComparison.Ordinal);
    }
}
