using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Assets;

/// <summary>
/// A post schema's <c>PostImage</c> property: the path (or <c>{path, alt}</c>) is checked like any other key, a missing
/// file an error at the value whatever <c>BlogAssetSeverity</c> says, and the value has the file's URL and size.
/// </summary>
public sealed class SchemaImageTests
{
    private const string Schema = """
        namespace TestBlog;

        /// <summary>Post data.</summary>
        [Blog.Generator.PostFrontMatter]
        public partial class Meta
        {
            /// <summary>The hero image.</summary>
            public PostImage? Hero { get; init; }

            /// <summary>A nested card.</summary>
            public Card? Card { get; init; }
        }

        /// <summary>A card.</summary>
        public sealed class Card
        {
            /// <summary>Its picture.</summary>
            public PostImage? Picture { get; init; }
        }
        """;

    private const string Cat = "Posts/images/cat.png\t1636\tynu8ahu0aq\tsha256-AAAA\t301\t157\t";

    private static GenerationResult Run(string frontMatter, params string[] manifest) =>
        new GeneratorHarness().Run([TestPost.Create("2024-01-01-hero.md", "title: Hero\n" + frontMatter), TestPost.AssetManifest(manifest)], Schema);

    private static object? Value(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    private static (object? Url, object? Width, object? Height, object? Alt)? Image(object? image) =>
        image is null ? null : (Value(image, "Url"), Value(image, "Width"), Value(image, "Height"), Value(image, "Alt"));

    private static object Data(GenerationResult result)
    {
        var posts = (IEnumerable<object>)result.Load().Assembly.GetType("TestBlog.Posts")!.GetProperty("All")!.GetValue(null)!;
        return Value(posts.Single(), "Data")!;
    }

    [Fact]
    public void A_schema_image_gets_its_files_url_and_size_at_any_depth()
    {
        var result = Run("hero: images/cat.png\ncard:\n  picture:\n    path: images/cat.png\n    alt: A cat", Cat);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var data = Data(result);
        Assert.Equal(("/Posts/images/cat.ynu8ahu0aq.png", (object?)301, (object?)157, (object?)null), Image(Value(data, "Hero")));
        Assert.Equal(("/Posts/images/cat.ynu8ahu0aq.png", (object?)301, (object?)157, (object?)"A cat"), Image(Value(Value(data, "Card")!, "Picture")));
    }

    [Fact]
    public void A_missing_schema_image_is_an_error_at_its_value_and_a_wrong_shape_a_type_mismatch()
    {
        var missing = Run("hero: images/dog.png", Cat);
        var shape = Run("hero: [a, b]", Cat);

        var error = Assert.Single(missing.Diagnostics, d => d.Id == "BLOG047");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((2, 6), (error.Location.GetLineSpan().StartLinePosition.Line, error.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("an image beside the posts", Assert.Single(shape.Diagnostics, d => d.Id == "BLOG022").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_may_not_hold_a_post_image()
    {
        const string collection = """
            namespace TestBlog.Content;

            /// <summary>An author.</summary>
            [Blog.Generator.Collection("Authors")]
            public partial class Author
            {
                /// <summary>Name.</summary>
                public required string Name { get; init; }

                /// <summary>Photo.</summary>
                public TestBlog.PostImage? Photo { get; init; }
            }
            """;

        var result = new GeneratorHarness().Run([TestPost.Entry("Authors/jane.md", "name: Jane")], collection);

        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("only a post schema ([PostFrontMatter]) may hold", StringComparison.Ordinal));
    }
}
