using System;
using System.Globalization;
using System.Text;
using Blog.Generator.Models;

namespace Blog.Generator.Storage;

/// <summary>
/// Builds a post's record: its metadata, texts and compressed HTML as one text whose UTF-8 bytes the generated
/// <c>PostRecordReader</c> reads back in the same order. The record is data, not code: the compiler stores a UTF-8
/// literal as bytes without binding anything per value, where an object initialiser, an array of headings or a
/// string literal per value cost it binding, flow analysis and analyzer work for each one (docs/design-notes.md, §8).
/// </summary>
/// <remarks>
/// Every value starts with a letter, and a line break may come before any value (one value per line keeps the
/// generated file readable):
/// <c>s</c><i>bytes</i><c>:</c><i>UTF-8</i> a string, <c>n</c> null, <c>i</c><i>digits</i><c>;</c> an integer,
/// <c>f</c><i>number</i><c>;</c> a double, <c>b0</c>/<c>b1</c> a Boolean, <c>d</c><i>ticks</i><c>,</c><i>offset minutes</i><c>;</c>
/// a date, <c>l</c><i>count</i><c>;</c> a list of that many values, <c>m</c><i>count</i><c>;</c> a map of that many
/// key strings and values, <c>z</c><i>chars</i><c>:</c><i>base64</i> gzip bytes (in lines of 120 characters), <c>r</c><i>start</i><c>,</c><i>length</i><c>;</c>
/// a slice of the post's HTML.
/// </remarks>
internal sealed class PostRecordWriter
{
    /// <summary>How many base64 characters a line of the gzip value holds: a multiple of 4, so each line is whole bytes.</summary>
    public const int Base64Line = 120;

    private readonly StringBuilder text = new();

    /// <summary>The record's length so far in UTF-8 bytes: where the next value starts.</summary>
    public int Utf8Length { get; private set; }

    public PostRecordWriter String(string? value)
    {
        if (value is null)
        {
            return Append("n");
        }

        value = WithoutLoneSurrogates(value);
        return Append("s" + Utf8ByteCount(value).ToString(CultureInfo.InvariantCulture) + ":").Append(value);
    }

    public PostRecordWriter Integer(long value) => Append("i" + value.ToString(CultureInfo.InvariantCulture) + ";");

    public PostRecordWriter Double(double value) => Append("f" + value.ToString("R", CultureInfo.InvariantCulture) + ";");

    public PostRecordWriter Boolean(bool value) => Append(value ? "b1" : "b0");

    public PostRecordWriter Date(DateValue? value) => value is { } date
        ? Append(string.Format(CultureInfo.InvariantCulture, "d{0},{1};", date.DateTime.Ticks, (int)date.Offset.TotalMinutes))
        : Append("n");

    public PostRecordWriter List(int count) => Append("l" + count.ToString(CultureInfo.InvariantCulture) + ";");

    public PostRecordWriter Map(int count) => Append("m" + count.ToString(CultureInfo.InvariantCulture) + ";");

    public PostRecordWriter Slice(int start, int length) =>
        Append(string.Format(CultureInfo.InvariantCulture, "r{0},{1};", start, length));

    /// <summary>The gzip bytes in base64, in lines of <see cref="Base64Line"/> characters, each of which decodes on its own.</summary>
    public PostRecordWriter Gzip(byte[] gzip)
    {
        var base64 = Convert.ToBase64String(gzip);
        var lines = new StringBuilder(base64.Length + (base64.Length / Base64Line) + 1);
        for (var start = 0; start < base64.Length; start += Base64Line)
        {
            if (start > 0)
            {
                lines.Append('\n');
            }

            lines.Append(base64, start, Math.Min(Base64Line, base64.Length - start));
        }

        return Append("z" + lines.Length.ToString(CultureInfo.InvariantCulture) + ":").Append(lines.ToString());
    }

    /// <summary>Appends a string's bytes with no header, for texts read by offset; returns where they start.</summary>
    public int Text(string value, out int length)
    {
        var start = Utf8Length;
        Append(WithoutLoneSurrogates(value));
        length = Utf8Length - start;
        return start;
    }

    /// <summary>Starts the next value on a new line.</summary>
    public PostRecordWriter Line() => Append("\n");

    public override string ToString() => text.ToString();

    public static int Utf8ByteCount(string value) => Encoding.UTF8.GetByteCount(value);

    /// <summary>
    /// The text with each lone surrogate replaced by U+FFFD, as UTF-8 must write it. Done here, before lengths are
    /// counted, so that two texts side by side can never meet into one surrogate pair in the literal.
    /// </summary>
    public static string WithoutLoneSurrogates(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? value;
    }

    private PostRecordWriter Append(string value)
    {
        text.Append(value);
        Utf8Length += Utf8ByteCount(value);
        return this;
    }
}
