using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>Groups the posts' chunks into their buckets, each in path order, so the output does not depend on file order.</summary>
internal static class BucketBuilder
{
    /// <summary>
    /// Every bucket, empty ones too: the incremental pipeline compares the buckets of one run with the last run's by
    /// position, so a post added to an empty bucket must not shift the others (which would re-emit them all).
    /// </summary>
    public static IEnumerable<PostBucket> Build(ImmutableArray<PostChunk> chunks)
    {
        var byBucket = chunks.ToLookup(chunk => chunk.Bucket);
        for (var bucket = 0; bucket < Naming.BucketCount; bucket++)
        {
            yield return new PostBucket(bucket, byBucket[bucket].OrderBy(chunk => chunk.RelativePath, System.StringComparer.Ordinal).ToEquatableArray());
        }
    }
}
