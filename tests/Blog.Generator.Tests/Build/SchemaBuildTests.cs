using System;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// Real <c>dotnet build</c>s of a consumer project that declares its own front-matter schema and content collections,
/// wired as the package wires it (see <see cref="MsBuildTests"/>): the typed API compiles and runs under strict
/// settings, and each kind of schema violation fails the build at its own file, line and column.
/// </summary>
[Trait("Category", "Build")]
public sealed class SchemaBuildTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What a project with a custom schema, two collections and a reference between them looks like. A nested class,
    /// an enum, a list of references, a date, a decimal and a URI, so every kind of generated value is compiled.
    /// </summary>
    private static string Schemas(string access) => $$"""
        using System;
        using System.Collections.Generic;
        using Blog.Generator;

        namespace Consumer.App.Content;

        /// <summary>What kind of book.</summary>
        {{access}} enum Genre
        {
            /// <summary>Made up.</summary>
            Fiction,

            /// <summary>True.</summary>
            NonFiction,

            /// <summary>Made up, with spaceships.</summary>
            ScienceFiction,
        }

        /// <summary>How to reach someone.</summary>
        {{access}} sealed class Contact
        {
            /// <summary>Email address.</summary>
            public required string Email { get; init; }

            /// <summary>Phone number.</summary>
            public string? Phone { get; init; }
        }

        /// <summary>A person who writes.</summary>
        [Collection("Authors")]
        {{access}} sealed partial class Author
        {
            /// <summary>Full name.</summary>
            public required string Name { get; init; }

            /// <summary>Home page.</summary>
            public Uri? Website { get; init; }

            /// <summary>Year of birth.</summary>
            public int BornIn { get; init; }

            /// <summary>How to reach them.</summary>
            public Contact? Contact { get; init; }
        }

        /// <summary>A book on the shelf.</summary>
        [Collection("Library/Books")]
        {{access}} sealed partial class Book
        {
            /// <summary>Title on the cover.</summary>
            public required string Title { get; init; }

            /// <summary>Who wrote it.</summary>
            public required Author Author { get; init; }

            /// <summary>Who edited it.</summary>
            public IReadOnlyList<Author> Editors { get; init; } = [];

            /// <summary>When it came out.</summary>
            public DateOnly Published { get; init; }

            /// <summary>What kind of book.</summary>
            public Genre Genre { get; init; } = Genre.Fiction;

            /// <summary>Cover price.</summary>
            public decimal Price { get; init; }

            /// <summary>Shelf tags.</summary>
            public IReadOnlyList<string> Tags { get; init; } = [];
        }

        /// <summary>What posts say beyond the Jekyll keys.</summary>
        [PostFrontMatter]
        {{access}} sealed partial class PostMeta
        {
            /// <summary>Who wrote the post.</summary>
            public Author? Author { get; init; }

            /// <summary>The book the post reviews.</summary>
            public Book? Book { get; init; }

            /// <summary>Out of five.</summary>
            public int Rating { get; init; } = 3;
        }
        """;

    private readonly string project = TestPaths.CreateTempDirectory("blog-schema-build");

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public void A_strict_project_with_a_custom_schema_two_collections_and_references_builds_clean_and_runs()
    {
        // An application under AnalysisLevel latest-all must make its types internal (CA1515), so the schemas are.
        WriteProject(Schemas("internal"));
        WriteFile("Program.cs", """
            using System;
            using System.Globalization;
            using System.Linq;
            using Consumer.App.Content;

            namespace Consumer.App;

            /// <summary>Prints what the generated typed API holds.</summary>
            internal static class Program
            {
                private static void Main()
                {
                    var c = CultureInfo.InvariantCulture;
                    var latest = Posts.All[0];
                    Console.WriteLine("posts=" + Posts.All.Count.ToString(c));
                    Console.WriteLine("latest=" + latest.Title + "|" + latest.Data.Author!.Name + "|" + latest.Data.Book!.Title + "|" + latest.Data.Book.Author.Name + "|" + latest.Data.Rating.ToString(c));
                    var plain = Posts.FindBySlug("plain")!;
                    Console.WriteLine("plain=" + (plain.Data.Author is null).ToString(c) + "|" + (plain.Data.Book is null).ToString(c) + "|" + plain.Data.Rating.ToString(c));
                    Console.WriteLine("authors=" + string.Join(",", Authors.All.Select(a => a.Slug + ":" + a.Name)));
                    var jane = Authors.FindBySlug("jane")!;
                    Console.WriteLine("jane=" + jane.Html.Trim() + "|" + jane.Website + "|" + jane.BornIn.ToString(c) + "|" + jane.Contact!.Email + "|" + jane.SourcePath);
                    Console.WriteLine("books=" + Books.All.Count.ToString(c));
                    var book = Books.TheLongNight;
                    Console.WriteLine("book=" + book.Title + "|" + book.Author.Name + "|" + string.Join(",", book.Editors.Select(e => e.Name)) + "|" + book.Published.ToString("yyyy-MM-dd", c) + "|" + book.Genre + "|" + book.Price.ToString(c) + "|" + string.Join(",", book.Tags));
                    Console.WriteLine("same=" + ReferenceEquals(book.Author, jane).ToString(c) + "|" + ReferenceEquals(latest.Data.Book, book).ToString(c));
                }
            }
            """);
        WriteFile("Authors/jane.md", "---\nname: Jane Doe\nwebsite: https://jane.example/\nborn_in: 1980\ncontact:\n  email: jane@example.com\n---\nJane writes *novels*.\n");
        WriteFile("Authors/sam-lee.md", "---\nname: Sam Lee\n---\n");
        WriteFile("Library/Books/the-long-night.md", "---\ntitle: The Long Night\nauthor: jane\neditors: [sam-lee]\npublished: 2023-11-05\ngenre: science-fiction\nprice: 12.50\ntags: [space, winter]\n---\nA book about a very long winter.\n");
        WriteFile("Library/Books/field-notes.md", "---\ntitle: Field Notes\nauthor: sam-lee\ngenre: non-fiction\n---\n");
        WriteFile("Posts/2024-06-10-review.md", "---\ntitle: Reviewing The Long Night\nauthor: sam-lee\nbook: the-long-night\nrating: 5\ntags: [reviews]\n---\nA review.\n");
        WriteFile("Posts/2024-05-01-plain.md", "---\ntitle: Plain\n---\nNothing typed here.\n");

        // Markdown that is neither a post nor in a collection's folder, without front matter: read, it would be an error.
        WriteFile("README.md", "# Consumer\n\nNot a post, not an entry: no front matter at all.\n");
        WriteFile("docs/notes.md", "Notes with no front matter, in a folder no collection declares.\n");

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = DotNetProcess.Run(project, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            """
            posts=2
            latest=Reviewing The Long Night|Sam Lee|The Long Night|Jane Doe|5
            plain=True|True|3
            authors=jane:Jane Doe,sam-lee:Sam Lee
            jane=<p>Jane writes <em>novels</em>.</p>|https://jane.example/|1980|jane@example.com|Authors/jane.md
            books=2
            book=The Long Night|Jane Doe|Sam Lee|2023-11-05|ScienceFiction|12.50|space,winter
            same=True|True
            """.ReplaceLineEndings("\n"),
            run.Output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_project_holding_every_kind_of_schema_violation_fails_with_each_at_its_own_file_line_and_column()
    {
        WriteProject(Schemas("public"));
        WriteFile("Authors/jane.md", "---\nname: Jane Doe\n---\n");

        // A [Collection] class that is not partial, in its own file; its folder's entry is left to that error.
        WriteFile("Schemas/Widget.cs", """
            using Blog.Generator;

            namespace Consumer.App.Content;

            /// <summary>Not partial, so the generator cannot add its members.</summary>
            [Collection("Widgets")]
            public sealed class Widget
            {
                /// <summary>Name.</summary>
                public string Name { get; init; } = "";
            }
            """);
        WriteFile("Widgets/sprocket.md", "---\nname: Sprocket\n---\n");

        // A property type front matter cannot hold, in a block-scoped namespace, so the attribute is indented.
        WriteFile("Schemas/Gadget.cs", """
            using System.Collections.Generic;
            using Blog.Generator;

            namespace Consumer.App.Content
            {
                /// <summary>Has a property front matter cannot hold.</summary>
                [Collection("Gadgets")]
                public sealed partial class Gadget
                {
                    /// <summary>Specs.</summary>
                    public Dictionary<string, string> Specs { get; init; } = [];
                }
            }
            """);

        (string Path, string Text, string Expected)[] bad =
        [
            ("Authors/bad-born.md", "---\nname: Bad Born\nborn_in: nineteen-eighty\n---\n", "(3,10): error BLOG022: 'born_in' expects int"),
            ("Library/Books/bad-date.md", "---\ntitle: Bad Date\nauthor: jane\npublished: 2023-11-05 10:00\n---\n", "(4,12): error BLOG022: 'published' expects DateOnly"),
            ("Library/Books/bad-genre.md", "---\ntitle: Bad Genre\nauthor: jane\ngenre: poetry\n---\n", "(4,8): error BLOG022: 'genre' expects Genre (one of Fiction, NonFiction, ScienceFiction)"),
            ("Library/Books/bad-tags.md", "---\ntitle: Bad Tags\nauthor: jane\ntags: winter\n---\n", "(4,7): error BLOG022: 'tags' expects a list of string"),
            ("Posts/2024-01-02-rating.md", "---\ntitle: Rating\nrating: five\n---\nBody.\n", "(3,9): error BLOG022: 'rating' expects int"),

            // A nested object's missing key is reported at the object, the nearest place that exists.
            ("Authors/bad-contact.md", "---\nname: Bad Contact\ncontact:\n  phone: \"555-0100\"\n---\n", "(4,3): error BLOG023: The front matter has no 'email', which Contact.Email requires"),
            ("Authors/anonymous.md", "---\nwebsite: https://anon.example/\n---\n", "(1,1): error BLOG023: The front matter has no 'name', which Author.Name requires"),
            ("Authors/typo.md", "---\nname: Typo\nwebsiet: https://typo.example/\n---\n", "(3,1): error BLOG024: 'websiet' is not a property of Author"),
            ("Posts/2024-01-03-mood.md", "---\ntitle: Mood\nmood: happy\n---\nBody.\n", "(3,1): error BLOG024: 'mood' is not a property of PostMeta"),
            ("Posts/2024-01-01-orphan.md", "---\ntitle: Orphan\nauthor: nobody\n---\nBody.\n", "(3,9): error BLOG025: 'nobody' is not an entry of Authors"),
            ("Library/Books/lost.md", "---\ntitle: Lost\nauthor: nobody\n---\n", "(3,9): error BLOG025: 'nobody' is not an entry of Authors"),
            ("Authors/team-a/kim.md", "---\nname: Kim A\n---\n", "(1,1): error BLOG027: Another entry of Author has the slug 'kim' too (Authors/team-b/kim.md)"),
            ("Authors/team-b/kim.md", "---\nname: Kim B\n---\n", "(1,1): error BLOG027: Another entry of Author has the slug 'kim' too (Authors/team-a/kim.md)"),
        ];
        foreach (var (path, text, _) in bad)
        {
            WriteFile(path, text);
        }

        // The schema errors are at the attribute's name, just inside its '['.
        (string Path, string Expected)[] expected =
        [
            .. bad.Select(file => (file.Path, file.Expected)),
            ("Schemas/Widget.cs", "(6,2): error BLOG026: Widget must be declared partial"),
            ("Schemas/Gadget.cs", "(7,6): error BLOG026: Gadget.Specs has the type System.Collections.Generic.Dictionary<string, string>, which front matter cannot hold"),
        ];

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-p:TreatWarningsAsErrors=false");

        Assert.True(build.ExitCode != 0, build.ToString());
        var output = build.PortableOutput;
        foreach (var (path, message) in expected)
        {
            // MSBuild prints the full path of the .md and the .cs files alike; the project-relative tail is what is checked.
            AssertContains("/" + path + message, build);
        }

        AssertContains($"{expected.Length} Error(s)", build);
        Assert.True(!output.Contains("Widgets/sprocket.md", StringComparison.Ordinal), build.ToString());
        Assert.True(!output.Contains("error CS", StringComparison.Ordinal), build.ToString());
    }

    [Fact]
    public void A_reference_to_an_entry_left_out_by_its_own_error_fails_the_build_without_a_CSharp_error()
    {
        WriteProject(Schemas("public"));
        WriteFile("Authors/jane.md", "---\nname: Jane Doe\n---\n");

        // Entries that exist, so their slugs resolve, but that are left out of the build by their own errors.
        WriteFile("Authors/bad-born.md", "---\nname: Bad Born\nborn_in: nineteen-eighty\n---\n");
        WriteFile("Authors/team-a/kim.md", "---\nname: Kim A\n---\n");
        WriteFile("Authors/team-b/kim.md", "---\nname: Kim B\n---\n");

        // And an entry of a collection whose class is unusable, which a post schema property can still name.
        WriteFile("Schemas/Widget.cs", """
            using Blog.Generator;

            namespace Consumer.App.Content;

            /// <summary>Not partial, so the generator cannot add its members.</summary>
            [Collection("Widgets")]
            public sealed class Widget
            {
                /// <summary>Name.</summary>
                public string Name { get; init; } = "";
            }

            /// <summary>The post schema, extended with a reference to the unusable collection.</summary>
            public sealed partial class PostMeta
            {
                /// <summary>A widget.</summary>
                public Widget? Widget { get; init; }
            }
            """);
        WriteFile("Widgets/sprocket.md", "---\nname: Sprocket\n---\n");

        // Posts and a collection entry that refer to them.
        WriteFile("Posts/2024-01-04-cascade.md", "---\ntitle: Cascade\nauthor: bad-born\n---\nBody.\n");
        WriteFile("Library/Books/by-kim.md", "---\ntitle: By Kim\nauthor: kim\n---\n");
        WriteFile("Posts/2024-01-05-widget.md", "---\ntitle: Widget\nwidget: sprocket\n---\nBody.\n");

        var build = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-p:TreatWarningsAsErrors=false");

        Assert.True(build.ExitCode != 0, build.ToString());
        AssertContains("/Authors/bad-born.md(3,10): error BLOG022: 'born_in' expects int", build);
        AssertContains("/Authors/team-a/kim.md(1,1): error BLOG027:", build);
        AssertContains("/Authors/team-b/kim.md(1,1): error BLOG027:", build);
        AssertContains("/Schemas/Widget.cs(6,2): error BLOG026: Widget must be declared partial", build);
        AssertContains("/Posts/2024-01-04-cascade.md(3,9): error BLOG029: This file refers to Authors/bad-born.md, which is not generated", build);
        AssertContains("/Library/Books/by-kim.md(3,9): error BLOG029: This file refers to Authors/team-a/kim.md", build);
        AssertContains("/Posts/2024-01-05-widget.md(3,9): error BLOG029: This file refers to Widgets/sprocket.md", build);
        Assert.True(!build.PortableOutput.Contains("error CS", StringComparison.Ordinal), build.ToString());
    }

    /// <summary>Contains, with the whole build output in the failure message rather than a snippet around a near miss.</summary>
    private static void AssertContains(string expected, CliResult build) =>
        Assert.True(build.PortableOutput.Contains(expected, StringComparison.Ordinal), $"Expected\n  {expected}\nin {build}");

    private void WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// The strict consumer of <see cref="MsBuildTests"/>, with the schemas in <c>Content/Schemas.cs</c> and a
    /// <c>Program.cs</c> that only has to compile (a test that runs the app writes its own).
    /// </summary>
    private void WriteProject(string schemas)
    {
        ConsumerProject.Write(project);
        WriteFile("Content/Schemas.cs", schemas);
        WriteFile("Program.cs", """
            namespace Consumer.App;

            /// <summary>Uses the posts.</summary>
            internal static class Program
            {
                private static void Main() => System.Console.WriteLine(Posts.All.Count);
            }
            """);
        WriteFile("Directory.Build.props", "<Project />");
        WriteFile("Directory.Packages.props", "<Project />");
    }
}
