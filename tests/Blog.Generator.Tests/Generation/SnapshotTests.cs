using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Generation;

/// <summary>The generated source, compared with reviewed golden files in Snapshots/.</summary>
public sealed class SnapshotTests
{
    private static readonly TestPost Post = TestPost.Create(
        "2022-11-30-hello-world.md",
        """
        title: "Hello, <World> & \"friends\""
        date: 2022-11-30 14:30:00 +0200
        tags: csharp markdown
        categories: [Notes]
        layout: post
        rating: 4.5
        """,
        """
        Welcome to the *first* post.

        ## Getting started

        ```csharp
        Console.WriteLine("}\"");
        ```
        """);

    private static readonly TestPost Other = TestPost.Create("2021-01-01-older.md", "title: Older\ntags: [csharp]", "Older body.\n");

    private static GenerationResult Run() => new GeneratorHarness().Run(Post, Other);

    [Fact]
    public void Post_file()
    {
        var result = Run();

        Snapshot.Match(result.PostSource("Posts/2022-11-30-hello-world.md"), "Post.hello-world");
    }

    [Fact]
    public void Index_file() => Snapshot.Match(Run().Source("Posts.g.cs"), "Posts");

    [Fact]
    public void Post_type() => Snapshot.Match(Run().Source("Post.g.cs"), "Post");

    [Fact]
    public void PostHeading_type() => Snapshot.Match(Run().Source("PostHeading.g.cs"), "PostHeading");

    [Fact]
    public void PostAsset_type() => Snapshot.Match(Run().Source("PostAsset.g.cs"), "PostAsset");

    [Fact]
    public void PostImage_type() => Snapshot.Match(Run().Source("PostImage.g.cs"), "PostImage");

    [Fact]
    public void PostTocEntry_type() => Snapshot.Match(Run().Source("PostTocEntry.g.cs"), "PostTocEntry");

    [Fact]
    public void GeneratedCode_attributes_carry_the_generator_version()
    {
        var version = typeof(PostsGenerator).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>()
            .Single().InformationalVersion.Split('+')[0];

        Assert.Contains($"[global::System.CodeDom.Compiler.GeneratedCode(\"Blog.Generator\", \"{version}\")]", Run().Source("Posts.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_names_are_one_file_per_bucket_of_posts_plus_the_index_the_runtime_types_and_the_attributes() =>
        Assert.Equal(
            // The buckets are the low byte of each path's FNV-1a hash: …3400 is bucket 0, …fcab bucket 171.
            ["BlogGeneratorAttributes.g.cs", "Post.g.cs", "PostAsset.g.cs", "PostBuckets.Bucket000.g.cs", "PostBuckets.Bucket171.g.cs", "PostBuckets.g.cs", "PostHeading.g.cs", "PostImage.g.cs", "PostRecordReader.g.cs", "PostTocEntry.g.cs", "Posts.g.cs"],
            Run().Sources.Keys.Order(System.StringComparer.Ordinal));
}
