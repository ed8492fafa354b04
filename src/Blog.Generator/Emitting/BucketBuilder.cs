using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>Groups the posts' chunks into their buckets, each in path order, so the output does not depend on file order.</summary>
internal static class BucketBuilder
{
    /// <summary>
    /// The most characters of records kept as string literals for hot reload: the assembly's user-string heap holds
    /// 16 MB of UTF-16 in all (CS8103): 6.5 million characters take 13 MB, about 1,200 posts of 8 KB, and leave the app room.
    /// </summary>
    public const int MaxStringRecordChars = 6_500_000;

    /// <summary>
    /// Every bucket, empty ones too: the incremental pipeline compares the buckets of one run with the last run's by
    /// position, so a post added to an empty bucket must not shift the others (which would re-emit them all).
    /// </summary>
    public static IEnumerable<PostBucket> Build(ImmutableArray<PostChunk> chunks, bool storeForHotReload)
    {
        var asString = storeForHotReload && chunks.Sum(chunk => (long)chunk.Record.Length) <= MaxStringRecordChars;
        var byBucket = chunks.ToLookup(chunk => chunk.Bucket);
        for (var bucket = 0; bucket < Naming.BucketCount; bucket++)
        {
            yield return new PostBucket(bucket, byBucket[bucket].OrderBy(chunk => chunk.RelativePath, System.StringComparer.Ordinal).ToEquatableArray(), asString);
        }
    }
}
