using System.Text;

namespace Blog.Generator.Schemas;

/// <summary>
/// How front-matter keys meet C# property names: <c>published_at</c>, <c>published-at</c> and <c>publishedAt</c> all
/// name <c>PublishedAt</c>. Ordinal throughout, so the result never depends on the build machine's culture.
/// </summary>
internal static class KeyNames
{
    /// <summary>The PascalCase form of a key: each segment between <c>_</c> or <c>-</c> gets an upper-case first letter.</summary>
    public static string ToPascalCase(string key)
    {
        var builder = new StringBuilder(key.Length);
        var segmentStart = true;
        foreach (var c in key)
        {
            if (c is '_' or '-')
            {
                segmentStart = true;
                continue;
            }

            builder.Append(segmentStart ? char.ToUpperInvariant(c) : c);
            segmentStart = false;
        }

        return builder.ToString();
    }

    /// <summary>The snake_case key a property is written as in messages and docs: <c>PublishedAt</c> → <c>published_at</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one or a digit, or before a lower-case one in a run (URLPath → url_path).
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) ||
                    (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether a key names a property: exactly its <c>[FrontMatterKey]</c> name if it has one; else its snake_case key
    /// (which messages suggest, and which <c>URLPath</c> → <c>url_path</c> needs) or any spelling with its PascalCase form.
    /// </summary>
    public static bool Matches(string key, string propertyName, string explicitKey, bool hasExplicitKey) =>
        hasExplicitKey ? key == explicitKey : key == explicitKey || key == propertyName || ToPascalCase(key) == propertyName;
}
