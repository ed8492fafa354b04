using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Blog.Generator.Text;

namespace Blog.Generator.Indexing;

/// <summary>
/// The C# member a post or a collection entry is exposed as, named from its slug. Each is a pure function of the
/// slugs, so names are stable from build to build whatever the file order.
/// </summary>
internal static class MemberNames
{
    /// <summary>The longest member name made from a slug; well under the compiler's 512.</summary>
    public const int MaxLength = 128;

    /// <summary>Names the generated <c>Posts</c> class and its collections already use, or that would hide a type they use.</summary>
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "All", "FindBySlug", "Tags", "Categories", "WithTag", "InCategory", "PublishedAsOf", "Post", "Posts", "PostHeading", "PostTocEntry",
        "AllPosts", "BySlug", "ByTag", "ByCategory", "NoPosts", "PreviousOf", "NextOf", "RelatedOf", "RelatedStarts", "RelatedPositions",
        "AllEntries", "Built", "BuiltPosts", "BuiltEntries", "CreateAll", "HotReload", "Related", "RelatedText", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The member for a slug: <c>reflections-from-icml-2024</c> becomes <c>ReflectionsFromIcml2024</c>.
    /// A slug starting with a digit gets a leading underscore, and a name already taken in <c>Posts</c> gets a
    /// trailing one. Different slugs can meet on one name (<c>icml-2024</c>, <c>icml2024</c>); <see cref="For"/> settles that.
    /// </summary>
    /// <param name="slug">The slug.</param>
    /// <param name="typeName">The class the member is declared in, whose name a member may not take (CS0542): <c>Authors/authors.md</c> in <c>Authors</c> is <c>Authors_</c>.</param>
    public static string Of(string slug, string? typeName = null)
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
        if (builder.Length > MaxLength)
        {
            builder.Length = MaxLength - 17;
            builder.Append('_').Append(StableHash.Hex(slug));
        }

        var name = builder.ToString();
        return Reserved.Contains(name) || name == typeName ? name + "_" : name;
    }

    /// <summary>
    /// Member names for a set of distinct slugs, unique and independent of file order: slugs that meet on one name
    /// are taken in ordinal order, the first keeps the name and the others get <c>_2</c>, <c>_3</c>, ….
    /// No plain name has an underscore after its first character, so these suffixes cannot meet another name.
    /// </summary>
    /// <param name="slugs">The slugs.</param>
    /// <param name="typeName">The class the members are declared in (see <see cref="Of"/>).</param>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> slugs, string? typeName = null)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var group in slugs.OrderBy(slug => slug, System.StringComparer.Ordinal).GroupBy(slug => Of(slug, typeName), System.StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var slug in group)
            {
                names[slug] = ++index == 1 ? group.Key : group.Key + "_" + index.ToString(CultureInfo.InvariantCulture);
            }
        }

        return names;
    }
}
