namespace Blog.Generator.Emitting;

/// <summary>
/// Emits <c>Post</c>, the type every post is read into, into the user's project, so the app needs no runtime package.
/// A post is read from its record (<see cref="PostRecordReaderEmitter"/>); its HTML stays compressed until first used.
/// </summary>
internal static class PostEmitter
{
    public static string Emit(string ns) => new SourceWriter(16 * 1024)
        .WriteFileHeader("the Post type, which every post is read into")
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>
            /// A blog post compiled from Markdown at build time: its front matter as typed properties and its body as
            /// pre-rendered HTML. Get posts from <see cref="Posts"/>.
            /// </summary>
            {{ThisAssembly.GeneratedCodeAttribute}}
            public sealed partial class Post
            {
                private readonly int excerptHtmlStart;
                private readonly int excerptHtmlLength;
                private readonly byte[]? excerptHtmlUtf8;
                private byte[]? htmlGzip;
                private byte[]? htmlUtf8;
                private string? html;
                private string? excerptHtml;
                private global::System.Collections.Generic.IReadOnlyList<PostTocEntry>? tableOfContents;
                private global::System.Collections.Generic.IReadOnlyList<Post>? related;

                /// <summary>
                /// Reads a post from its record, in one of the generated buckets of posts. The HTML's gzip bytes are copied out
                /// and stay compressed until first used, so the post never reads the record again, which hot reload may replace.
                /// </summary>
                internal Post(global::System.ReadOnlySpan<byte> record)
                {
                    var reader = new {{GeneratedNames.PostRecordReader}}(record);
                    Slug = reader.String();
                    Title = reader.String();
                    Date = reader.Date();
                    LastModifiedAt = reader.NullableDate();
                    Categories = reader.Strings();
                    Tags = reader.Strings();
                    Excerpt = reader.NullableString();
                    if (!reader.TrySlice(out excerptHtmlStart, out excerptHtmlLength))
                    {
                        excerptHtmlUtf8 = reader.Utf8();
                    }

                    WordCount = (int)reader.Integer();
                    ReadingTime = global::System.TimeSpan.FromMinutes(reader.Integer());
                    Headings = reader.Headings();
                    SourcePath = reader.String();
                    FrontMatter = reader.Map();
                    Image = reader.Image();
                    Assets = reader.Assets();
                    htmlGzip = reader.Gzip();
                }

                /// <summary>A post from values, for an app's tests: what the generated records hold, given directly.</summary>
                internal Post(
                    string slug,
                    string title,
                    global::System.DateTimeOffset date,
                    global::System.DateTimeOffset? lastModifiedAt,
                    string[] categories,
                    string[] tags,
                    string? excerpt,
                    global::System.ReadOnlySpan<byte> excerptHtmlUtf8,
                    int wordCount,
                    global::System.TimeSpan readingTime,
                    PostHeading[] headings,
                    string sourcePath,
                    global::System.Collections.Generic.IReadOnlyDictionary<string, object?> frontMatter,
                    global::System.ReadOnlySpan<byte> htmlUtf8,
                    PostImage? image = null,
                    PostAsset[]? assets = null)
                {
                    Slug = slug;
                    Title = title;
                    Date = date;
                    LastModifiedAt = lastModifiedAt;
                    Categories = global::System.Array.AsReadOnly(categories);
                    Tags = global::System.Array.AsReadOnly(tags);
                    Excerpt = excerpt;
                    this.excerptHtmlUtf8 = excerptHtmlUtf8.ToArray();
                    WordCount = wordCount;
                    ReadingTime = readingTime;
                    Headings = global::System.Array.AsReadOnly(headings);
                    SourcePath = sourcePath;
                    FrontMatter = frontMatter;
                    this.htmlUtf8 = htmlUtf8.ToArray();
                    Image = image;
                    Assets = global::System.Array.AsReadOnly(assets ?? []);
                }

                /// <summary>
                /// The URL-safe name of the post: the front matter's <c>slug</c>, else the file name without its date prefix.
                /// </summary>
                public string Slug { get; }

                /// <summary>The title from the front matter.</summary>
                public string Title { get; }

                /// <summary>
                /// The publication date: the front matter's <c>date</c>, else the file name's <c>YYYY-MM-DD-</c> prefix.
                /// Dates without an offset are UTC.
                /// </summary>
                public global::System.DateTimeOffset Date { get; }

                /// <summary>The front matter's <c>last_modified_at</c>, if given.</summary>
                public global::System.DateTimeOffset? LastModifiedAt { get; }

                /// <summary>The categories, from <c>category</c> or <c>categories</c>.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> Categories { get; }

                /// <summary>The tags, from <c>tag</c> or <c>tags</c>.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> Tags { get; }

                /// <summary>
                /// The excerpt as plain text: the front matter's <c>excerpt</c>, else the body before the excerpt separator
                /// (<c>excerpt_separator</c>, else <c>BlogExcerptSeparator</c>, default <c>&lt;!--more--&gt;</c>), else the first paragraph.
                /// </summary>
                public string? Excerpt { get; }

                /// <summary>
                /// The excerpt as HTML, UTF-8: the front matter's <c>excerpt</c> rendered as Markdown, else the body before the
                /// excerpt separator, else the first paragraph; empty when there is none. An excerpt from the body is a slice
                /// of <see cref="HtmlUtf8"/>.
                /// </summary>
                public global::System.ReadOnlySpan<byte> ExcerptHtmlUtf8 =>
                    excerptHtmlUtf8 ?? HtmlUtf8.Slice(excerptHtmlStart, excerptHtmlLength);

