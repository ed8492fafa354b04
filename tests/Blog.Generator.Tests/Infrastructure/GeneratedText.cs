using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>
/// Generated post files with their stored HTML made readable: each <c>z</c><i>chars</i><c>:</c><i>base64</i> value of
/// a post's record is decoded here, with the BCL's base64 and gzip, independently of the generated reader.
/// </summary>
public static partial class GeneratedText
{
    /// <summary>The source with each stored body replaced by its HTML.</summary>
    public static string Readable(string source)
    {
        var builder = new StringBuilder(source.Length * 3);
        var last = 0;
        foreach (Match match in GzipValue().Matches(source))
        {
            var length = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var start = match.Index + match.Length;
            builder.Append(source, last, match.Index - last).Append(Html(source.Substring(start, length)));
            last = start + length;
        }

        return builder.Append(source, last, source.Length - last).ToString();
    }

    /// <summary>The HTML stored in a record's <c>z</c> value (its base64 only).</summary>
    public static string Html(string base64)
    {
        using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>
    /// The index's numbers (<c>Posts.g.cs</c>, stored as one string literal): for each post its bucket and place, then
    /// where each post's related posts start, then their positions. Read here with a regular expression, apart from the
    /// generated parser.
    /// </summary>
    public static int[] IndexNumbers(string index)
    {
        var match = NumbersLiteral().Match(index);
        if (!match.Success)
        {
            throw new InvalidOperationException("No numbers literal in the index.");
        }

        return match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>Every post's related posts' positions, in post order, from the index's numbers.</summary>
    public static int[] RelatedPositions(string index, int posts) => IndexNumbers(index).Skip((3 * posts) + 1).ToArray();

    [GeneratedRegex(@"(?m)^z(\d+):")]
    private static partial Regex GzipValue();

    [GeneratedRegex(@"PostRecordReader\.Numbers\(""([0-9,]*)"", numbers\)")]
    private static partial Regex NumbersLiteral();
}
