using System.IO;
using System.Text;
using System.Xml;

namespace Blog.Sample.Feeds;

/// <summary>XmlWriter settings shared by the feed and the sitemap: UTF-8 without a byte-order mark, indented.</summary>
internal static class XmlOutput
{
    /// <summary>
    /// The text without the characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates,
    /// U+FFFE and U+FFFF), which a post's title or tag may contain: XmlWriter would throw on them.
    /// </summary>
    public static string Text(string text)
    {
        var builder = default(StringBuilder);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
                if (pair)
                {
                    i++;
                    builder?.Append(text[i]);
                }
            }
            else
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
            }
        }

        return builder?.ToString() ?? text;
    }

    public static byte[] Write(System.Action<XmlWriter> write)
    {
        var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
