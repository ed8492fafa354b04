using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace Blog.Generator.Tests.Fuzzing;

/// <summary>Generators of hostile text: everything that could end a C# literal or comment, confuse YAML, or hide in a string.</summary>
internal static class AdversarialText
{
    /// <summary>Pieces that matter to C#, YAML, Markdown, HTML or Unicode handling.</summary>
    private static readonly string[] Pieces =
    [
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "#if DEBUG", "#endregion", "{", "}", "{{", "}}", "$\"", "u8", "@\"",
        "\"); System.Environment.Exit(1); //", "\";\n}\nclass X {", "\0", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085",
        "\uD800", "\uDBFF", "\uDC00", "\u202E", "\u200F", "\u2066", "\u2028", "\u2029", "\uFEFF", "\t", "\r", "\n", "\r\n",
        "---", "...", ": ", "- ", "#", "&anchor", "*alias", "!!str", "%", "@", "`", "'", "|", ">",
        "<script>alert(1)</script>", "&amp;", "&#0;", "&#xD800;", "**", "_", "[link](http://x)", "![img](a.png)",
        "é", "日本語", "🎉", "👩‍💻", "\u0301", "Ω", "word", "two words", " ", "  ",
    ];

    public static readonly Gen<string> Piece = Gen.OneOfConst(Pieces);

    /// <summary>A short hostile string, possibly with one very long run.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (9, Piece.Array[0, 12].Select(string.Concat)),
        (1, Gen.Select(Piece, Gen.Int[1_000, 20_000], (piece, count) => string.Concat(Enumerable.Repeat(piece == "\r" ? "x" : piece, count)))));

    /// <summary>A Markdown body built from hostile pieces and Markdown constructs, sometimes with very long lines.</summary>
    public static readonly Gen<string> Body = Gen.Frequency(
            (6, Piece),
            (1, Gen.OneOfConst("\n\n", "\n# Heading\n", "\n```cs\nvar s = \"}\";\n```\n", "\n| a | b |\n|---|---|\n| 1 | 2 |\n", "\n> quote\n", "\n1. one\n   - nested\n")),
            (1, Gen.Int[1, 3].Select(n => new string('x', n * 40_000))))
        .Array[0, 40]
        .Select(string.Concat);

    /// <summary>
    /// The text as a YAML double-quoted scalar: characters YAML cannot hold raw are escaped, so the parsed value
    /// must come back as exactly the same string (lone surrogates included).
    /// </summary>
    public static string YamlQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is >= ' ' and < '\u007f' || (c > '\u00a0' && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
