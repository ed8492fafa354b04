using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Models;

/// <summary>
/// One post as it is stored in the assembly, made on its own so that an edit re-stores one post: its record (a text
/// holding its metadata, its texts and its HTML compressed with gzip) and, for a post with typed front matter, that
/// data, whose texts are appended to the record.
/// </summary>
/// <param name="RelativePath">The post file; records are ordered by it within a bucket.</param>
/// <param name="Bucket">The bucket the post's path hashes to.</param>
/// <param name="Text">The record.</param>
/// <param name="Utf8Length">The record's length in UTF-8 bytes.</param>
/// <param name="Data">The post's typed front matter, built by code in its bucket; <see langword="null"/> for a post without.</param>
/// <param name="DataTexts">Where each distinct text of <paramref name="Data"/> lies in the record.</param>
/// <param name="Error">BLOG018 when storing the post failed; the record is then empty and the post is left out.</param>
internal sealed record PostRecord(
    string RelativePath,
    int Bucket,
    string Text,
    int Utf8Length,
    BoundValue.Object? Data = null,
    EquatableArray<StoredText> DataTexts = default,
    DiagnosticInfo? Error = null)
{
    /// <summary>Whether the bucket builds this post with code, for its typed front matter, rather than in its reading loop.</summary>
    public bool IsTyped => Data is not null;
}

/// <summary>A text stored in a post's record, read back by its place: <paramref name="Start"/> and <paramref name="Length"/> in UTF-8 bytes from the record's start.</summary>
internal sealed record StoredText(string Value, int Start, int Length);

/// <summary>The posts of one bucket, ordered by path: one generated file when any is stored.</summary>
/// <param name="Number">The bucket's number.</param>
/// <param name="Records">Its posts' records.</param>
/// <param name="AsString">
/// Whether the records are a string literal rather than UTF-8 data: while the project's posts fit
/// <c>BlogMaxStringData</c>.
/// </param>
/// <param name="PieceBytes">About how many bytes of records each UTF-8 literal holds, when they are UTF-8 data.</param>
internal sealed record PostBucket(int Number, EquatableArray<PostRecord> Records, bool AsString, int PieceBytes);
