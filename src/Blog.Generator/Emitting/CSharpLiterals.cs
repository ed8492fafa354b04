using System;
using System.Globalization;
using System.Text;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>
/// Turns values into C# literals. Everything a post contains passes through here, so nothing written in a
/// post can end a literal or a comment early and inject code.
/// </summary>
internal static class CSharpLiterals
{
    public static string String(string? value) => value is null ? "null" : "\"" + Escape(value, utf8: false) + "\"";

    /// <summary>A UTF-8 literal, <c>"…"u8</c>, escaped as <see cref="String"/> is.</summary>
    public static string Utf8(string value) => AppendUtf8(new StringBuilder(value.Length + 8), value, 0, value.Length).ToString();

    /// <summary>
    /// Appends <c>value[start..start+length]</c> as a UTF-8 literal to <paramref name="builder"/>. Posts' records and entries' HTML go
    /// through here, so it escapes in place: no substring, no intermediate string per line.
    /// </summary>
    public static StringBuilder AppendUtf8(StringBuilder builder, string value, int start, int length)
    {
        builder.Append('"');
        AppendEscaped(builder, value, start, length, utf8: true);
        return builder.Append("\"u8");
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be written verbatim in a raw literal: LF line breaks only and no character
    /// that would be invisible, break a line, or not be UTF-8 (those need escapes, which raw literals lack).
    /// </summary>
    public static bool CanBeRaw(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and <= '~' or '\n' or '\t')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsInvisibleOrBreaking(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The quotes that open and close a raw literal holding <paramref name="value"/>: one more than its longest run of quotes, and at least three.</summary>
    public static string RawDelimiter(string value)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('"', Math.Max(3, longest + 1));
    }

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Int32(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int64(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        return value.ToString("R", CultureInfo.InvariantCulture) + "D";
    }

    public static string DateTimeOffset(DateValue value)
    {
        var date = value.DateTime;
        var offset = value.Offset == TimeSpan.Zero
            ? "global::System.TimeSpan.Zero"
            : string.Format(CultureInfo.InvariantCulture, "new global::System.TimeSpan({0}, {1}, 0)", value.Offset.Hours, value.Offset.Minutes);
        var literal = string.Format(
            CultureInfo.InvariantCulture,
            "new global::System.DateTimeOffset({0}, {1}, {2}, {3}, {4}, {5}, {6})",
            date.Year,
            date.Month,
            date.Day,
            date.Hour,
            date.Minute,
            date.Second,
            offset);
        var subSecondTicks = date.Ticks % TimeSpan.TicksPerSecond;
        return subSecondTicks == 0 ? literal : literal + ".AddTicks(" + subSecondTicks.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>Text for a <c>//</c> comment: on one line, without control, format or line-breaking characters.</summary>
    public static string CommentText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsInvisibleOrBreaking(c) || char.IsSurrogate(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Cuts one line of text into lines of at most <paramref name="width"/> characters at spaces (a longer word stays whole).</summary>
    public static System.Collections.Generic.IEnumerable<string> Wrap(string text, int width)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (text.Length - start <= width)
            {
                yield return text.Substring(start);
                yield break;
            }

            var cut = text.LastIndexOf(' ', start + width, width);
            if (cut <= start)
            {
                cut = text.IndexOf(' ', start + width);
                if (cut < 0)
                {
                    yield return text.Substring(start);
                    yield break;
                }
            }

            yield return text.Substring(start, cut - start);
            start = cut + 1;
        }
    }

    /// <summary>Text for an XML doc comment: XML-escaped, on one line, without control characters.</summary>
    public static string XmlDocText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(IsInvisibleOrBreaking(c) || char.IsSurrogate(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Escape(string value, bool utf8) =>
        AppendEscaped(new StringBuilder(value.Length + 16), value, 0, value.Length, utf8).ToString();

    private static StringBuilder AppendEscaped(StringBuilder builder, string value, int start, int length, bool utf8)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            // Fast path: printable ASCII other than the two characters that need escaping is copied as a run.
            var run = i;
            while (run < end && value[run] is >= ' ' and <= '~' and not '"' and not '\\')
            {
                run++;
            }

            if (run > i)
            {
                builder.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\r':
                    builder.Append("\\r");
                    continue;
                case '\t':
                    builder.Append("\\t");
                    continue;
                case '\0':
                    builder.Append("\\0");
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(utf8 ? "\\uFFFD" : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (IsInvisibleOrBreaking(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder;
    }

    /// <summary>
    /// Control, format (bidi marks among them), line-separator and unassigned characters are written as escapes:
    /// a raw one could end the line or hide what the source really says.
    /// </summary>
    private static bool IsInvisibleOrBreaking(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or
        UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
}
