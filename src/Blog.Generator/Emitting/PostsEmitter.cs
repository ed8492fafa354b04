using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Blog.Generator.Models;
using Blog.Generator.Storage;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits <c>Posts</c>: one member per post, <c>All</c>, <c>FindBySlug</c>, and the tag and category indexes. The posts
/// are built on first use by each bucket's method, put in order by numbers stored as data (<see cref="IndexNumbers"/>),
/// and the lookups are made from them at run time: the file holds no code or string per post beyond its property, and
/// nothing in a static field initialiser, which hot reload never runs again.
/// </summary>
internal static class PostsEmitter
{
    /// <summary>How many characters of the index's numbers one UTF-8 literal holds, when they are too many for a string.</summary>
    internal const int NumbersPiece = 64 * 1024;

    /// <summary>How many characters of numbers a line of their literal holds, at most.</summary>
    private const int NumbersLine = 100;

    public static string Emit(IndexModel model)
    {
        var ns = model.Options.Namespace;
        var writer = new SourceWriter(16 * 1024 + (model.Posts.Count * 160))
            .WriteFileHeader("the Posts class, the index of the published posts")
            .WriteBlock($$"""
                #if NET6_0_OR_GREATER
                [assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::{{ns}}.Posts.HotReload))]
                #endif

                namespace {{ns}};

                /// <summary>
                /// The blog's published posts, compiled from Markdown at build time: one property per post, every post
                /// newest first, lookup by slug, and indexes by tag and category. Posts are built from their records on
                /// first use.
                /// </summary>
                {{ThisAssembly.GeneratedCodeAttribute}}
                public static partial class Posts
                {
                    private static BuiltPosts? built;

                """)
            .Indent();

        for (var position = 0; position < model.Posts.Count; position++)
        {
            var post = model.Posts[position];
            if (post.MemberName.Length == 0)
            {
                continue; // past IndexBuilder.MaxPostMembers (BLOG036)
            }

            var date = post.Row.Date.ToDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer
                .WriteSummary(post.Row.Title)
                .WriteLine("/// <remarks>" + CSharpLiterals.XmlDocText(date + " · " + post.Row.RelativePath) + "</remarks>")
                .WriteLine("public static Post " + post.MemberName + " => Built.All[" + CSharpLiterals.Int32(position) + "];")
                .WriteLine();
        }

        writer.WriteBlock("""
            /// <summary>
            /// Every published post, newest first, including posts dated in the future. To hide scheduled posts until
            /// their date, list <see cref="PublishedAsOf(global::System.DateTimeOffset)"/> with <c>DateTimeOffset.UtcNow</c>
            /// instead.
            /// </summary>
            public static global::System.Collections.Generic.IReadOnlyList<Post> All => Built.List;

            /// <summary>
            /// The published posts dated at or before <paramref name="now"/>, newest first: a post dated in the future
            /// appears on its date without a rebuild. Dates compare as instants, whatever their offsets.
            /// </summary>
            /// <param name="now">The current time, normally <c>DateTimeOffset.UtcNow</c>.</param>
            /// <returns>A suffix of <see cref="All"/>: all of it when no post is scheduled after <paramref name="now"/>.</returns>
            public static global::System.Collections.Generic.IReadOnlyList<Post> PublishedAsOf(global::System.DateTimeOffset now)
            {
                var built = Built;
                var first = 0;
                while (first < built.All.Length && built.All[first].Date > now)
                {
                    first++;
                }

                if (first == 0)
                {
                    return built.List;
                }

                var published = new global::System.ArraySegment<Post>(built.All, first, built.All.Length - first);
                return new global::System.Collections.ObjectModel.ReadOnlyCollection<Post>(published);
            }

            /// <summary>The published posts dated at or before the clock's current time, newest first.</summary>
            /// <param name="clock">The clock, normally <see cref="global::System.TimeProvider.System"/>; a fake one in tests.</param>
            /// <returns>As <see cref="PublishedAsOf(global::System.DateTimeOffset)"/> with <c>clock.GetUtcNow()</c>.</returns>
            public static global::System.Collections.Generic.IReadOnlyList<Post> PublishedAsOf(global::System.TimeProvider clock) =>
                PublishedAsOf((clock ?? throw new global::System.ArgumentNullException(nameof(clock))).GetUtcNow());

            /// <summary>Every tag used by a post, in ordinal order.</summary>
            public static global::System.Collections.Generic.IReadOnlyList<string> Tags => Built.Tags;

            /// <summary>Every category used by a post, in ordinal order.</summary>
            public static global::System.Collections.Generic.IReadOnlyList<string> Categories => Built.Categories;

            /// <summary>Finds a published post by its slug, comparing ordinally.</summary>
            /// <param name="slug">The slug, as in <see cref="Post.Slug"/>.</param>
            /// <returns>The post, or <see langword="null"/> when no published post has that slug.</returns>
            public static Post? FindBySlug(string slug)
            {
                if (slug is null)
                {
                    throw new global::System.ArgumentNullException(nameof(slug));
                }

                var built = Built;
                return built.BySlug.TryGetValue(slug, out var position) ? built.All[position] : null;
            }

            /// <summary>The published posts with a tag, newest first.</summary>
            /// <param name="tag">The tag, compared ordinally.</param>
            /// <returns>The posts, or an empty list when no post has the tag.</returns>
            public static global::System.Collections.Generic.IReadOnlyList<Post> WithTag(string tag)
            {
                if (tag is null)
                {
                    throw new global::System.ArgumentNullException(nameof(tag));
                }

                return Built.ByTag.TryGetValue(tag, out var posts) ? posts : BuiltPosts.None;
            }

            /// <summary>The published posts in a category, newest first.</summary>
            /// <param name="category">The category, compared ordinally.</param>
            /// <returns>The posts, or an empty list when no post is in the category.</returns>
            public static global::System.Collections.Generic.IReadOnlyList<Post> InCategory(string category)
            {
                if (category is null)
                {
                    throw new global::System.ArgumentNullException(nameof(category));
                }

                return Built.ByCategory.TryGetValue(category, out var posts) ? posts : BuiltPosts.None;
            }

            internal static Post? PreviousOf(Post post)
            {
                var built = Built;
                var position = built.PositionOf(post);
                return position >= 0 && position + 1 < built.All.Length ? built.All[position + 1] : null;
            }

            internal static Post? NextOf(Post post)
            {
                var built = Built;
                var position = built.PositionOf(post);
                return position > 0 ? built.All[position - 1] : null;
            }

            internal static global::System.Collections.Generic.IReadOnlyList<Post> RelatedOf(Post post)
            {
                var built = Built;
                var position = built.PositionOf(post);
                return position >= 0 ? built.RelatedOf(position) : BuiltPosts.None;
            }

            /// <summary>
            /// The posts, built on first use from their buckets, put in order by the index's numbers, and the lookups made
            /// from them. Nothing is a static field initialiser, which hot reload never runs again: after an edit,
            /// <see cref="HotReload.ClearCache"/> drops what was built and the next use builds the edited posts.
            /// </summary>
            private static BuiltPosts Built
            {
                get
                {
                    var current = built;
                    if (current is null)
                    {
                        var made = BuiltPosts.Build();
                        current = global::System.Threading.Interlocked.CompareExchange(ref built, made, null) ?? made;
                    }

                    return current;
                }
            }

            /// <summary>
            /// Called by hot reload (<c>dotnet watch</c>, Visual Studio) after it applies an edit: the posts are built again
            /// on next use.
            /// </summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal static class HotReload
            {
                /// <summary>Drops the built posts.</summary>
                /// <param name="updatedTypes">The types the edit changed; the posts are dropped whichever they are.</param>
                public static void ClearCache(global::System.Type[]? updatedTypes) => built = null;
            }

            private sealed class BuiltPosts
            {
                public static readonly global::System.Collections.Generic.IReadOnlyList<Post> None =
                    global::System.Array.AsReadOnly(global::System.Array.Empty<Post>());

                private static readonly global::System.StringComparer Ordinal = global::System.StringComparer.Ordinal;

                /// <summary>
                /// The index's numbers: each post's bucket and place in it, where its related posts start, their positions.
                /// </summary>
                private readonly int[] numbers;

                public BuiltPosts(Post[] all, int[] numbers)
                {
                    All = all;
                    this.numbers = numbers;
                    List = global::System.Array.AsReadOnly(all);
                    BySlug = new global::System.Collections.Generic.Dictionary<string, int>(all.Length, Ordinal);
                    for (var position = 0; position < all.Length; position++)
                    {
                        BySlug[all[position].Slug] = position;
                    }

                    ByTag = Group(all, static post => post.Tags, out var tags);
                    Tags = tags;
                    ByCategory = Group(all, static post => post.Categories, out var categories);
                    Categories = categories;
                }

                public Post[] All { get; }

                public global::System.Collections.Generic.IReadOnlyList<Post> List { get; }

                /// <summary>
                /// Each slug's position in <see cref="All"/>: <c>FindBySlug</c>, the neighbours and the related posts read it.
                /// </summary>
                public global::System.Collections.Generic.Dictionary<string, int> BySlug { get; }

                public PostsByKey ByTag { get; }

                public PostsByKey ByCategory { get; }

                public global::System.Collections.Generic.IReadOnlyList<string> Tags { get; }

                public global::System.Collections.Generic.IReadOnlyList<string> Categories { get; }

                /// <summary>Where this very post is in <see cref="All"/>, or -1 for a post that is not one of them.</summary>
                public int PositionOf(Post post) =>
                    BySlug.TryGetValue(post.Slug, out var position) && ReferenceEquals(All[position], post) ? position : -1;

                /// <summary>
                /// The related posts of the post at <paramref name="position"/>, ranked at build time: positions in
                /// <see cref="All"/>.
                /// </summary>
                public global::System.Collections.Generic.IReadOnlyList<Post> RelatedOf(int position)
                {
                    var starts = 2 * All.Length;
                    var first = numbers[starts + position];
                    var count = numbers[starts + position + 1] - first;
                    if (count == 0)
                    {
                        return None;
                    }

                    var related = new Post[count];
                    for (var i = 0; i < count; i++)
                    {
                        related[i] = All[numbers[starts + All.Length + 1 + first + i]];
                    }

                    return global::System.Array.AsReadOnly(related);
                }

            """)
            .Indent();
        WriteBuild(writer, model);
        writer.WriteBlock("""

            /// <summary>The posts under each key, newest first as in <paramref name="all"/>, and the keys in ordinal order.</summary>
            private static PostsByKey Group(
                Post[] all,
                global::System.Func<Post, global::System.Collections.Generic.IReadOnlyList<string>> keysOf,
                out global::System.Collections.Generic.IReadOnlyList<string> keys)
            {
                var groups = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<Post>>(Ordinal);
                foreach (var post in all)
                {
                    foreach (var key in keysOf(post))
                    {
                        if (!groups.TryGetValue(key, out var group))
                        {
                            groups[key] = group = new global::System.Collections.Generic.List<Post>();
                        }

                        group.Add(post);
                    }
                }

                var sorted = new string[groups.Count];
                groups.Keys.CopyTo(sorted, 0);
                global::System.Array.Sort(sorted, Ordinal);
                keys = global::System.Array.AsReadOnly(sorted);
                var lookup = new PostsByKey(groups.Count);
                foreach (var pair in groups)
                {
                    lookup[pair.Key] = pair.Value.AsReadOnly();
                }

                return lookup;
            }

            /// <summary>
            /// Adds whole numbers each followed by a comma (line breaks between them are skipped) to
            /// <paramref name="numbers"/>.
            /// </summary>
            private static void ReadNumbers(
                global::System.ReadOnlySpan<char> text,
                global::System.Collections.Generic.List<int> numbers)
            {
                // An index loop, not foreach: a span's enumerator needs C# 13 on .NET 10.
                var value = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c == ',')
                    {
                        numbers.Add(value);
                        value = 0;
                    }
                    else if (c is >= '0' and <= '9')
                    {
                        value = (value * 10) + (c - '0');
                    }
                }
            }

            /// <summary>As the other <c>ReadNumbers</c>, from UTF-8.</summary>
            private static void ReadNumbers(
                global::System.ReadOnlySpan<byte> utf8,
                global::System.Collections.Generic.List<int> numbers)
            {
                var value = 0;
                for (var i = 0; i < utf8.Length; i++)
                {
                    var b = utf8[i];
                    if (b == (byte)',')
                    {
                        numbers.Add(value);
                        value = 0;
                    }
                    else if (b is >= (byte)'0' and <= (byte)'9')
                    {
                        value = (value * 10) + (b - (byte)'0');
                    }
                }
            }

            /// <summary>The posts under each tag or category, newest first.</summary>
            public sealed class PostsByKey : global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<Post>>
            {
                public PostsByKey(int capacity)
                    : base(capacity, Ordinal)
                {
                }
            }
            """);
        return writer
            .Unindent()
            .WriteLine("}")
            .Unindent()
            .WriteLine("}")
            .ToString();
    }

