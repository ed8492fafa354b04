namespace Blog.Generator.Models;

/// <summary>
/// One post's part of its bucket's file, emitted on its own so that an edit re-emits one post: its <c>Create</c>
/// method, with holes for what is known only when the bucket is put together (which records literal holds the post,
/// and the record's offset in it), and its record.
/// </summary>
/// <param name="RelativePath">The post file; chunks are ordered by it within a bucket.</param>
/// <param name="Bucket">The bucket the post's path hashes to.</param>
/// <param name="Code">
/// The method's code, split at its holes: even entries are code, odd entries are a hole, <see cref="ChunkHoles.Start"/>
/// or <see cref="ChunkHoles.Records"/>, which the bucket fills in.
/// </param>
/// <param name="Record">The post's record, as text.</param>
/// <param name="RecordLength">The record's length in UTF-8 bytes, as its writer counted it.</param>
/// <param name="UsesText">Whether the method reads texts of the typed front matter through the bucket's <c>Text</c>.</param>
/// <param name="Error">BLOG018 when emitting the post failed; the chunk then holds no code.</param>
internal sealed record PostChunk(string RelativePath, int Bucket, EquatableArray<string> Code, string Record, int RecordLength, bool UsesText = false, DiagnosticInfo? Error = null);

/// <summary>The holes of a <see cref="PostChunk"/>'s code.</summary>
internal static class ChunkHoles
{
    /// <summary>The record's offset in its literal, an <c>int</c>.</summary>
    public const string Start = "start";

    /// <summary>The method returning the literal that holds the record, converted to <c>Post.Utf8Html</c>.</summary>
    public const string Records = "records";
}

/// <summary>The posts of one bucket, ordered by path: one generated file.</summary>
/// <param name="Bucket">The bucket's number.</param>
/// <param name="Chunks">Its posts.</param>
/// <param name="AsString">Whether the records are one string literal rather than UTF-8 data, for hot reload (<see cref="Emitting.BucketEmitter"/>).</param>
/// <param name="PieceBytes">About how many bytes of records each UTF-8 literal holds (<see cref="Emitting.BucketBuilder.PieceBytesFor"/>).</param>
internal sealed record PostBucket(int Bucket, EquatableArray<PostChunk> Chunks, bool AsString = false, int PieceBytes = Emitting.BucketBuilder.PieceBytes);
