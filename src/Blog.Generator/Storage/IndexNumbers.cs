using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Blog.Generator.Models;

namespace Blog.Generator.Storage;

/// <summary>
/// The numbers the generated <c>Posts</c> reads to put the posts in order and find their related posts: for each
/// post, newest first, its bucket (a slot in <see cref="Buckets"/>) and its place in the bucket; then where each post's
/// related posts start (one more than there are posts); then the related posts' positions. Data, not code, so the
/// compiler binds nothing per post.
/// </summary>
/// <param name="Buckets">The buckets that hold a post, in order: the slots the numbers refer to.</param>
/// <param name="Text">The numbers, each followed by a comma.</param>
internal sealed record IndexNumbers(IReadOnlyList<int> Buckets, string Text)
{
    /// <summary>
    /// The numbers for the index's posts. A post's place in its bucket is its path's rank among the bucket's posts,
    /// compared ordinally, as <see cref="BucketBuilder"/> orders a bucket's records.
    /// </summary>
    public static IndexNumbers Of(EquatableArray<IndexedPost> posts)
    {
        var buckets = posts
            .Select((post, position) => (Path: post.Row.RelativePath, Position: position))
            .GroupBy(post => BucketAssignment.Of(post.Path))
            .OrderBy(group => group.Key)
            .ToList();
        var slots = new int[posts.Count];
        var places = new int[posts.Count];
        for (var slot = 0; slot < buckets.Count; slot++)
        {
            var place = 0;
            foreach (var post in buckets[slot].OrderBy(post => post.Path, System.StringComparer.Ordinal))
            {
                slots[post.Position] = slot;
                places[post.Position] = place++;
            }
        }

        var text = new StringBuilder(posts.Count * 16);
        for (var position = 0; position < posts.Count; position++)
        {
            Append(text, slots[position]);
            Append(text, places[position]);
        }

        var start = 0;
        Append(text, start);
        foreach (var post in posts)
        {
            start += post.Related.Count;
            Append(text, start);
        }

        foreach (var post in posts)
        {
            foreach (var related in post.Related)
            {
                Append(text, related);
            }
        }

        return new IndexNumbers(buckets.Select(group => group.Key).ToList(), text.ToString());
    }

    private static void Append(StringBuilder text, int number) => text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(',');
}
