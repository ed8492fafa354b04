using System.IO;
using System.Text;
using System.Xml;

namespace Blog.Sample.Feeds;

/// <summary>XmlWriter settings shared by the feed and the sitemap: UTF-8 without a byte-order mark, indented.</summary>
internal static class XmlOutput
{
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
