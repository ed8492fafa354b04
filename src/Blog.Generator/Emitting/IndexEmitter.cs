using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Indexing;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits <c>Posts</c>: one member per post, <c>All</c>, <c>FindBySlug</c>, and the tag and category indexes. The posts
/// are built on first use by each bucket's <c>Create()</c>, put in order by numbers stored as data
/// (<see cref="IndexNumbers"/>), and the lookups are made from them at run time: the file holds no code or string per
/// post beyond its property, and nothing in a static field initialiser, which hot reload never runs again.
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
        WriteRelated(writer, post, list);
        WriteBuilt(writer, ns, post, list, model);
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

    private static void WriteRelated(SourceWriter writer, string post, string list) => writer
        .OpenBlock("internal static " + list + " RelatedOf(" + post + " post)")
        .WriteLine("var built = Built;")
        .WriteLine("return built.BySlug.TryGetValue(post.Slug, out var position) && ReferenceEquals(built.All[position], post) ? built.RelatedOf(position) : BuiltPosts.None;")
        .CloseBlock()
        .WriteLine();

    /// <summary>How many characters of the index's numbers one UTF-8 literal holds, when they are too many for a string.</summary>
    internal const int NumbersPiece = 64 * 1024;

    /// <summary>
    /// The posts, built on first use from their buckets, put in order by the index's numbers, and the lookups made from
    /// them. Nothing is a static field initialiser, which hot reload never runs again: after an edit,
    /// <c>HotReload.ClearCache</c> drops what was built and the next use builds the edited posts.
    /// </summary>
    private static void WriteBuilt(SourceWriter writer, string ns, string post, string list, IndexModel model)
    {
        writer
            .OpenBlock("private static BuiltPosts Built")
            .OpenBlock("get")
            .WriteLine("var current = built;")
            .WriteLine("if (current is null)")
            .OpenBlock()
            .WriteLine("var made = BuiltPosts.Build();")
            .WriteLine("current = global::System.Threading.Interlocked.CompareExchange(ref built, made, null) ?? made;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return current;")
            .CloseBlock()
            .CloseBlock()
            .WriteLine();

        writer
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
            .WriteLine("/// <summary>The index's numbers: each post's bucket and place in it, where its related posts start, their positions.</summary>")
            .WriteLine("private readonly int[] numbers;")
            .WriteLine()
            .OpenBlock("public BuiltPosts(" + post + "[] all, int[] numbers)")
            .WriteLine("All = all;")
            .WriteLine("this.numbers = numbers;")
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
            .WriteLine("/// <summary>The related posts of the post at <paramref name=\"position\"/>, ranked at build time: positions in <see cref=\"All\"/>.</summary>")
            .OpenBlock("public " + list + " RelatedOf(int position)")
            .WriteLine("var starts = 2 * All.Length;")
            .WriteLine("var first = numbers[starts + position];")
            .WriteLine("var count = numbers[starts + position + 1] - first;")
            .WriteLine("if (count == 0)")
            .OpenBlock()
            .WriteLine("return None;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("var related = new " + post + "[count];")
            .WriteLine("for (var i = 0; i < count; i++)")
            .OpenBlock()
            .WriteLine("related[i] = All[numbers[starts + All.Length + 1 + first + i]];")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return global::System.Array.AsReadOnly(related);")
            .CloseBlock()
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
            .WriteLine();
        WriteBuild(writer, ns, post, model);
        writer.CloseBlock();
    }

    /// <summary>
    /// <c>BuiltPosts.Build()</c>: every bucket's posts, each bucket's <c>Create()</c> called once, put in order by the
    /// index's numbers. In <c>BuiltPosts</c>, whose name no post's member can take, so that no slug meets these names.
    /// </summary>
    private static void WriteBuild(SourceWriter writer, string ns, string post, IndexModel model)
    {
        var posts = model.Posts;
        if (posts.IsEmpty)
        {
            writer.WriteLine("public static BuiltPosts Build() => new BuiltPosts(global::System.Array.Empty<" + post + ">(), global::System.Array.Empty<int>());");
        }
        else
        {
            var numbers = IndexNumbers.Of(posts);
            writer
                .WriteLine("/// <summary>Builds every post from its bucket and puts them in order, newest first, by the index's numbers.</summary>")
                .OpenBlock("public static BuiltPosts Build()")
                .WriteLine("var numbers = Numbers();")
                .WriteLine("var buckets = new " + post + "[][]")
                .OpenBlock();
            foreach (var bucket in numbers.Buckets)
            {
                writer.WriteLine("global::" + Naming.DataNamespace(ns) + "." + Naming.BucketClassName(bucket) + ".Create(),");
            }

            writer
                .CloseBlock(";")
                .WriteLine("var all = new " + post + "[" + CSharpLiterals.Int32(posts.Count) + "];")
                .WriteLine("for (var position = 0; position < all.Length; position++)")
                .OpenBlock()
                .WriteLine("all[position] = buckets[numbers[2 * position]][numbers[(2 * position) + 1]];")
                .CloseBlock()
                .WriteLine()
                .WriteLine("return new BuiltPosts(all, numbers);")
                .CloseBlock()
                .WriteLine();
            WriteNumbers(writer, ns, numbers.Text, StringBudget.IndexAsString(posts.Count, model.Options.RelatedPostCount, model.Options.MaxStringData));
        }
    }

    /// <summary>
    /// The index's numbers: a string literal while they fit the string budget (<see cref="StringBudget"/>), else UTF-8
    /// literals of <see cref="NumbersPiece"/> characters, each in a method of its own so that the compiler's nodes for
    /// one stay few. Never an <c>int[]</c> initialiser: the compiler binds, checks and analyses each element of one.
    /// </summary>
    private static void WriteNumbers(SourceWriter writer, string ns, string text, bool asString)
    {
        writer
            .WriteLine("/// <summary>The index's numbers, each followed by a comma: every post's bucket and place in it (newest first), where each post's related posts start, and their positions.</summary>")
            .OpenBlock("private static int[] Numbers()")
            .WriteLine("var numbers = new global::System.Collections.Generic.List<int>();");
        var pieces = asString ? new List<string> { text } : Pieces(text);
        for (var piece = 0; piece < pieces.Count; piece++)
        {
            writer.WriteLine("global::" + ns + ".PostRecordReader.Numbers(" + (asString ? CSharpLiterals.String(text) : "Numbers" + CSharpLiterals.Int32(piece) + "()") + ", numbers);");
        }

        writer.WriteLine("return numbers.ToArray();").CloseBlock();
        if (!asString)
        {
            for (var piece = 0; piece < pieces.Count; piece++)
            {
                writer.WriteLine().WriteLine("private static global::System.ReadOnlySpan<byte> Numbers" + CSharpLiterals.Int32(piece) + "() => " + CSharpLiterals.Utf8(pieces[piece]) + ";");
            }
        }
    }

    /// <summary>The numbers cut after a comma every <see cref="NumbersPiece"/> characters or so.</summary>
    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + NumbersPiece);
            end = end == text.Length ? end : text.LastIndexOf(',', end - 1, end - start) + 1;
            pieces.Add(text.Substring(start, end - start));
            start = end;
        }

        return pieces;
    }
}
