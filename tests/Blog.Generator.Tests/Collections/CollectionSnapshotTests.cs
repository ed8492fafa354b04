using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Collections;

/// <summary>The generated source for schemas and collections, compared with reviewed golden files in Snapshots/.</summary>
public sealed class CollectionSnapshotTests
{
    private static GenerationResult Run() => new GeneratorHarness().Run(
        [
            TestPost.Entry("Authors/jane.md", "name: \"Jane \\\"JD\\\" Doe\"\nwebsite: https://jane.example/\nlinks: [mastodon, github]", "Jane writes about *compilers*.\n"),
            TestPost.Entry("Authors/sam-lee.md", "name: Sam Lee"),
            TestPost.Entry("Content/Series/compilers.md", "title: Compilers\neditor: jane\ncontributors: [sam-lee]\nstarted_on: 2024-03-01\nlevel: intermediate"),
            TestPost.Create("2024-03-02-lexing.md", "title: Lexing\nauthor: sam-lee\nseries: compilers\nrating: 5"),
        ],
        ContentModel.Schemas);

    [Fact]
    public void Attributes() => Snapshot.Match(Run().Source("BlogGeneratorAttributes.g.cs"), "BlogGeneratorAttributes");

    [Fact]
    public void Collection_class() => Snapshot.Match(Run().Source("Collection.TestBlog.Content.Authors.g.cs"), "Collection.Authors");

    [Fact]
    public void Entry_members_added_to_the_schema_class() => Snapshot.Match(Run().Source("Schema.TestBlog.Content.Author.g.cs"), "Schema.Author");

    [Fact]
    public void Entry_file_with_a_reference_a_list_of_references_a_date_and_an_enum() =>
        Snapshot.Match(Run().Sources.Single(s => s.Key.StartsWith("Entry.compilers.", StringComparison.Ordinal)).Value, "Entry.compilers");

    [Fact]
    public void Entry_file_with_text_a_URI_and_a_list() =>
        Snapshot.Match(Run().Sources.Single(s => s.Key.StartsWith("Entry.jane.", StringComparison.Ordinal)).Value, "Entry.jane");

    [Fact]
    public void Post_Data_property() => Snapshot.Match(Run().Source("Post.Data.g.cs"), "Post.Data");

    [Fact]
    public void Post_file_with_typed_front_matter() =>
        Snapshot.Match(Run().PostSource("Posts/2024-03-02-lexing.md"), "Post.lexing");
}
