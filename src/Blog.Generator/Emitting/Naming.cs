using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Blog.Generator.Emitting;

/// <summary>The C# names and hint names given to posts. Each is a pure function of its input, so output is stable.</summary>
internal static class Naming
{
    /// <summary>The longest member name made from a slug; well under the compiler's 512.</summary>
    public const int MaxMemberName = 128;

    /// <summary>Names already taken in <c>Posts</c>, or that would hide a type it uses.</summary>
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "All", "FindBySlug", "Tags", "Categories", "WithTag", "InCategory", "PublishedAsOf", "Post", "Posts", "PostHeading", "PostTocEntry",
        "AllPosts", "BySlug", "ByTag", "ByCategory", "NoPosts", "PreviousOf", "NextOf", "RelatedOf", "RelatedStarts", "RelatedPositions",
        "AllEntries", "Built", "BuiltPosts", "BuiltEntries", "CreateAll", "HotReload", "Related", "RelatedText", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The <c>Posts</c> member for a slug: <c>reflections-from-icml-2024</c> becomes <c>ReflectionsFromIcml2024</c>.
    /// A slug starting with a digit gets a leading underscore, and a name already taken in <c>Posts</c> gets a
    /// trailing one. Different slugs can meet on one name (<c>icml-2024</c>, <c>icml2024</c>); <see cref="MemberNames"/> settles that.
    /// </summary>
    public static string MemberName(string slug)
    {
        var builder = new StringBuilder(slug.Length + 1);
        var segmentStart = true;
        foreach (var c in slug)
        {
            if (c == '-')
            {
                segmentStart = true;
                continue;
            }

            builder.Append(segmentStart ? char.ToUpperInvariant(c) : c);
            segmentStart = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        // C# takes names up to 512 characters (CS0645); a longer one is cut and told apart by the slug's hash.
        if (builder.Length > MaxMemberName)
        {
            builder.Length = MaxMemberName - 17;
            builder.Append('_').Append(Hash(slug));
        }

        var name = builder.ToString();
        return Reserved.Contains(name) ? name + "_" : name;
    }

    /// <summary>
    /// Member names for a set of distinct slugs, unique and independent of file order: slugs that meet on one name
    /// are taken in ordinal order, the first keeps the name and the others get <c>_2</c>, <c>_3</c>, ….
    /// No plain name has an underscore after its first character, so these suffixes cannot meet another name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MemberNames(IEnumerable<string> slugs)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var group in slugs.OrderBy(slug => slug, System.StringComparer.Ordinal).GroupBy(MemberName, System.StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var slug in group)
            {
                names[slug] = ++index == 1 ? group.Key : group.Key + "_" + index.ToString(CultureInfo.InvariantCulture);
            }
        }

        return names;
    }

    /// <summary>The namespace holding the posts' data classes, beside the public types and out of IntelliSense.</summary>
    public static string DataNamespace(string ns) => ns + ".GeneratedPosts";

    /// <summary>The class holding a collection entry's data, beside the posts' and named the same way.</summary>
    public static string EntryDataClassName(string relativePath) => "EntryData_" + Sanitize(Stem(relativePath)) + "_" + Hash(relativePath);

    public static string EntryDataClassFullName(string ns, string relativePath) => "global::" + DataNamespace(ns) + "." + EntryDataClassName(relativePath);

    /// <summary>The generated file's name for a collection entry.</summary>
    public static string EntryHintName(string relativePath) => "Entry." + Sanitize(Stem(relativePath)) + "." + Hash(relativePath) + ".g.cs";

    /// <summary>How many buckets posts are spread over: one generated file each.</summary>
    public const int BucketCount = 256;

    /// <summary>The bucket a post belongs to, from its path alone, so a post never moves while its file keeps its name.</summary>
    public static int BucketOf(string relativePath) => (int)(HashValue(relativePath) % BucketCount);

    public static string BucketClassName(int bucket) => "PostBucket" + bucket.ToString("D3", CultureInfo.InvariantCulture);

    public static string BucketHintName(int bucket) => "Posts." + BucketClassName(bucket) + ".g.cs";

    private static string Stem(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var name = slash < 0 ? relativePath : relativePath.Substring(slash + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '_');
        }

        // The path's hash follows and keeps names apart, so a long file name is cut: class and file names stay short.
        if (builder.Length > 100)
        {
            builder.Length = 100;
        }

        return builder.Length > 0 ? builder.ToString() : "_";
    }

    private static string Hash(string text) => HashValue(text).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>64-bit FNV-1a: stable across processes and platforms, unlike string.GetHashCode.</summary>
    private static ulong HashValue(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
}
