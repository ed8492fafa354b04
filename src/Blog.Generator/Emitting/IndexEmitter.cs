using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>Emits <c>Posts</c>: one member per post, <c>All</c>, <c>FindBySlug</c>, and the tag and category indexes.</summary>
internal static class IndexEmitter
{
    public const string HintName = "Posts.g.cs";

    public static string Emit(IndexModel model)
    {
        var ns = model.Options.Namespace;
        var post = "global::" + ns + ".Post";
        var posts = model.Posts;
        var writer = new SourceWriter()
            .WriteFileHeader()
            .WriteLine("namespace " + ns + ";")
            .WriteLine()
            .WriteLine("/// <summary>")
            .WriteLine("/// The blog's published posts, compiled from Markdown at build time: one property per post, every post")
            .WriteLine("/// newest first, lookup by slug, and indexes by tag and category.")
            .WriteLine("/// </summary>")
            .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
            .OpenBlock("public static partial class Posts");

        foreach (var (entry, member) in posts.Select(p => (p.Entry, p.MemberName)))
        {
            writer
                .WriteSummary(entry.Title)
                .WriteLine("/// <remarks>" + CSharpLiterals.XmlDocText(entry.Date.ToDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " · " + entry.RelativePath) + "</remarks>")
                .WriteLine("public static " + post + " " + member + " => " + Naming.DataClassFullName(ns, entry.RelativePath) + ".Value;")
                .WriteLine();
        }

        writer
            .WriteLine("private static readonly " + post + "[] AllPosts = " + PostArray(post, posts.Select(p => p.MemberName).ToList()) + ";")
            .WriteLine()
            .WriteLine("/// <summary>")
            .WriteLine("/// Every published post, newest first, including posts dated in the future. To hide scheduled posts until")
            .WriteLine("/// their date, list <see cref=\"PublishedAsOf(global::System.DateTimeOffset)\"/> with <c>DateTimeOffset.UtcNow</c> instead.")
            .WriteLine("/// </summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + post + "> All { get; } = global::System.Array.AsReadOnly(AllPosts);")
            .WriteLine()
            .WriteLine("/// <summary>")
            .WriteLine("/// The published posts dated at or before <paramref name=\"now\"/>, newest first: a post dated in the future appears")
            .WriteLine("/// on its date without a rebuild. Dates compare as instants, whatever their offsets.")
            .WriteLine("/// </summary>")
            .WriteLine("/// <param name=\"now\">The current time, normally <c>DateTimeOffset.UtcNow</c>.</param>")
            .WriteLine("/// <returns>A suffix of <see cref=\"All\"/>: all of it when no post is scheduled after <paramref name=\"now\"/>.</returns>")
            .OpenBlock("public static global::System.Collections.Generic.IReadOnlyList<" + post + "> PublishedAsOf(global::System.DateTimeOffset now)")
            .WriteLine("var first = 0;")
            .WriteLine("while (first < AllPosts.Length && AllPosts[first].Date > now)")
            .OpenBlock()
            .WriteLine("first++;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return first == 0 ? All : new global::System.Collections.ObjectModel.ReadOnlyCollection<" + post + ">(new global::System.ArraySegment<" + post + ">(AllPosts, first, AllPosts.Length - first));")
            .CloseBlock()
            .WriteLine()
            .WriteLine("/// <summary>The published posts dated at or before the clock's current time, newest first.</summary>")
            .WriteLine("/// <param name=\"clock\">The clock, normally <see cref=\"global::System.TimeProvider.System\"/>; a fake one in tests.</param>")
            .WriteLine("/// <returns>As <see cref=\"PublishedAsOf(global::System.DateTimeOffset)\"/> with <c>clock.GetUtcNow()</c>.</returns>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + post + "> PublishedAsOf(global::System.TimeProvider clock) =>")
            .Indent()
            .WriteLine("PublishedAsOf((clock ?? throw new global::System.ArgumentNullException(nameof(clock))).GetUtcNow());")
            .Unindent()
            .WriteLine()
            .WriteLine("/// <summary>Every tag used by a post, in ordinal order.</summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> Tags { get; } = global::System.Array.AsReadOnly(" + StringArray(Keys(posts, p => p.Entry.Tags)) + ");")
            .WriteLine()
            .WriteLine("/// <summary>Every category used by a post, in ordinal order.</summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> Categories { get; } = global::System.Array.AsReadOnly(" + StringArray(Keys(posts, p => p.Entry.Categories)) + ");")
            .WriteLine();

        WritePositions(writer, posts);
        WriteLookup(writer, "ByTag", post, Group(posts, p => p.Entry.Tags));
        WriteLookup(writer, "ByCategory", post, Group(posts, p => p.Entry.Categories));

        writer
            .WriteLine("/// <summary>Finds a published post by its slug, comparing ordinally.</summary>")
            .WriteLine("/// <param name=\"slug\">The slug, as in <see cref=\"" + post + ".Slug\"/>.</param>")
            .WriteLine("/// <returns>The post, or <see langword=\"null\"/> when no published post has that slug.</returns>")
            .WriteLine("public static " + post + "? FindBySlug(string slug) => BySlug.TryGetValue(slug ?? throw new global::System.ArgumentNullException(nameof(slug)), out var position) ? AllPosts[position] : null;")
            .WriteLine()
            .WriteLine("/// <summary>The published posts with a tag, newest first.</summary>")
            .WriteLine("/// <param name=\"tag\">The tag, compared ordinally.</param>")
            .WriteLine("/// <returns>The posts, or an empty list when no post has the tag.</returns>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + post + "> WithTag(string tag) => ByTag.TryGetValue(tag ?? throw new global::System.ArgumentNullException(nameof(tag)), out var posts) ? posts : NoPosts;")
            .WriteLine()
            .WriteLine("/// <summary>The published posts in a category, newest first.</summary>")
            .WriteLine("/// <param name=\"category\">The category, compared ordinally.</param>")
            .WriteLine("/// <returns>The posts, or an empty list when no post is in the category.</returns>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + post + "> InCategory(string category) => ByCategory.TryGetValue(category ?? throw new global::System.ArgumentNullException(nameof(category)), out var posts) ? posts : NoPosts;")
            .WriteLine()
            .WriteLine("private static readonly global::System.Collections.Generic.IReadOnlyList<" + post + "> NoPosts = global::System.Array.AsReadOnly(global::System.Array.Empty<" + post + ">());")
            .WriteLine();

        WriteNeighbours(writer, post);
        WriteRelated(writer, post, posts);
        return writer
            .CloseBlock()
            .ToString();
    }

    /// <summary>Each slug's position in <c>AllPosts</c>: <c>FindBySlug</c>, the neighbours and the related posts read it.</summary>
    private static void WritePositions(SourceWriter writer, EquatableArray<IndexedPost> posts)
    {
        writer
            .WriteLine("private static readonly global::System.Collections.Generic.Dictionary<string, int> BySlug = new(global::System.StringComparer.Ordinal)")
            .OpenBlock();
        for (var position = 0; position < posts.Count; position++)
        {
            writer.WriteLine("[" + CSharpLiterals.String(posts[position].Entry.Slug) + "] = " + CSharpLiterals.Int32(position) + ",");
        }

        writer.CloseBlock(";").WriteLine();
    }

    private static void WriteNeighbours(SourceWriter writer, string post) => writer
        .WriteLine("internal static " + post + "? PreviousOf(" + post + " post) =>")
        .Indent()
        .WriteLine("BySlug.TryGetValue(post.Slug, out var position) && ReferenceEquals(AllPosts[position], post) && position + 1 < AllPosts.Length ? AllPosts[position + 1] : null;")
        .Unindent()
        .WriteLine()
        .WriteLine("internal static " + post + "? NextOf(" + post + " post) =>")
        .Indent()
        .WriteLine("BySlug.TryGetValue(post.Slug, out var position) && ReferenceEquals(AllPosts[position], post) && position > 0 ? AllPosts[position - 1] : null;")
        .Unindent()
        .WriteLine();

    /// <summary>
    /// The related posts, ranked at build time, as positions in <c>AllPosts</c>: post <c>i</c>'s are
    /// <c>RelatedPositions[RelatedStarts[i]..RelatedStarts[i + 1]]</c>. Constant <c>int</c> arrays read as spans are
    /// stored as data, so even 10,000 posts add no code per post.
    /// </summary>
    private static void WriteRelated(SourceWriter writer, string post, EquatableArray<IndexedPost> posts)
    {
        var starts = new List<int> { 0 };
        var positions = new List<int>();
        foreach (var indexed in posts)
        {
            positions.AddRange(indexed.Related);
            starts.Add(positions.Count);
        }

        writer
            .WriteLine("internal static global::System.Collections.Generic.IReadOnlyList<" + post + "> RelatedOf(" + post + " post)")
            .OpenBlock()
            .WriteLine("if (!BySlug.TryGetValue(post.Slug, out var position) || !ReferenceEquals(AllPosts[position], post) || RelatedStarts[position] == RelatedStarts[position + 1])")
            .OpenBlock()
            .WriteLine("return NoPosts;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("var positions = RelatedPositions[RelatedStarts[position]..RelatedStarts[position + 1]];")
            .WriteLine("var related = new " + post + "[positions.Length];")
            .WriteLine("for (var i = 0; i < related.Length; i++)")
            .OpenBlock()
            .WriteLine("related[i] = AllPosts[positions[i]];")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return global::System.Array.AsReadOnly(related);")
            .CloseBlock()
            .WriteLine()
            .WriteLine("private static global::System.ReadOnlySpan<int> RelatedStarts => " + IntArray(starts) + ";")
            .WriteLine()
            .WriteLine("private static global::System.ReadOnlySpan<int> RelatedPositions => " + IntArray(positions) + ";");
    }

    private static string IntArray(IReadOnlyList<int> items) => items.Count == 0
        ? "global::System.Array.Empty<int>()"
        : "new int[] { " + string.Join(", ", items.Select(CSharpLiterals.Int32)) + " }";

    private static void WriteLookup(SourceWriter writer, string name, string post, IEnumerable<(string Key, IReadOnlyList<string> Members)> entries)
    {
        writer
            .WriteLine("private static readonly global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<" + post + ">> " + name + " = new(global::System.StringComparer.Ordinal)")
            .OpenBlock();
        foreach (var (key, members) in entries)
        {
            writer.WriteLine("[" + CSharpLiterals.String(key) + "] = global::System.Array.AsReadOnly(" + PostArray(post, members) + "),");
        }

        writer.CloseBlock(";").WriteLine();
    }

    private static IReadOnlyList<string> Keys(IEnumerable<IndexedPost> posts, Func<IndexedPost, EquatableArray<string>> select) =>
        posts.SelectMany(p => select(p)).Distinct(StringComparer.Ordinal).OrderBy(key => key, StringComparer.Ordinal).ToList();

    /// <summary>Each key in ordinal order with the members of its posts, keeping the posts' newest-first order.</summary>
    private static IEnumerable<(string Key, IReadOnlyList<string> Members)> Group(IEnumerable<IndexedPost> posts, Func<IndexedPost, EquatableArray<string>> select) =>
        posts
            .SelectMany(p => select(p).Select(key => (Key: key, p.MemberName)))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, (IReadOnlyList<string>)group.Select(pair => pair.MemberName).ToList()));

    private static string PostArray(string post, IReadOnlyList<string> members) => members.Count == 0
        ? "global::System.Array.Empty<" + post + ">()"
        : "new " + post + "[] { " + string.Join(", ", members) + " }";

    private static string StringArray(IReadOnlyList<string> items) => items.Count == 0
        ? "global::System.Array.Empty<string>()"
        : "new string[] { " + string.Join(", ", items.Select(CSharpLiterals.String)) + " }";
}
