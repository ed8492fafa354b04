using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Tests.Diagnostics;

/// <summary>One bad post for each diagnostic, with where it must be reported (1-based, as MSBuild prints it).</summary>
/// <remarks>Shared by the in-memory tests and the real <c>dotnet build</c> test, so both check the same cases.</remarks>
public sealed record BadPost(string FileName, string Text, string Id, int Line, int Column, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public override string ToString() => Id + " " + FileName;

    public static readonly IReadOnlyList<BadPost> All =
    [
        new("no-front-matter.md", "Just Markdown, no front matter.\n", "BLOG001", 1, 1),
        new("unclosed.md", "---\ntitle: Never closed\ndate: 2024-01-01\n\nBody.\n", "BLOG002", 1, 1),
        new("malformed-yaml.md", "---\ntitle: Fine\ndate: 2024-01-01\nsummary: \"unterminated\n---\nBody.\n", "BLOG003", 4, 10),
        new("not-a-mapping.md", "---\n- just\n- a list\n---\nBody.\n", "BLOG004", 2, 1),
        new("duplicate-key.md", "---\ntitle: First\ndate: 2024-01-01\ntitle: Second\n---\nBody.\n", "BLOG005", 4, 1),
        new("missing-title.md", "---\ndate: 2024-01-01\n---\nBody.\n", "BLOG006", 1, 1),
        new("empty-title.md", "---\ntitle: \"  \"\ndate: 2024-01-01\n---\nBody.\n", "BLOG006", 2, 8),
        new("bad-date.md", "---\ntitle: Bad date\ndate: not-a-date\n---\nBody.\n", "BLOG007", 3, 7),
        new("impossible-date.md", "---\ntitle: Impossible\ndate: 2024-02-30\n---\nBody.\n", "BLOG007", 3, 7),
        new("map-for-tags.md", "---\ntitle: Map\ndate: 2024-01-01\ntags:\n  a: 1\n---\nBody.\n", "BLOG008", 5, 3),
        new("list-for-title.md", "---\ntitle: [a, b]\ndate: 2024-01-01\n---\nBody.\n", "BLOG008", 2, 8),
        new("map-in-tag-list.md", "---\ntitle: Nested\ndate: 2024-01-01\ntags:\n  - ok\n  - {bad: map}\n---\nBody.\n", "BLOG008", 6, 5),
        new("not-a-boolean.md", "---\ntitle: Flag\ndate: 2024-01-01\ndraft: maybe\n---\nBody.\n", "BLOG008", 4, 8),
        new("unsafe-slug.md", "---\ntitle: Slug\ndate: 2024-01-01\nslug: Not Safe!\n---\nBody.\n", "BLOG009", 4, 7),
        new("undated.md", "---\ntitle: No date anywhere\n---\nBody.\n", "BLOG011", 1, 1),
        new("latin1.md", "---\ntitle: Caf\uFFFD\ndate: 2024-01-01\n---\nBody.\n", "BLOG012", 2, 11),
        new("empty.md", "", "BLOG013", 1, 1),
        new("draft.md", "---\ntitle: Draft\ndate: 2024-01-01\ndraft: true\n---\nBody.\n", "BLOG015", 1, 1, DiagnosticSeverity.Info),
        new("deep-yaml.md", "---\ntitle: Deep\ndate: 2024-01-01\nx: " + new string('[', 100) + new string(']', 100) + "\n---\nBody.\n", "BLOG016", 4, 67),
        // Each *a4 stands for 300,000 characters ("lol" 10^5 times); after 333,300 from the lines above, the third *a4 on
        // the a5 line crosses the 1,000,000 characters aliases may add.
        new("alias-bomb.md", "---\ntitle: Bomb\ndate: 2024-01-01\n" + AliasBomb() + "---\nBody.\n", "BLOG016", 9, 20),
        new("deep-markdown.md", "---\ntitle: Deep Markdown\ndate: 2024-01-01\n---\n" + new string('>', 5000) + " quoted\n", "BLOG019", 5, 1),
        new("newline-slug.md", "---\ntitle: Fresh\ndate: 2024-01-01\nslug: \"fresh\\n\"\n---\nBody.\n", "BLOG009", 4, 7),
        new("early-date.md", "---\ntitle: Early\ndate: 0001-01-01 00:00:00 +14:00\n---\nBody.\n", "BLOG031", 3, 7),
        new("late-extra-date.md", "---\ntitle: Late\ndate: 2024-01-01\nwhen: 9999-12-31 23:59:59 -14:00\n---\nBody.\n", "BLOG031", 4, 7),
        new("huge-integer.md", "---\ntitle: Huge\ndate: 2024-01-01\nn: 99999999999999999999\n---\nBody.\n", "BLOG032", 4, 4),
        new("reference-bomb.md", "---\ntitle: Expands\ndate: 2024-01-01\n---\n[x]: /" + new string('u', 100_000) + "\n\n" + string.Concat(Enumerable.Repeat("[x] ", 20_000)) + "\n", "BLOG034", 5, 1),
        new("quadratic-links.md", "---\ntitle: Quadratic\ndate: 2024-01-01\n---\nFirst.\n\n" + string.Concat(Enumerable.Repeat("[a](", 50_000)) + "\n", "BLOG035", 7, 1),
    ];

    /// <summary>Two posts that claim one slug: both are reported, at their slug.</summary>
    public static readonly IReadOnlyList<BadPost> DuplicateSlugs =
    [
        new("first-same.md", "---\ntitle: A\ndate: 2024-01-01\nslug: same\n---\nBody.\n", "BLOG010", 4, 7),
        new("second-same.md", "---\ntitle: B\ndate: 2024-01-02\nslug: same\n---\nBody.\n", "BLOG010", 4, 7),
    ];

    /// <summary>Reported only when the project sets BlogStrictFrontMatter.</summary>
    public static readonly BadPost UnknownKey = new("unknown-key.md", "---\ntitle: Typo\ndate: 2024-01-01\ntagz: [a]\n---\nBody.\n", "BLOG014", 4, 1, DiagnosticSeverity.Warning);

    /// <summary>A warning: the post is still generated, with the link left as written.</summary>
    public static readonly BadPost LinkToNonPost = new("broken-link.md", "---\ntitle: Links\ndate: 2024-01-01\n---\nSee [the notes](../notes/todo.md#list) here.\n", "BLOG021", 5, 5, DiagnosticSeverity.Warning);

    public static IEnumerable<object[]> Cases => All.Select(post => new object[] { post });

    /// <summary>"Billion laughs": ten levels of ten aliases each, 10^10 values once expanded.</summary>
    private static string AliasBomb()
    {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (var i = 1; i <= 10; i++)
        {
            yaml += $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n";
        }

        return yaml;
    }
}
