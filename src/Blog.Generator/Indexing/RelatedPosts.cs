using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Indexing;

/// <summary>
/// Ranks each post's related posts by how many tags and categories they share (a tag and a category of the same
/// name are different keys). Ties go to the newer post, then to the smaller slug in ordinal order: the index's own
/// order, so a tie is broken by the lower position. Posts sharing nothing are never related.
/// </summary>
internal static class RelatedPosts
{
    /// <param name="posts">The index, newest first (ties in ordinal slug order).</param>
    /// <param name="count">At most this many related posts per post; 0 turns the feature off.</param>
    /// <returns>For each post, the positions in <paramref name="posts"/> of its related posts, best first.</returns>
    public static EquatableArray<int>[] Rank(IReadOnlyList<PostRow> posts, int count)
    {
        var result = new EquatableArray<int>[posts.Count];
        if (count <= 0)
        {
            return result;
        }

        var byTag = Invert(posts, post => post.Tags);
        var byCategory = Invert(posts, post => post.Categories);
        var scores = new int[posts.Count];
        var candidates = new List<int>();
        for (var position = 0; position < posts.Count; position++)
        {
            Score(position, posts[position].Tags, byTag, scores, candidates);
            Score(position, posts[position].Categories, byCategory, scores, candidates);

            result[position] = candidates
                .OrderByDescending(candidate => scores[candidate])
                .ThenBy(candidate => candidate)
                .Take(count)
                .ToEquatableArray();

            foreach (var candidate in candidates)
            {
                scores[candidate] = 0;
            }

            candidates.Clear();
        }

        return result;
    }

    private static Dictionary<string, List<int>> Invert(IReadOnlyList<PostRow> posts, Func<PostRow, EquatableArray<string>> keys)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var position = 0; position < posts.Count; position++)
        {
            foreach (var key in keys(posts[position]))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                if (list.Count == 0 || list[list.Count - 1] != position)
                {
                    list.Add(position);
                }
            }
        }

        return index;
    }

    private static void Score(int position, EquatableArray<string> keys, Dictionary<string, List<int>> index, int[] scores, List<int> candidates)
    {
        // A space-separated `tags: a a` may name a key twice; it counts once.
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            foreach (var other in index[key])
            {
                if (other != position && scores[other]++ == 0)
                {
                    candidates.Add(other);
                }
            }
        }
    }
}