                /// <summary>The excerpt as HTML, decoded from <see cref="ExcerptHtmlUtf8"/> on first use.</summary>
                public string ExcerptHtml => excerptHtml ??= global::System.Text.Encoding.UTF8.GetString(ExcerptHtmlUtf8);

                /// <summary>
                /// The rendered body as UTF-8 bytes, for writing straight to a response: decompressed from
                /// <see cref="HtmlGzip"/> on first use and kept.
                /// </summary>
                public global::System.ReadOnlySpan<byte> HtmlUtf8 => htmlUtf8 ??= Gunzip(Gzipped());

                /// <summary>
                /// The rendered body compressed with gzip at build time (the same bytes from every build of the same post),
                /// for a response with <c>Content-Encoding: gzip</c> to a client that accepts it: no compression per request.
                /// </summary>
                public global::System.ReadOnlySpan<byte> HtmlGzip => Gzipped();

                /// <summary>The rendered body as a string, decoded from <see cref="HtmlUtf8"/> on first use.</summary>
                public string Html => html ??= global::System.Text.Encoding.UTF8.GetString(HtmlUtf8);

                /// <summary>The number of words in the body.</summary>
                public int WordCount { get; }

                /// <summary>The time to read the body, rounded up to whole minutes.</summary>
                public global::System.TimeSpan ReadingTime { get; }

                /// <summary>The body's headings in document order, with the anchor id each has in <see cref="Html"/>.</summary>
                public global::System.Collections.Generic.IReadOnlyList<PostHeading> Headings { get; }

                /// <summary>
                /// The headings as a tree, for a table of contents: each entry holds the headings of deeper levels that
                /// follow it until the next heading of its level or above. Built from <see cref="Headings"/> on first use.
                /// </summary>
                public global::System.Collections.Generic.IReadOnlyList<PostTocEntry> TableOfContents =>
                    tableOfContents ??= global::{{ns}}.PostTocEntry.Build(Headings);

                /// <summary>
                /// The next older published post (the one after this in <see cref="Posts.All"/>), or
                /// <see langword="null"/> for the oldest.
                /// </summary>
                public Post? Previous => global::{{ns}}.Posts.PreviousOf(this);

                /// <summary>
                /// The next newer published post (the one before this in <see cref="Posts.All"/>), or
                /// <see langword="null"/> for the newest. It may be dated in the future: compare its <see cref="Date"/> with
                /// the current time to hide scheduled posts.
                /// </summary>
                public Post? Next => global::{{ns}}.Posts.NextOf(this);

                /// <summary>
                /// Published posts sharing tags or categories with this one, most shared first (ties: newer first, then slug
                /// order), at most <c>BlogRelatedPostCount</c> (default 5). Ranked at build time; empty when no post shares any.
                /// </summary>
                public global::System.Collections.Generic.IReadOnlyList<Post> Related =>
                    related ??= global::{{ns}}.Posts.RelatedOf(this);

                /// <summary>The post's Markdown file, relative to the project, with forward slashes.</summary>
                public string SourcePath { get; }

                /// <summary>
                /// The front-matter keys that have no property of their own, with typed values: <see cref="string"/>,
                /// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="global::System.DateTimeOffset"/>,
                /// <c>IReadOnlyList&lt;object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, or <see langword="null"/>.
                /// </summary>
                public global::System.Collections.Generic.IReadOnlyDictionary<string, object?> FrontMatter { get; }

                /// <summary>
                /// The cover image from the front matter's <c>image</c> (<c>image: cover.png</c>, or <c>image: {path: …, alt: …}</c>),
                /// with its size when it is a file beside the posts; <see langword="null"/> when the post names none.
                /// </summary>
                public PostImage? Image { get; }

                /// <summary>
                /// The files beside the posts that this post's images and links use, in the order it first names them: what
                /// its HTML points at, for an app that serves them itself or preloads them.
                /// </summary>
                public global::System.Collections.Generic.IReadOnlyList<PostAsset> Assets { get; }

                /// <summary>Returns the title.</summary>
                /// <returns>The post's title.</returns>
                public override string ToString() => Title;

                /// <summary>
                /// Decodes a text of a post's record: its strings are UTF-8 data, kept out of the assembly's user-string
                /// heap (CS8103).
                /// </summary>
                internal static string Text(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);

                private byte[] Gzipped() => htmlGzip ??= Gzip(htmlUtf8!);

                /// <summary>Compresses at run time, for a post made from values rather than a record.</summary>
                private static byte[] Gzip(byte[] bytes)
                {
                    using var output = new global::System.IO.MemoryStream();
                    var level = global::System.IO.Compression.CompressionLevel.Optimal;
                    using (var stream = new global::System.IO.Compression.GZipStream(output, level))
                    {
                        stream.Write(bytes, 0, bytes.Length);
                    }

                    return output.ToArray();
                }

                private static byte[] Gunzip(byte[] gzip)
                {
                    // A gzip member ends with the length of what it holds (ISIZE).
                    var size = new global::System.ReadOnlySpan<byte>(gzip, gzip.Length - 4, 4);
                    var bytes = new byte[global::System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(size)];
                    var input = new global::System.IO.MemoryStream(gzip, writable: false);
                    var mode = global::System.IO.Compression.CompressionMode.Decompress;
                    using var stream = new global::System.IO.Compression.GZipStream(input, mode);
                    var read = 0;
                    int last;
                    while (read < bytes.Length && (last = stream.Read(bytes, read, bytes.Length - read)) > 0)
                    {
                        read += last;
                    }

                    return bytes;
                }
            }
            """)
        .ToString();
}