    /// <summary>
    /// <c>BuiltPosts.Build()</c>: every bucket's posts, each bucket's method called once, put in order by the index's
    /// numbers. In <c>BuiltPosts</c>, whose name no post's member can take, so that no slug meets these names.
    /// </summary>
    private static void WriteBuild(SourceWriter writer, IndexModel model)
    {
        var posts = model.Posts;
        if (posts.IsEmpty)
        {
            writer.WriteLine("public static BuiltPosts Build() => new BuiltPosts(global::System.Array.Empty<Post>(), global::System.Array.Empty<int>());");
            return;
        }

        var numbers = IndexNumbers.Of(posts);
        writer
            .WriteLine("/// <summary>Builds every post from its bucket and puts them in order, newest first, by the index's numbers.</summary>")
            .OpenBlock("public static BuiltPosts Build()")
            .WriteLine("var numbers = Numbers();")
            .WriteLine("var buckets = new Post[][]")
            .OpenBlock();
        foreach (var bucket in numbers.Buckets)
        {
            writer.WriteLine(GeneratedNames.PostBuckets + "." + GeneratedNames.BucketMethod(bucket) + "(),");
        }

        writer
            .CloseBlock(";")
            .WriteBlock($$"""
                var all = new Post[{{CSharpLiterals.Int32(posts.Count)}}];
                for (var position = 0; position < all.Length; position++)
                {
                    all[position] = buckets[numbers[2 * position]][numbers[(2 * position) + 1]];
                }

                return new BuiltPosts(all, numbers);
                """)
            .CloseBlock()
            .WriteLine();
        WriteNumbers(writer, numbers.Text, StringBudget.IndexAsString(posts.Count, model.Options.RelatedPostCount, model.Options.MaxStringData));
    }

