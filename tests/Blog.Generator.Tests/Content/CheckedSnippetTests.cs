using System;
using System.Globalization;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Blog.Generator.Tests.Content;

/// <summary>
/// C# fences checked by the compiler: <c>check</c> parses a fence, <c>compile</c> binds it against the project (its
/// references and types), project-wide with <c>BlogCheckCSharp</c>. Every problem is reported at its line and column in
/// the <c>.md</c> file; a fence may expect an error it shows on purpose.
/// </summary>
public sealed class CheckedSnippetTests
{
    /// <summary>The project's own code, which <c>compile</c> fences bind against.</summary>
    private const string Project = """
        namespace App.Text;

        /// <summary>Greets.</summary>
        public static class Greeter
        {
            /// <summary>A greeting.</summary>
            /// <param name="name">Who.</param>
            /// <returns>The greeting.</returns>
            public static string Hello(string name) => "Hello, " + name;
        }
        """;

    private static TestPost Post(string body, string name = "2024-01-01-post.md") => TestPost.Create(name, "title: Post", body);

    private static GenerationResult Run(string body, GeneratorHarness? harness = null) => (harness ?? new GeneratorHarness()).Run([Post(body)], Project);

    [Fact]
    public void Fences_are_not_checked_unless_asked()
    {
        var result = Run("```csharp\nthis is not C# {\n```\n");

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Load().All);
    }

    [Fact]
    public void A_check_fence_that_does_not_parse_is_a_warning_at_its_line_and_column_in_the_post()
    {
        // Front matter is lines 1-3; the fence opens on line 6, its code starts on line 7.
        var result = Run("Intro.\n\n```csharp check\nvar x = 1;\nvar y = (x + 2;\n```\n");

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG037", DiagnosticSeverity.Warning, "Posts/2024-01-01-post.md", 8, 15);
        Assert.Contains("CS1026", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(") expected", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Single(result.Load().All);
    }

    [Theory]
    [InlineData("public record Person(string Name, int Age);\n")]
    [InlineData("public int Count { get; private set; }\n\npublic void Add(int n) => Count += n;\n")]
    [InlineData("var people = new[] { 1, 2, 3 };\npeople.Where(n => n > 1).Sum()\n")]
    [InlineData("using System.Text;\n\nvar sb = new StringBuilder();\nrecord Point(int X, int Y);\n")]
    [InlineData("namespace Demo;\n\nfile class Hidden { }\n")]
    public void Files_members_and_scripts_all_parse(string code)
    {
        var result = Run("```cs check\n" + code + "```\n");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Every_fence_is_checked_with_BlogCheckCSharp_except_one_marked_nocheck_and_other_languages()
    {
        var body = "```csharp\nint x = ;\n```\n\n```csharp nocheck\nint y = ;\n```\n\n```js\nlet z = ;\n```\n";

        var result = Run(body, new GeneratorHarness().With("BlogCheckCSharp", "syntax"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BLOG037", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // "int x = ;", line 5
    }

    [Fact]
    public void A_compile_fence_binds_against_the_projects_own_types()
    {
        var result = Run("```csharp compile\nstring s = App.Text.Greeter.Hello(\"you\");\nSystem.Console.WriteLine(s.Length);\n```\n");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_compile_error_is_reported_at_its_place_in_the_post_with_the_compilers_id()
    {
        var result = Run("Text.\n\n```csharp compile\nint length = App.Text.Greeter.Hello(\"you\");\n```\n");

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG038", DiagnosticSeverity.Warning, "Posts/2024-01-01-post.md", 7, 14);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("(CS0029)", message, StringComparison.Ordinal);
        Assert.Contains("Cannot implicitly convert type 'string' to 'int'", message, StringComparison.Ordinal);
        Assert.Equal("App.Text.Greeter.Hello(\"you\")".Length, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void Usings_come_from_the_fence_and_from_the_project()
    {
        const string code = "string s = Greeter.Hello(\"you\");\nvar sb = new StringBuilder(s);\n";

        var none = Run("```csharp compile\n" + code + "```\n");
        var fence = Run("```csharp compile usings=App.Text,System.Text\n" + code + "```\n");
        var project = Run("```csharp compile\n" + code + "```\n", new GeneratorHarness().With("BlogSnippetUsings", "App.Text;System.Text"));

        Assert.Equal(["CS0103", "CS0246"], none.Diagnostics.Select(d => Id(d)).Order());
        Assert.Empty(fence.Diagnostics);
        Assert.Empty(project.Diagnostics);
    }

    [Fact]
    public void Members_types_and_statements_beside_types_compile_each_in_their_own_place()
    {
        var body =
            "```csharp compile\npublic int Count { get; private set; }\npublic void Add(int n) => Count += n;\n```\n\n" +
            "```csharp compile\nvar p = new Point(1, 2);\nSystem.Console.WriteLine(p with { X = 3 });\nrecord Point(int X, int Y);\n```\n\n" +
            "```csharp compile\nrecord Point(int X, int Y);\n```\n\n" + // the same name in another fence: fences never meet
            "```csharp compile\nvar n = 1 + 2;\nn * 2\n```\n\n" +
            "```csharp compile\nusing System.Linq;\nvar total = new[] { 1, 2 }.Sum();\nawait System.Threading.Tasks.Task.Delay(total);\n```\n";

        var result = Run(body);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_fence_that_shows_an_error_on_purpose_says_which_and_must_have_it()
    {
        var body =
            "```csharp expect=CS0029\nint n = \"text\";\n```\n\n" +
            "```csharp expect=CS0029\nint n = 1;\n```\n\n" +
            "```csharp expect=CS0103\nint n = \"text\";\n```\n";

        var result = Run(body);

        Assert.Equal(["BLOG038", "BLOG039", "BLOG039"], result.Diagnostics.Select(d => d.Id).Order());
        var compiles = Assert.Single(result.Diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("it compiles", StringComparison.Ordinal));
        Assert.Equal(8, compiles.Location.GetLineSpan().StartLinePosition.Line + 1); // the second fence's opening line
        Assert.Contains(result.Diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture) == "This C# fence expects error CS0103, but its errors are CS0029");
    }

    [Fact]
    public void With_BlogSnippetSeverity_error_a_broken_fence_fails_the_build_and_the_post_is_still_generated()
    {
        var result = Run("```csharp compile\nint n = \"text\";\n```\n", new GeneratorHarness().With("BlogSnippetSeverity", "error"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BLOG038", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Single(result.Load().All);
    }

    [Fact]
    public void A_fence_inside_a_list_is_reported_at_its_indented_column()
    {
        var result = Run("- A step:\n\n  ```csharp check\n  int x = ;\n  ```\n");

        DiagnosticAssert.Single(result.Diagnostics, "BLOG037", DiagnosticSeverity.Warning, "Posts/2024-01-01-post.md", 7, 11);
    }

    [Fact]
    public void A_fence_nested_deeper_than_the_parser_takes_is_reported_and_left_uncoloured()
    {
        // The C# parser is quadratic in nesting: 20,000 parentheses took 47 s.
        var code = "var x = " + new string('(', 20_000) + "1" + new string(')', 20_000) + ";\n";
        var body = "```csharp check\n" + code + "```\n";

        var result = Run(body, new GeneratorHarness().With("BlogSyntaxHighlighting", "true"));

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG037", DiagnosticSeverity.Warning, "Posts/2024-01-01-post.md", 5, 1);
        Assert.Contains("nest 20,000 levels deep, more than the 256", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("<pre><code class=\"language-csharp\">" + code + "</code></pre>\n", Assert.Single(result.Load().All).Html);
    }

    [Theory]
    [InlineData("var s = \"((((((\";", 0)]
    [InlineData("// ((((((\nvar c = '(';", 0)]
    [InlineData("/* [[[[ */ f((a[1]));", 3)]
    [InlineData("var r = \"\"\"\n{{{{\n\"\"\";", 0)]
    [InlineData("var e = \"\\\"((\" + g({ });", 2)]
    public void Nesting_counts_brackets_outside_strings_characters_and_comments(string code, int expected)
    {
        Assert.Equal(expected, Blog.Generator.Snippets.SnippetSyntax.Nesting(code));
    }

    [Theory]
    [InlineData("```csharp expect=29\nint x = 1;\n```\n", "'29' in expect= is not a C# error id such as CS0029")]
    [InlineData("```csharp compile usings=System..Text\nint x = 1;\n```\n", "'System..Text' in usings= is not a namespace")]
    public void An_option_that_cannot_be_read_is_reported_at_the_fence(string body, string problem)
    {
        var result = Run(body);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG040", DiagnosticSeverity.Warning, "Posts/2024-01-01-post.md", 4, 1);
        Assert.Contains(problem, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BlogCheckCSharp", "everything")]
    [InlineData("BlogSnippetSeverity", "fatal")]
    [InlineData("BlogSnippetUsings", "System;not a namespace")]
    public void An_invalid_setting_is_BLOG017(string property, string value)
    {
        var result = Run("Text.\n", new GeneratorHarness().With(property, value));

        Assert.Equal("BLOG017", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Collection_entries_fences_compile_too()
    {
        var jane = TestPost.Entry("Authors/jane.md", "name: Jane Doe", "```csharp compile\nint n = \"text\";\n```\n");

        var result = new GeneratorHarness().Run([jane], Collections.ContentModel.Schemas, Project);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG038", DiagnosticSeverity.Warning, "Authors/jane.md", 5, 9);
        Assert.Contains("CS0029", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_edit_checks_that_posts_fences_only_and_a_cs_edit_checks_only_posts_that_compile_fences()
    {
        var compiled = Post("```csharp compile\nstring s = App.Text.Greeter.Hello(\"a\");\n```\n", "2024-01-01-compiled.md");
        var other = Post("```csharp compile\nint n = 1;\n```\n", "2024-01-02-other.md");
        var plain = Post("```csharp check\nint n = 1;\n```\n", "2024-01-03-plain.md");
        var harness = new GeneratorHarness();
        var compilation = GeneratorHarness.CreateCompilation(Project);
        var driver = harness.CreateDriver([compiled, other, plain]).RunGenerators(compilation);

        // The body of one post with a compile fence: its fences are checked again, the other post's are not.
        var edited = new TestPost(compiled.Path, compiled.Text.Replace("\"a\"", "\"b\"", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(compiled, edited).RunGenerators(compilation);
        Assert.True(1 == Ran(driver, TrackingNames.SnippetChecks), Reasons(driver, TrackingNames.SnippetChecks));
        Assert.Equal(1, Ran(driver, TrackingNames.ParsedPosts));

        // A post without compile fences: no fence is compiled again.
        var plainEdited = new TestPost(plain.Path, plain.Text + "\nMore.\n");
        driver = driver.ReplaceAdditionalText(plain, plainEdited).RunGenerators(compilation);
        Assert.Equal(0, Ran(driver, TrackingNames.SnippetChecks));

        // A .cs edit: both posts with compile fences are checked again, and no post is rendered again.
        var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { /// <summary>X.</summary>\npublic static class Other { } }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(changed);
        Assert.Equal(2, Ran(driver, TrackingNames.SnippetChecks));
        Assert.Equal(0, Ran(driver, TrackingNames.ParsedPosts));

        // A .cs edit that breaks what a fence uses is reported at the fence.
        var renamed = GeneratorHarness.CreateCompilation(Project.Replace("Hello(", "Greet(", StringComparison.Ordinal));
        driver = driver.RunGenerators(renamed);
        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("BLOG038", diagnostic.Id);
        Assert.EndsWith("2024-01-01-compiled.md", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    private static string Reasons(GeneratorDriver driver, string step) =>
        string.Join(";", driver.GetRunResult().Results.Single().TrackedSteps[step].Select(run => string.Join(",", run.Outputs.Select(o => o.Reason)) + "<-" + string.Join(",", run.Inputs.Select(i => i.Source.Name + ":" + i.Source.Outputs[i.OutputIndex].Reason))));

    private static int Ran(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.Count(run => run.Outputs.Any(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged))
            : 0;

    private static string Id(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return message.Substring(message.IndexOf("(CS", StringComparison.Ordinal) + 1, 6);
    }
}
