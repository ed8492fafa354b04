using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits <c>Posts</c>: one member per post, <c>All</c>, <c>FindBySlug</c>, and the tag and category indexes. The posts
/// are built on first use by each post's <c>Create()</c> and the lookups made from them at run time, so the file holds
/// no string per post or per tag, and nothing in a static field initialiser, which hot reload never runs again.
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "Posts.g.cs";

    public static string Emit(IndexModel model)
    {
        var ns = model.Options.Namespace;
        var post = "global::" + ns + ".Post";
        var list = "global::System.Collections.Generic.IReadOnlyList<" + post + ">";
        var posts = model.Posts;
        var writer = new SourceWriter()
            .WriteFileHeader()
            .WriteLine("#if NET6_0_OR_GREATER")
            .WriteLine("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::" + ns + ".Posts.HotReload))]")
            .WriteLine("#endif")
            .WriteLine()
            .WriteLine("namespace " + ns + ";")
            .WriteLine()
            .WriteLine("/// <summary>")
            .WriteLine("/// The blog's published posts, compiled from Markdown at build time: one property per post, every post")
            .WriteLine("/// newest first, lookup by slug, and indexes by tag and category. Posts are built from their records on first use.")
            .WriteLine("/// </summary>")
            .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
            .OpenBlock("public static partial class Posts")
            .WriteLine("private static BuiltPosts? built;")
            .WriteLine();

        for (var position = 0; position < posts.Count; position++)
        {
            var entry = posts[position].Entry;
            if (posts[position].MemberName.Length == 0)
            {
                continue; // past IndexBuilder.MaxPostMembers (BLOG036)
            }

            writer
                .WriteSummary(entry.Title)
                .WriteLine("/// <remarks>" + CSharpLiterals.XmlDocText(entry.Date.ToDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " · " + entry.RelativePath) + "</remarks>")
                .WriteLine("public static " + post + " " + posts[position].MemberName + " => Built.All[" + CSharpLiterals.Int32(position) + "];")
                .WriteLine();
        }

        writer
            .WriteLine("/// <summary>")
            .WriteLine("/// Every published post, newest first, including posts dated in the future. To hide scheduled posts until")
            .WriteLine("/// their date, list <see cref=\"PublishedAsOf(global::System.DateTimeOffset)\"/> with <c>DateTimeOffset.UtcNow</c> instead.")
            .WriteLine("/// </summary>")
            .WriteLine("public static " + list + " All => Built.List;")
            .WriteLine()
            .WriteLine("/// <summary>")
            .WriteLine("/// The published posts dated at or before <paramref name=\"now\"/>, newest first: a post dated in the future appears")
            .WriteLine("/// on its date without a rebuild. Dates compare as instants, whatever their offsets.")
            .WriteLine("/// </summary>")
            .WriteLine("/// <param name=\"now\">The current time, normally <c>DateTimeOffset.UtcNow</c>.</param>")
            .WriteLine("/// <returns>A suffix of <see cref=\"All\"/>: all of it when no post is scheduled after <paramref name=\"now\"/>.</returns>")
            .OpenBlock("public static " + list + " PublishedAsOf(global::System.DateTimeOffset now)")
            .WriteLine("var built = Built;")
            .WriteLine("var first = 0;")
            .WriteLine("while (first < built.All.Length && built.All[first].Date > now)")
            .OpenBlock()
            .WriteLine("first++;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return first == 0 ? built.List : new global::System.Collections.ObjectModel.ReadOnlyCollection<" + post + ">(new global::System.ArraySegment<" + post + ">(built.All, first, built.All.Length - first));")
            .CloseBlock()
            .WriteLine()
            .WriteLine("/// <summary>The published posts dated at or before the clock's current time, newest first.</summary>")
            .WriteLine("/// <param name=\"clock\">The clock, normally <see cref=\"global::System.TimeProvider.System\"/>; a fake one in tests.</param>")
            .WriteLine("/// <returns>As <see cref=\"PublishedAsOf(global::System.DateTimeOffset)\"/> with <c>clock.GetUtcNow()</c>.</returns>")
            .WriteLine("public static " + list + " PublishedAsOf(global::System.TimeProvider clock) =>")
            .Indent()
            .WriteLine("PublishedAsOf((clock ?? throw new global::System.ArgumentNullException(nameof(clock))).GetUtcNow());")
            .Unindent()
            .WriteLine()
            .WriteLine("/// <summary>Every tag used by a post, in ordinal order.</summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> Tags => Built.Tags;")
            .WriteLine()
            .WriteLine("/// <summary>Every category used by a post, in ordinal order.</summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> Categories => Built.Categories;")
            .WriteLine()
            .WriteLine("/// <summary>Finds a published post by its slug, comparing ordinally.</summary>")
            .WriteLine("/// <param name=\"slug\">The slug, as in <see cref=\"" + post + ".Slug\"/>.</param>")
            .WriteLine("/// <returns>The post, or <see langword=\"null\"/> when no published post has that slug.</returns>")
            .OpenBlock("public static " + post + "? FindBySlug(string slug)")
            .WriteLine("var built = Built;")
            .WriteLine("return built.BySlug.TryGetValue(slug ?? throw new global::System.ArgumentNullException(nameof(slug)), out var position) ? built.All[position] : null;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("/// <summary>The published posts with a tag, newest first.</summary>")
            .WriteLine("/// <param name=\"tag\">The tag, compared ordinally.</param>")
            .WriteLine("/// <returns>The posts, or an empty list when no post has the tag.</returns>")
            .WriteLine("public static " + list + " WithTag(string tag) => Built.ByTag.TryGetValue(tag ?? throw new global::System.ArgumentNullException(nameof(tag)), out var posts) ? posts : BuiltPosts.None;")
            .WriteLine()
            .WriteLine("/// <summary>The published posts in a category, newest first.</summary>")
            .WriteLine("/// <param name=\"category\">The category, compared ordinally.</param>")
            .WriteLine("/// <returns>The posts, or an empty list when no post is in the category.</returns>")
            .WriteLine("public static " + list + " InCategory(string category) => Built.ByCategory.TryGetValue(category ?? throw new global::System.ArgumentNullException(nameof(category)), out var posts) ? posts : BuiltPosts.None;")
            .WriteLine();

        WriteNeighbours(writer, post);
        WriteRelated(writer, ns, post, list, posts, model.Options.StoreForHotReload);
        WriteBuilt(writer, ns, post, list, posts);
        return writer
            .CloseBlock()
            .ToString();
    }

    private static void WriteNeighbours(SourceWriter writer, string post) => writer
        .OpenBlock("internal static " + post + "? PreviousOf(" + post + " post)")
        .WriteLine("var built = Built;")
        .WriteLine("return built.BySlug.TryGetValue(post.Slug, out var position) && ReferenceEquals(built.All[position], post) && position + 1 < built.All.Length ? built.All[position + 1] : null;")
        .CloseBlock()
        .WriteLine()
        .OpenBlock("internal static " + post + "? NextOf(" + post + " post)")
        .WriteLine("var built = Built;")
        .WriteLine("return built.BySlug.TryGetValue(post.Slug, out var position) && ReferenceEquals(built.All[position], post) && position > 0 ? built.All[position - 1] : null;")
        .CloseBlock()
        .WriteLine();

    /// <summary>
    /// The related posts, ranked at build time, as positions in <c>All</c>: post <c>i</c>'s are
    /// <c>RelatedPositions[RelatedStarts[i]..RelatedStarts[i + 1]]</c>. Constant <c>int</c> arrays read as spans are
    /// stored as data, so even 10,000 posts add no code per post.
    /// </summary>
    private static void WriteRelated(SourceWriter writer, string ns, string post, string list, EquatableArray<IndexedPost> posts, bool forHotReload)
    {
        var starts = new List<int> { 0 };
        var positions = new List<int>();
        foreach (var indexed in posts)
        {
            positions.AddRange(indexed.Related);
            starts.Add(positions.Count);
        }

        writer
            .WriteLine("internal static " + list + " RelatedOf(" + post + " post)")
            .OpenBlock()
            .WriteLine("var built = Built;")
            .WriteLine("if (!built.BySlug.TryGetValue(post.Slug, out var position) || !ReferenceEquals(built.All[position], post) || RelatedStarts[position] == RelatedStarts[position + 1])")
            .OpenBlock()
            .WriteLine("return BuiltPosts.None;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("var positions = RelatedPositions[RelatedStarts[position]..RelatedStarts[position + 1]];")
            .WriteLine("var related = new " + post + "[positions.Length];")
            .WriteLine("for (var i = 0; i < related.Length; i++)")
            .OpenBlock()
            .WriteLine("related[i] = built.All[positions[i]];")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return global::System.Array.AsReadOnly(related);")
            .CloseBlock()
            .WriteLine();
        if (!forHotReload)
        {
            writer
                .WriteLine("private static global::System.ReadOnlySpan<int> RelatedStarts => " + IntArray(starts) + ";")
                .WriteLine()
                .WriteLine("private static global::System.ReadOnlySpan<int> RelatedPositions => " + IntArray(positions) + ";");
            return;
        }

        // Under hot reload, constant arrays break updates as UTF-8 literals do (BucketEmitter.WriteStringRecords):
        // the numbers are a string literal, read again only when an update has replaced it.
        writer
            .WriteLine("private static string? relatedText;")
            .WriteLine("private static int[]? related;")
            .WriteLine()
            .WriteLine("private static global::System.ReadOnlySpan<int> RelatedStarts => Related().Slice(0, " + CSharpLiterals.Int32(starts.Count) + ");")
            .WriteLine()
            .WriteLine("private static global::System.ReadOnlySpan<int> RelatedPositions => Related().Slice(" + CSharpLiterals.Int32(starts.Count) + ");")
            .WriteLine()
            .OpenBlock("private static global::System.ReadOnlySpan<int> Related()")
            .WriteLine("var text = \"" + string.Join(",", starts.Concat(positions).Select(CSharpLiterals.Int32)) + "\";")
            .WriteLine("return global::" + ns + ".PostRecordReader.DecodedNumbers(text, ref relatedText, ref related);")
            .CloseBlock();
    }

    /// <summary>How many posts one <c>CreateAll</c> method builds.</summary>
    internal const int CreateChunk = 1_000;

    /// <summary>
    /// The posts, built on first use by each post's <c>Create()</c>, and the lookups made from them. Nothing is a
    /// static field initialiser, which hot reload never runs again: after an edit, <c>HotReload.ClearCache</c> drops
    /// what was built and the next use builds the edited posts.
    /// </summary>
    private static void WriteBuilt(SourceWriter writer, string ns, string post, string list, EquatableArray<IndexedPost> posts)
    {
        writer
            .WriteLine()
            .OpenBlock("private static BuiltPosts Built")
            .OpenBlock("get")
            .WriteLine("var current = built;")
            .WriteLine("if (current is null)")
            .OpenBlock()
            .WriteLine("var made = new BuiltPosts(CreateAll());")
            .WriteLine("current = global::System.Threading.Interlocked.CompareExchange(ref built, made, null) ?? made;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return current;")
            .CloseBlock()
            .CloseBlock()
            .WriteLine();

        if (posts.IsEmpty)
        {
            writer.WriteLine("private static " + post + "[] CreateAll() => global::System.Array.Empty<" + post + ">();");
        }
        else
        {
            // In methods of at most CreateChunk posts: one method of 100,000 calls is one huge body for the compiler
            // to bind, analyse and optimise.
            var chunks = (posts.Count + CreateChunk - 1) / CreateChunk;
            if (chunks == 1)
            {
                writer.WriteLine("private static " + post + "[] CreateAll() => new " + post + "[]").OpenBlock();
                foreach (var indexed in posts)
                {
                    writer.WriteLine(Naming.CreateCall(ns, indexed.Entry.RelativePath) + ",");
                }

                writer.CloseBlock(";");
            }
            else
            {
                writer.OpenBlock("private static " + post + "[] CreateAll()")
                    .WriteLine("var all = new " + post + "[" + CSharpLiterals.Int32(posts.Count) + "];");
                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    writer.WriteLine("CreateAll" + CSharpLiterals.Int32(chunk) + "(all);");
                }

                writer.WriteLine("return all;").CloseBlock();
                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    writer.WriteLine().OpenBlock("private static void CreateAll" + CSharpLiterals.Int32(chunk) + "(" + post + "[] all)");
                    for (var position = chunk * CreateChunk; position < Math.Min(posts.Count, (chunk + 1) * CreateChunk); position++)
                    {
                        writer.WriteLine("all[" + CSharpLiterals.Int32(position) + "] = " + Naming.CreateCall(ns, posts[position].Entry.RelativePath) + ";");
                    }

                    writer.CloseBlock();
                }
            }
        }

        writer
            .WriteLine()
            .WriteLine("/// <summary>Called by hot reload (<c>dotnet watch</c>, Visual Studio) after it applies an edit: the posts are built again on next use.</summary>")
            .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .OpenBlock("internal static class HotReload")
            .WriteLine("/// <summary>Drops the built posts.</summary>")
            .WriteLine("/// <param name=\"updatedTypes\">The types the edit changed; the posts are dropped whichever they are.</param>")
            .WriteLine("public static void ClearCache(global::System.Type[]? updatedTypes) => built = null;")
            .CloseBlock()
            .WriteLine()
            .OpenBlock("private sealed class BuiltPosts")
            .WriteLine("public static readonly " + list + " None = global::System.Array.AsReadOnly(global::System.Array.Empty<" + post + ">());")
            .WriteLine()
            .OpenBlock("public BuiltPosts(" + post + "[] all)")
            .WriteLine("All = all;")
            .WriteLine("List = global::System.Array.AsReadOnly(all);")
            .WriteLine("BySlug = new global::System.Collections.Generic.Dictionary<string, int>(all.Length, global::System.StringComparer.Ordinal);")
            .WriteLine("for (var position = 0; position < all.Length; position++)")
            .OpenBlock()
            .WriteLine("BySlug[all[position].Slug] = position;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("ByTag = Group(all, static post => post.Tags, out var tags);")
            .WriteLine("Tags = tags;")
            .WriteLine("ByCategory = Group(all, static post => post.Categories, out var categories);")
            .WriteLine("Categories = categories;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("public " + post + "[] All { get; }")
            .WriteLine()
            .WriteLine("public " + list + " List { get; }")
            .WriteLine()
            .WriteLine("/// <summary>Each slug's position in <see cref=\"All\"/>: <c>FindBySlug</c>, the neighbours and the related posts read it.</summary>")
            .WriteLine("public global::System.Collections.Generic.Dictionary<string, int> BySlug { get; }")
            .WriteLine()
            .WriteLine("public global::System.Collections.Generic.Dictionary<string, " + list + "> ByTag { get; }")
            .WriteLine()
            .WriteLine("public global::System.Collections.Generic.Dictionary<string, " + list + "> ByCategory { get; }")
            .WriteLine()
            .WriteLine("public global::System.Collections.Generic.IReadOnlyList<string> Tags { get; }")
            .WriteLine()
            .WriteLine("public global::System.Collections.Generic.IReadOnlyList<string> Categories { get; }")
            .WriteLine()
            .WriteLine("/// <summary>The posts under each key, newest first as in <paramref name=\"all\"/>, and the keys in ordinal order.</summary>")
            .OpenBlock("private static global::System.Collections.Generic.Dictionary<string, " + list + "> Group(" + post + "[] all, global::System.Func<" + post + ", global::System.Collections.Generic.IReadOnlyList<string>> keysOf, out global::System.Collections.Generic.IReadOnlyList<string> keys)")
            .WriteLine("var groups = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<" + post + ">>(global::System.StringComparer.Ordinal);")
            .WriteLine("foreach (var post in all)")
            .OpenBlock()
            .WriteLine("foreach (var key in keysOf(post))")
            .OpenBlock()
            .WriteLine("if (!groups.TryGetValue(key, out var group))")
            .OpenBlock()
            .WriteLine("groups[key] = group = new global::System.Collections.Generic.List<" + post + ">();")
            .CloseBlock()
            .WriteLine()
            .WriteLine("group.Add(post);")
            .CloseBlock()
            .CloseBlock()
            .WriteLine()
            .WriteLine("var sorted = new string[groups.Count];")
            .WriteLine("groups.Keys.CopyTo(sorted, 0);")
            .WriteLine("global::System.Array.Sort(sorted, global::System.StringComparer.Ordinal);")
            .WriteLine("keys = global::System.Array.AsReadOnly(sorted);")
            .WriteLine("var lookup = new global::System.Collections.Generic.Dictionary<string, " + list + ">(groups.Count, global::System.StringComparer.Ordinal);")
            .WriteLine("foreach (var pair in groups)")
            .OpenBlock()
            .WriteLine("lookup[pair.Key] = pair.Value.AsReadOnly();")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return lookup;")
            .CloseBlock()
            .CloseBlock();
    }

    private static string IntArray(IReadOnlyList<int> items) => items.Count == 0
        ? "global::System.Array.Empty<int>()"
        : "new int[] { " + string.Join(", ", items.Select(CSharpLiterals.Int32)) + " }";
}