    /// <summary>
    /// The index's numbers: a string literal while they fit the string budget (<see cref="StringBudget"/>), else UTF-8
    /// literals of <see cref="NumbersPiece"/> characters, each in a method of its own so that the compiler's nodes for
    /// one stay few. Never an <c>int[]</c> initialiser: the compiler binds, checks and analyses each element of one.
    /// </summary>
    private static void WriteNumbers(SourceWriter writer, string text, bool asString)
    {
        var pieces = asString ? new List<string> { text } : Pieces(text);
        writer
            .WriteBlock("""
                /// <summary>
                /// The index's numbers, each followed by a comma: every post's bucket and place in it (newest first), where each
                /// post's related posts start, and their positions.
                /// </summary>
                """)
            .OpenBlock("private static int[] Numbers()")
            .WriteLine("var numbers = new global::System.Collections.Generic.List<int>();");
        if (asString)
        {
            writer.WriteRawLiteral("ReadNumbers(", Lines(text), ", numbers);");
        }
        else
        {
            for (var piece = 0; piece < pieces.Count; piece++)
            {
                writer.WriteLine("ReadNumbers(Numbers" + CSharpLiterals.Int32(piece) + "(), numbers);");
            }
        }

        writer.WriteLine("return numbers.ToArray();").CloseBlock();
        if (!asString)
        {
            for (var piece = 0; piece < pieces.Count; piece++)
            {
                writer
                    .WriteLine()
                    .WriteRawLiteral("private static global::System.ReadOnlySpan<byte> Numbers" + CSharpLiterals.Int32(piece) + "() =>", Lines(pieces[piece]), "u8;");
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

    /// <summary>The numbers in lines of at most <see cref="NumbersLine"/> characters, each ending after a comma.</summary>
    private static string Lines(string numbers)
    {
        var lines = new StringBuilder(numbers.Length + (numbers.Length / NumbersLine) + 1);
        var lineStart = 0;
        var start = 0;
        while (start < numbers.Length)
        {
            var end = numbers.IndexOf(',', start) + 1;
            if (lines.Length - lineStart + (end - start) > NumbersLine && lines.Length > lineStart)
            {
                lines.Append('\n');
                lineStart = lines.Length;
            }

            lines.Append(numbers, start, end - start);
            start = end;
        }

        return lines.ToString();
    }
}
