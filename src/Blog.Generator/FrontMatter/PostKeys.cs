using System;
using System.Collections.Generic;
using System.Linq;

namespace Blog.Generator.FrontMatter;

/// <summary>The front-matter keys a post reads itself, as Jekyll names them: one list for the post reader and the schemas.</summary>
internal static class PostKeys
{
    /// <summary>Keys read into <c>Post</c>'s own properties; a post schema may not claim them.</summary>
    public static readonly IReadOnlyList<string> Modeled =
        ["title", "date", "slug", "excerpt", "categories", "category", "tags", "tag", "draft", "published", "last_modified_at", "excerpt_separator"];

    /// <summary>Keys of Jekyll's the generator knows and reads no value from: never reported as unknown.</summary>
    public static readonly IReadOnlyList<string> JekyllOnly = ["layout", "permalink", "render_with_liquid"];

    /// <summary>
    /// Keys read into <c>Post</c>'s own properties that also stay in <c>Post.FrontMatter</c>, as they always have:
    /// <c>image</c>, the cover image (<c>Post.Image</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> AlsoRead = ["image"];

    private static readonly HashSet<string> ModeledSet = new(Modeled, StringComparer.Ordinal);

    private static readonly HashSet<string> KnownSet = new(Modeled.Concat(JekyllOnly).Concat(AlsoRead), StringComparer.Ordinal);

    /// <summary>Whether <c>Post</c> has a property for the key (else it is kept in <c>Post.FrontMatter</c>).</summary>
    public static bool IsModeled(string key) => ModeledSet.Contains(key);

    /// <summary>Whether the default post understands the key; with strict front matter, any other key is reported.</summary>
    public static bool IsKnown(string key) => KnownSet.Contains(key);

    /// <summary>The known keys, for a schema binder that must leave them to the post.</summary>
    public static ICollection<string> Known => KnownSet;
}
