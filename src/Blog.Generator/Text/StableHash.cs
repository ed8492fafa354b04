using System.Globalization;

namespace Blog.Generator.Text;

/// <summary>64-bit FNV-1a of a text: the same in every process and on every platform, unlike <c>string.GetHashCode</c>.</summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>The hash as 16 lower-case hex digits, for names that must stay apart.</summary>
    public static string Hex(string text) => Of(text).ToString("x16", CultureInfo.InvariantCulture);
}
