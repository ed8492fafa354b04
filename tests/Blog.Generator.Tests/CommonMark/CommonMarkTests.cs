using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Markdig;
using Xunit;

namespace Blog.Generator.Tests.CommonMark;

/// <summary>
/// Every example of the CommonMark spec, compiled as a post through the generator: the HTML a running app reads back
/// must be byte for byte what Markdig renders directly from the same Markdown with the same pipeline.
/// </summary>
public sealed class CommonMarkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>All 655 examples go through one generator run and one compilation, shared by the test cases.</summary>
    private static readonly Lazy<CompiledBlog> Blog = new(() =>
    {
        var posts = CommonMarkSpec.Examples.Select(e => new TestPost(
            $"Posts/example-{e.Number:000}.md",
            $"---\ntitle: CommonMark example {e.Number}\ndate: 2024-01-01\n---\n{e.Markdown}"));
        var result = new GeneratorHarness().WithoutStepTracking().Run(posts);
        // One example links to ./target.md, which is no post here: a warning, and the link is left as written.
        Assert.Equal("BLOG021", Assert.Single(result.Diagnostics).Id);
        return result.Load();
    });

    public static IEnumerable<object[]> Numbers => CommonMarkSpec.Examples.Select(e => new object[] { e.Number });

    [Fact]
    public void The_spec_holds_655_examples() => Assert.Equal(655, CommonMarkSpec.Examples.Count);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Example_renders_through_the_generator_exactly_as_Markdig_renders_it(int number)
    {
        var example = CommonMarkSpec.Examples[number - 1];

        var post = Blog.Value.FindBySlug($"example-{number:000}");

        Assert.NotNull(post);
        var expected = System.Text.Encoding.UTF8.GetBytes(Markdown.ToHtml(example.Markdown, Pipeline));
        Assert.Equal(expected, post.HtmlUtf8);
    }
}
