namespace Blog.Generator.Models;

/// <summary>
/// One post's part of its bucket's file, emitted on its own so that an edit re-emits one post: its <c>Create</c>
/// method, split where the record's offset in the bucket goes (known only when the bucket is put together), and its
/// record.
/// </summary>
/// <param name="RelativePath">The post file; chunks are ordered by it within a bucket.</param>
/// <param name="Bucket">The bucket the post's path hashes to.</param>
/// <param name="CodeBeforeStart">The method's code up to the record's offset.</param>
/// <param name="CodeAfterStart">The rest of the method's code.</param>
/// <param name="Record">The post's record, as text.</param>
/// <param name="RecordLength">The record's length in UTF-8 bytes, as its writer counted it.</param>
/// <param name="UsesText">Whether the method reads texts of the typed front matter through the bucket's <c>Text</c>.</param>
/// <param name="Error">BLOG018 when emitting the post failed; the chunk then holds no code.</param>
internal sealed record PostChunk(string RelativePath, int Bucket, string CodeBeforeStart, string CodeAfterStart, string Record, int RecordLength, bool UsesText = false, DiagnosticInfo? Error = null);

/// <summary>The posts of one bucket, ordered by path: one generated file and one literal.</summary>
/// <param name="Bucket">The bucket's number.</param>
/// <param name="Chunks">Its posts.</param>
/// <param name="AsString">Whether the records are one string literal rather than UTF-8 data, for hot reload (<see cref="Emitting.BucketEmitter"/>).</param>
internal sealed record PostBucket(int Bucket, EquatableArray<PostChunk> Chunks, bool AsString = false);
