namespace Blog.Generator.Models;

/// <summary>
/// One post's part of its bucket's file, made on its own so that an edit re-renders one post: its record and, for a
/// post with typed front matter only, the code that builds it. A post without typed front matter has no code: the
/// bucket reads it from its record in a loop, so the compiler binds nothing per post.
/// </summary>
/// <param name="RelativePath">The post file; chunks are ordered by it within a bucket.</param>
/// <param name="Bucket">The bucket the post's path hashes to.</param>
/// <param name="Code">
/// Empty for a post without typed front matter. Otherwise the statement that builds the post, split at its holes: even
/// entries are code, odd entries a hole (<see cref="ChunkHoles"/>) that the bucket fills in.
/// </param>
/// <param name="Record">The post's record, as text.</param>
/// <param name="RecordLength">The record's length in UTF-8 bytes, as its writer counted it.</param>
/// <param name="Error">BLOG018 when emitting the post failed; the chunk then holds no record.</param>
internal sealed record PostChunk(string RelativePath, int Bucket, EquatableArray<string> Code, string Record, int RecordLength, DiagnosticInfo? Error = null)
{
    /// <summary>Whether the bucket builds this post with <see cref="Code"/> rather than its reading loop.</summary>
    public bool IsTyped => !Code.IsEmpty;
}

/// <summary>The holes of a <see cref="PostChunk"/>'s code.</summary>
internal static class ChunkHoles
{
    /// <summary>The record's offset in its literal, an <c>int</c>.</summary>
    public const string Start = "start";

    /// <summary>The method returning the literal that holds the record.</summary>
    public const string Records = "records";

    /// <summary>The post's place in its bucket (its path's rank there), an <c>int</c>.</summary>
    public const string Ordinal = "ordinal";
}

/// <summary>The posts of one bucket, ordered by path: one generated file.</summary>
/// <param name="Bucket">The bucket's number.</param>
/// <param name="Chunks">Its posts.</param>
/// <param name="AsString">
/// Whether the records are a string literal rather than UTF-8 data: while the project's posts fit
/// <c>BlogMaxStringData</c> (<see cref="Emitting.BucketBuilder"/>).
/// </param>
/// <param name="PieceBytes">About how many bytes of records each UTF-8 literal holds (<see cref="Emitting.BucketBuilder.PieceBytesFor"/>).</param>
/// <param name="KeepWhenEmpty">Whether the bucket's class is emitted with no post in it, as hot reload needs (<see cref="Emitting.BucketEmitter"/>).</param>
internal sealed record PostBucket(int Bucket, EquatableArray<PostChunk> Chunks, bool AsString = false, int PieceBytes = Emitting.BucketBuilder.PieceBytes, bool KeepWhenEmpty = false);
