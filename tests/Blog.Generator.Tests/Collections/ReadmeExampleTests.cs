using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Collections;

/// <summary>The docs' schema examples compile, and the errors they show are the ones the generator reports.</summary>
public sealed class ReadmeExampleTests
{
    private const string Schemas = """
        using System;
        using System.Collections.Generic;
        using Blog.Generator;

        namespace MyBlog.Content;

        [PostFrontMatter]
        public partial class PostMeta
        {
            public Author? Author { get; init; }
            public Difficulty Difficulty { get; init; } = Difficulty.Beginner;
            public Uri? CanonicalUrl { get; init; }
            public string[] Series { get; init; } = [];
        }

        public enum Difficulty { Beginner, Intermediate, VeryAdvanced }

        [Collection("Authors")]
        public partial class Author
        {
            public required string Name { get; init; }
            public Uri? Website { get; init; }
            public string[] Links { get; init; } = [];
        }

        [Collection("Content/Pages", ClassName = "SitePages")]
        public partial class Page
        {
            public required string Title { get; init; }
            public int NavOrder { get; init; }
            public List<Author> Editors { get; init; } = [];
        }
        """;

    private const string Usage = """
        using System.Collections.Generic;
        using MyBlog.Content;

        namespace MyBlog;

        public static class Usage
        {
            public static string Run()
            {
                Author jane = Authors.Jane;
                IReadOnlyList<Author> all = Authors.All;
                Author? found = Authors.FindBySlug("jane");
                string bio = jane.Html;
                string file = jane.SourcePath;
                var post = TestBlog.Posts.All[0];
                return $"{all.Count}|{found?.Name}|{bio.Trim()}|{file}|{post.Data.Author!.Name}|{post.Data.Difficulty == Difficulty.VeryAdvanced}|{post.Data.CanonicalUrl}|{ReferenceEquals(post.Data.Author, Authors.Jane)}";
            }
        }
        """;

    private static readonly TestPost Jane = TestPost.Entry("Authors/jane.md", "name: Jane Doe\nwebsite: https://jane.example/\nlinks: [mastodon, github]", "Jane writes about *compilers*.\n");

    [Fact]
    public void The_worked_example_compiles_and_reads_back_typed_values()
    {
        var post = TestPost.Create(
            "2024-03-02-lexing.md",
            "title: Lexing by hand\ndate: 2024-03-02\ntags: [compilers]\nauthor: jane\ndifficulty: very-advanced\ncanonical_url: https://jane.example/lexing");
        var page = TestPost.Entry("Content/Pages/about.md", "title: About\nnav_order: 1\neditors: [jane]");

        var result = new GeneratorHarness().Run([Jane, post, page], Schemas, Usage);

        Assert.Empty(result.Diagnostics);
        var output = (string)result.Load().Assembly.GetType("MyBlog.Usage", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("1|Jane Doe|<p>Jane writes about <em>compilers</em>.</p>|Authors/jane.md|Jane Doe|True|https://jane.example/lexing|True", output);
    }

    [Fact]
    public void The_errors_the_docs_show_are_the_generators_own_words()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "schemas-and-collections.md"));
        var files = new[]
        {
            Jane,
            TestPost.Entry("Authors/sam-lee.md", "name: Sam Lee"),
            TestPost.Entry("Authors/anon.md", "website: https://x.example/"),
            TestPost.Entry("Content/Pages/about.md", "title: About\nnav_order: first\nnav_ordr: 2"),
            TestPost.Create("2024-03-02-lexing.md", "title: Lexing by hand\ndate: 2024-03-02\nauthor: jnae"),
        };

        var result = new GeneratorHarness().Run(files, Schemas);

        var lines = result.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var path = span.Path[(TestPost.ProjectDirectory.Length + 1)..];
            return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        }).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.True(readme.Contains(line, StringComparison.Ordinal), "docs/schemas-and-collections.md lacks: " + line));
    }
}
