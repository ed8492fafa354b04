using System;
using Blog.Generator;

namespace Blog.Sample.Content;

/// <summary>
/// A person who writes for the blog: one Markdown file per author in <c>Authors/</c>, whose body is the bio.
/// <c>[Collection]</c> makes the generator check every file's front matter against these properties at compile time
/// and list the entries in the static class <see cref="Authors"/> (<c>Authors.All</c>, <c>Authors.FindBySlug</c>,
/// <c>Authors.MarenHolt</c>). A post names its author by the file's slug (<c>author: maren-holt</c>), which the
/// compiler resolves to the entry itself; a misspelt slug is a build error (BLOG025).
/// </summary>
[Collection("Authors")]
public partial class Author
{
    /// <summary>The name shown in bylines and on the author's page. Required: a file without <c>name:</c> does not build (BLOG023).</summary>
    public required string Name { get; init; }

    /// <summary>One line under the name, such as "Research engineer".</summary>
    public string? Role { get; init; }

    /// <summary>The author's own site, if any; the YAML value must be a URI (BLOG022 otherwise).</summary>
    public Uri? Website { get; init; }

    /// <summary>The author's Mastodon profile, linked with <c>rel="me"</c> so Mastodon can verify the link back.</summary>
    public Uri? Mastodon { get; init; }
}
