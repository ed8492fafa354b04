using System;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Collections;

/// <summary>A schema class the generator cannot use is an error at its attribute, saying what to change.</summary>
public sealed class SchemaDeclarationTests
{
    private static readonly TestPost Entry = TestPost.Entry("Things/one.md", "name: One");

    private static Diagnostic SingleSchemaError(string source, string expected)
    {
        var result = new GeneratorHarness().Run([Entry], "using System.Collections.Generic;\nusing Blog.Generator;\n" + source);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "BLOG026");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
        return diagnostic;
    }

    [Theory]
    [InlineData("[Collection(\"Things\")] public class Thing { public string Name { get; init; } = \"\"; }", "must be declared partial")]
    [InlineData("[Collection(\"Things\")] public partial record Thing { public string Name { get; init; } = \"\"; }", "is a record")]
    [InlineData("public partial class Outer { [Collection(\"Things\")] public partial class Thing { public string Name { get; init; } = \"\"; } }", "nested in Outer")]
    [InlineData("[Collection(\"Things\")] public partial class Thing { public Thing(int x) { } public string Name { get; init; } = \"\"; }", "parameterless constructor")]
    [InlineData("[Collection(\"Things\")] public partial class Thing { public Dictionary<string, string> Name { get; init; } = new(); }", "which front matter cannot hold")]
    [InlineData("[Collection(\"Things\")] public partial class Thing { public string Name { get; init; } = \"\"; public string Slug { get; init; } = \"\"; }", "a member the generator adds")]
    [InlineData("[Collection(\"../Things\")] public partial class Thing { public string Name { get; init; } = \"\"; }", "needs a folder inside the project")]
    [InlineData("[Collection(\"Things\", ClassName = \"class\")] public partial class Thing { public string Name { get; init; } = \"\"; }", "not a valid class name")]
    [InlineData("[Collection(\"Things\", ClassName = \"Built\")] public partial class Thing { public string Name { get; init; } = \"\"; }", "the name of one of its own members")]
    [InlineData("[Collection(\"Built\")] public partial class Thing { public string Name { get; init; } = \"\"; }", "the name of one of its own members")]
    [InlineData("[Collection(\"Things\")] public partial class Thing { public string Name { get; init; } = \"\"; public Node? Root { get; init; } } public class Node { public Node? Next { get; init; } }", "contain itself")]
    [InlineData("[PostFrontMatter] public partial class Meta { public string Title { get; init; } = \"\"; }", "which Post reads itself")]
    [InlineData("[Collection(\"Things\")] public partial class Thing { public string Name { get; init; } = \"\"; private enum Hidden { A } private Hidden H { get; set; } internal Secret S { get; init; } private class Secret { } }", "cannot see")]
    public void An_unusable_schema_is_an_error_saying_what_to_change(string source, string expected) =>
        SingleSchemaError(source, expected);

    [Fact]
    public void The_error_is_located_at_the_attribute_in_the_C_sharp_file()
    {
        var diagnostic = SingleSchemaError("\n\n[Collection(\"Things\")]\npublic class Thing { public string Name { get; init; } = \"\"; }", "partial");

        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
    }

    [Fact]
    public void Two_collections_on_one_folder_are_both_errors()
    {
        var result = new GeneratorHarness().Run(
            [Entry],
            "using Blog.Generator;\n[Collection(\"Things\")] public partial class A { }\n[Collection(\"Things/\", ClassName = \"Others\")] public partial class B { }");

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "BLOG026" && d.GetMessage().Contains("more than one collection", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_post_schemas_are_both_errors()
    {
        var result = new GeneratorHarness().Run(
            [TestPost.Create("2024-01-01-a.md", "title: A")],
            "using Blog.Generator;\n[PostFrontMatter] public partial class A { }\n[PostFrontMatter] public partial class B { }");

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "BLOG026" && d.GetMessage().Contains("Only one class", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_usable_schema_with_an_empty_folder_gives_an_empty_collection()
    {
        var result = new GeneratorHarness().Run(
            Array.Empty<TestPost>(),
            "using Blog.Generator;\n/// <summary>T.</summary>\n[Collection(\"Nothing/here\")] public partial class Thing { /// <summary>N.</summary>\n public string Name { get; init; } = \"\"; }");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("public static partial class Here", result.Source("Collection.Here.g.cs"), StringComparison.Ordinal);
    }
}
