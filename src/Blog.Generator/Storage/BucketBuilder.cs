using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Storage;

/// <summary>Groups the posts' records into their buckets, each in path order, so the output does not depend on file order.</summary>
internal static class BucketBuilder
{
    /// <summary>
    /// How many bytes of records one UTF-8 literal holds, at least: small enough that the compiler's nodes for one
    /// literal stay small (it keeps one bound node per byte of the literal it lowers), large enough to hold a typical
    /// post or several.
    /// </summary>
    public const int PieceBytes = 8 * 1024;

    /// <summary>
    /// About how many literals a project may have: packed greedily, each holds more than half its size, so there are
    /// at most twice this many plus one per bucket, well inside the 65,535 fields of one type.
    /// </summary>
    public const int MaxPieces = 20_000;

    /// <summary>What a record's header (its kind and length) and line break add to it, at most.</summary>
    public const int RecordFraming = 16;

    /// <summary>
    /// The piece size for this many bytes of records: <see cref="PieceBytes"/>, doubled until there are at most
    /// <see cref="MaxPieces"/> of them. A step, not a ratio, so that an edit changes it (and re-emits every bucket)
    /// only when the content crosses one of a few thresholds (160 MB, 320 MB…).
    /// </summary>
    public static int PieceBytesFor(long totalBytes)
    {
        var bytes = PieceBytes;
        while (totalBytes / bytes > MaxPieces && bytes < (1 << 30))
        {
            bytes *= 2;
        }

        return bytes;
    }

    /// <summary>
    /// Every bucket, empty ones too: the incremental pipeline compares the buckets of one run with the last run's by
    /// position, so a post added to an empty bucket must not shift the others (which would re-emit them all).
    /// </summary>
    /// <remarks>
    /// Buckets are string literals from the first on while their records fit the budget (<see cref="StringBudget"/>),
    /// and UTF-8 data from the first that does not: a prefix, so an edit that grows one bucket moves the boundary by
    /// about one bucket and re-emits only the bucket it crosses.
    /// </remarks>
    public static IEnumerable<PostBucket> Build(ImmutableArray<PostRecord> records, EmitOptions options)
    {
        var budget = StringBudget.ForBuckets(records.Length, options.RelatedPostCount, options.MaxStringData);
        var pieceBytes = PieceBytesFor(records.Sum(record => (long)record.Utf8Length + RecordFraming));
        var byBucket = records.ToLookup(record => record.Bucket);
        var used = 0L;
        var fits = true;
        for (var bucket = 0; bucket < BucketAssignment.Count; bucket++)
        {
            var posts = byBucket[bucket].OrderBy(record => record.RelativePath, System.StringComparer.Ordinal).ToEquatableArray();
            used += posts.Sum(record => (long)record.Text.Length + RecordFraming);
            fits &= used <= budget;
            yield return new PostBucket(bucket, posts, fits, pieceBytes);
        }
    }
}
