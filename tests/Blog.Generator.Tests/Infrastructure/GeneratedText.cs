using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>
/// Generated files with their stored data made readable, independently of the generated reader: each string or UTF-8
/// literal's value as the compiler reads it (Roslyn's own lexer), and in it each <c>z</c><i>chars</i><c>:</c><i>base64</i>
/// value of a post's record decoded with the BCL's base64 and gzip.
/// </summary>
public static partial class GeneratedText
{
    /// <summary>The source, followed by the value of each of its literals with each stored body replaced by its HTML.</summary>
    public static string Readable(string source)
    {
        var builder = new StringBuilder(source, source.Length * 4);
        foreach (var literal in Literals(source))
        {
            builder.Append('\n').Append(WithHtml(literal));
        }

        return builder.ToString();
    }

    /// <summary>The HTML stored in a record's <c>z</c> value (its base64, in lines).</summary>
    public static string Html(string base64)
    {
        using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>
    /// The index's numbers (<c>Posts.g.cs</c>, stored as one string literal): for each post its bucket and place, then
    /// where each post's related posts start, then their positions. Read here from the literal's value, apart from the
    /// generated parser.
    /// </summary>
    public static int[] IndexNumbers(string index)
    {
        var numbers = Literals(index).SingleOrDefault(value => NumbersText().IsMatch(value))
            ?? throw new InvalidOperationException("No numbers literal in the index.");
        return numbers.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>Every post's related posts' positions, in post order, from the index's numbers.</summary>
    public static int[] RelatedPositions(string index, int posts) => IndexNumbers(index).Skip((3 * posts) + 1).ToArray();

    /// <summary>The value of every string and UTF-8 literal in C# source, as the compiler reads it.</summary>
    public static string[] Literals(string source) => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
        .Where(token => token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken)
        .Select(token => token.ValueText)
        .ToArray();

    /// <summary>A literal's value with each record's gzip value replaced by the HTML it holds.</summary>
    private static string WithHtml(string value)
    {
        var builder = new StringBuilder(value.Length * 3);
        var last = 0;
        foreach (Match match in GzipValue().Matches(value))
        {
            var length = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var start = match.Index + match.Length;
            if (start + length > value.Length)
            {
                continue;
            }

            builder.Append(value, last, match.Index - last).Append(Html(value.Substring(start, length)));
            last = start + length;
        }

        return builder.Append(value, last, value.Length - last).ToString();
    }

    [GeneratedRegex(@"(?m)^z(\d+):")]
    private static partial Regex GzipValue();

    [GeneratedRegex(@"\A[0-9,\n]+\z")]
    private static partial Regex NumbersText();
}
