
namespace Blog.Generator.Storage;

/// <summary>
/// How much of the assembly's user-string heap the posts may take. A string literal costs the compiler one token and
/// one bound node whatever its length, where a UTF-8 literal costs a bound node per byte (docs/design-notes.md, §8), so
/// posts are kept in string literals while they fit, and in UTF-8 literals past that. The heap holds 2^24 bytes of
/// UTF-16, about 8.4 million characters, for every string literal of the assembly (CS8103 past it), so the posts take
/// a part of it (<c>BlogMaxStringData</c>) and leave the rest to the app.
/// </summary>
internal static class StringBudget
{
    /// <summary>The most the setting may be: the whole heap.</summary>
    public const int MaxChars = 8_000_000;

    /// <summary>
    /// The most characters the index's numbers take (each post's bucket and place in it, its related posts'
    /// positions, at most six digits and a comma each): known from the post count, so the buckets, emitted apart from
    /// the index, can leave room for it.
    /// </summary>
    public static long IndexChars(int posts, int relatedPostCount) => posts * (14L + (7L * relatedPostCount));

    /// <summary>Whether the index's numbers are a string literal: when they take at most half the budget.</summary>
    public static bool IndexAsString(int posts, int relatedPostCount, int budget) =>
        budget > 0 && IndexChars(posts, relatedPostCount) <= budget / 2;

    /// <summary>What the buckets' records may take: the budget, less the index's numbers when those are a string.</summary>
    public static long ForBuckets(int posts, int relatedPostCount, int budget) =>
        budget - (IndexAsString(posts, relatedPostCount, budget) ? IndexChars(posts, relatedPostCount) : 0);
}
