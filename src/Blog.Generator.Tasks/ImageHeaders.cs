using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace Blog.Generator.Tasks;

/// <summary>What an image's header says: the size a browser shows it at, or why it could not be read.</summary>
public sealed class ImageHeader
{
    internal ImageHeader(int width, int height, string? problem)
    {
        Width = width;
        Height = height;
        Problem = problem;
    }

    /// <summary>The width in CSS pixels, after EXIF orientation or AVIF rotation; 0 when <see cref="Problem"/> is set.</summary>
    public int Width { get; }

    /// <summary>The height, likewise.</summary>
    public int Height { get; }

    /// <summary>Why the size is unknown, as a clause without a full stop; <see langword="null"/> when it was read.</summary>
    public string? Problem { get; }

    internal static ImageHeader Unreadable(string problem) => new(0, 0, problem);
}

/// <summary>
/// Reads the size of PNG, JPEG (with EXIF orientation), GIF, WebP (VP8, VP8L, VP8X), AVIF (<c>ispe</c>, <c>irot</c>)
/// and SVG (<c>width</c>/<c>height</c>, else <c>viewBox</c>) files from their headers. Only headers are read, seeking
/// past everything else, so a large or hostile file costs a few reads. No library covers all six: MetadataExtractor
/// reads neither AVIF nor SVG sizes, and a dependency of the package's tasks must ship inside it.
/// </summary>
public static class ImageHeaders
{
    /// <summary>The file name extensions read as images, lower case with the dot.</summary>
    public static readonly string[] Extensions = [".png", ".apng", ".jpg", ".jpeg", ".jfif", ".gif", ".webp", ".avif", ".svg"];

    /// <summary>Whether a file name's extension is one of <see cref="Extensions"/>.</summary>
    public static bool IsImage(string path) =>
        Array.IndexOf(Extensions, Path.GetExtension(path).ToLowerInvariant()) >= 0;

    /// <summary>The size of the image in <paramref name="stream"/>, which must be seekable; the extension tells SVG from the rest.</summary>
    public static ImageHeader Read(Stream stream, string extension)
    {
        try
        {
            if (string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase))
            {
                return Svg(stream);
            }

            var start = new byte[32];
            var read = ReadFully(stream, start, 0, start.Length);
            if (read >= 24 && start[0] == 0x89 && start[1] == (byte)'P' && start[2] == (byte)'N' && start[3] == (byte)'G' && Ascii(start, 12, 4) == "IHDR")
            {
                return Sized(BigEndian32(start, 16), BigEndian32(start, 20), "PNG");
            }

            if (read >= 10 && Ascii(start, 0, 4) == "GIF8")
            {
                return Sized(start[6] | (start[7] << 8), start[8] | (start[9] << 8), "GIF");
            }

            if (read >= 30 && Ascii(start, 0, 4) == "RIFF" && Ascii(start, 8, 4) == "WEBP")
            {
                return WebP(start);
            }

            if (read >= 4 && start[0] == 0xFF && start[1] == 0xD8)
            {
                stream.Position = 2;
                return Jpeg(stream);
            }

            if (read >= 12 && Ascii(start, 4, 4) == "ftyp")
            {
                stream.Position = 0;
                return Avif(stream);
            }

            return ImageHeader.Unreadable("its first bytes are not those of a PNG, JPEG, GIF, WebP or AVIF file");
        }
        catch (Exception exception) when (exception is IOException or XmlException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return ImageHeader.Unreadable("its header cannot be read (" + exception.Message.TrimEnd('.') + ")");
        }
    }

    private static ImageHeader Sized(long width, long height, string format) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue
            ? new ImageHeader((int)width, (int)height, null)
            : ImageHeader.Unreadable(string.Format(CultureInfo.InvariantCulture, "its {0} header gives a size of {1} × {2}", format, width, height));

    private static ImageHeader WebP(byte[] header)
    {
        switch (Ascii(header, 12, 4))
        {
            case "VP8 ":
                // A key frame: a 3-byte tag, the start code 9D 01 2A, then 14-bit width and height.
                if (header[23] != 0x9D || header[24] != 0x01 || header[25] != 0x2A)
                {
                    return ImageHeader.Unreadable("its WebP (VP8) frame does not start with a key frame");
                }

                return Sized((header[26] | (header[27] << 8)) & 0x3FFF, (header[28] | (header[29] << 8)) & 0x3FFF, "WebP");
            case "VP8L":
                if (header[20] != 0x2F)
                {
                    return ImageHeader.Unreadable("its WebP (VP8L) stream lacks its signature");
                }

                var bits = (uint)(header[21] | (header[22] << 8) | (header[23] << 16) | (header[24] << 24));
                return Sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, "WebP");
            case "VP8X":
                return Sized(
                    (header[24] | (header[25] << 8) | (header[26] << 16)) + 1,
                    (header[27] | (header[28] << 8) | (header[29] << 16)) + 1,
                    "WebP");
            default:
                return ImageHeader.Unreadable("its WebP file starts with a '" + Ascii(header, 12, 4) + "' chunk, not VP8, VP8L or VP8X");
        }
    }

    /// <summary>Walks the JPEG's segments to the frame header; an EXIF orientation of 5 to 8 (a quarter turn) swaps the sides.</summary>
    private static ImageHeader Jpeg(Stream stream)
    {
        var orientation = 1;
        var two = new byte[2];
        while (true)
        {
            // A marker is 0xFF and a code; any number of 0xFF may pad before the code.
            int code;
            if (stream.ReadByte() != 0xFF)
            {
                return ImageHeader.Unreadable("its JPEG segments are broken (a segment does not start with a marker)");
            }

            do
            {
                code = stream.ReadByte();
            }
            while (code == 0xFF);

            if (code < 0)
            {
                return ImageHeader.Unreadable("its JPEG data ends before the frame header");
            }

            if (code is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue;
            }

            if (code is 0xD9 or 0xDA)
            {
                return ImageHeader.Unreadable("its JPEG data has no frame header before the image data");
            }

            ReadExactly(stream, two);
            var length = (two[0] << 8) | two[1];
            if (length < 2)
            {
                return ImageHeader.Unreadable("its JPEG segments are broken (a segment length below 2)");
            }

            var bodyStart = stream.Position;
            if (code is >= 0xC0 and <= 0xCF && code is not (0xC4 or 0xC8 or 0xCC))
            {
                var frame = new byte[5];
                ReadExactly(stream, frame);
                var height = (frame[1] << 8) | frame[2];
                var width = (frame[3] << 8) | frame[4];
                return orientation is >= 5 and <= 8 ? Sized(height, width, "JPEG") : Sized(width, height, "JPEG");
            }

            if (code == 0xE1 && length >= 2 + 14)
            {
                var app1 = new byte[Math.Min(length - 2, 64 * 1024)];
                ReadExactly(stream, app1);
                orientation = ExifOrientation(app1) ?? orientation;
            }

            stream.Position = bodyStart + length - 2;
        }
    }

    /// <summary>The Orientation tag (0x0112) of IFD0 in an APP1 segment that holds EXIF, if any.</summary>
    private static int? ExifOrientation(byte[] app1)
    {
        if (Ascii(app1, 0, 6) != "Exif\0\0")
        {
            return null;
        }

        const int Tiff = 6;
        var bigEndian = app1[Tiff] == (byte)'M';
        int U16(int at) => at + 2 > app1.Length ? -1 : bigEndian ? (app1[at] << 8) | app1[at + 1] : app1[at] | (app1[at + 1] << 8);
        long U32(int at) => at + 4 > app1.Length ? -1 : bigEndian ? BigEndian32(app1, at) : (uint)(app1[at] | (app1[at + 1] << 8) | (app1[at + 2] << 16) | (app1[at + 3] << 24));

        var ifd = U32(Tiff + 4);
        if (ifd < 0 || Tiff + ifd + 2 > app1.Length)
        {
            return null;
        }

        var entries = U16(Tiff + (int)ifd);
        for (var i = 0; i < entries; i++)
        {
            var entry = Tiff + (int)ifd + 2 + (i * 12);
            if (entry + 12 > app1.Length)
            {
                return null;
            }

            if (U16(entry) == 0x0112)
            {
                var value = U16(entry + 8);
                return value is >= 1 and <= 8 ? value : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The primary item's <c>ispe</c> (image spatial extent) in an AVIF file, turned by its <c>irot</c>: the boxes
    /// <c>meta</c> → <c>pitm</c>, <c>iprp</c> → <c>ipco</c> (the properties) and <c>ipma</c> (which item has which).
    /// </summary>
    private static ImageHeader Avif(Stream stream)
    {
        var box = Box.Next(stream, stream.Length);
        if (box is null || box.Type != "ftyp" || box.Size < 16)
        {
            return ImageHeader.Unreadable("its ISO media file has no 'ftyp' box");
        }

        var ftyp = box.Read(stream, 256);
        var brands = Ascii(ftyp, 0, 4) + Ascii(ftyp, 8, Math.Max(0, ftyp.Length - 8));
        if (brands.IndexOf("avif", StringComparison.Ordinal) < 0 && brands.IndexOf("avis", StringComparison.Ordinal) < 0)
        {
            return ImageHeader.Unreadable("its ISO media file is not AVIF (brands '" + brands.Replace('\0', ' ').Trim() + "')");
        }

        stream.Position = box.End;
        while ((box = Box.Next(stream, stream.Length)) is not null && box.Type != "meta")
        {
            stream.Position = box.End;
        }

        if (box is null)
        {
            return ImageHeader.Unreadable("its AVIF file has no 'meta' box");
        }

        var meta = box.Read(stream, 1024 * 1024);
        return AvifMeta(meta);
    }

    private static ImageHeader AvifMeta(byte[] meta)
    {
        var primary = -1;
        byte[]? ipco = null;
        byte[]? ipma = null;
        foreach (var (type, start, length) in Box.Children(meta, 4))
        {
            if (type == "pitm")
            {
                var version = meta[start];
                primary = version == 0 ? (meta[start + 4] << 8) | meta[start + 5] : (int)BigEndian32(meta, start + 4);
            }
            else if (type == "iprp")
            {
                foreach (var (inner, innerStart, innerLength) in Box.Children(meta, start, start + length))
                {
                    var bytes = new byte[innerLength];
                    Array.Copy(meta, innerStart, bytes, 0, innerLength);
                    if (inner == "ipco")
                    {
                        ipco = bytes;
                    }
                    else if (inner == "ipma" && ipma is null)
                    {
                        ipma = bytes;
                    }
                }
            }
        }

        if (ipco is null)
        {
            return ImageHeader.Unreadable("its AVIF file has no item properties ('ipco')");
        }

        var properties = Box.Children(ipco, 0).ToArray();
        var associated = ipma is null || primary < 0 ? null : Associations(ipma, primary);
        long width = 0, height = 0;
        var quarterTurns = 0;
        for (var i = 0; i < properties.Length; i++)
        {
            if (associated is not null && Array.IndexOf(associated, i + 1) < 0)
            {
                continue;
            }

            var (type, start, _) = properties[i];
            if (type == "ispe" && width == 0)
            {
                width = BigEndian32(ipco, start + 4);
                height = BigEndian32(ipco, start + 8);
            }
            else if (type == "irot")
            {
                quarterTurns = ipco[start] & 3;
            }
        }

        if (width == 0)
        {
            return ImageHeader.Unreadable("its AVIF file gives its primary image no size ('ispe')");
        }

        return quarterTurns % 2 == 1 ? Sized(height, width, "AVIF") : Sized(width, height, "AVIF");
    }

    /// <summary>The 1-based property indexes <c>ipma</c> gives an item.</summary>
    private static int[]? Associations(byte[] ipma, int item)
    {
        var version = ipma[0];
        var flags = ipma[3];
        var at = 4;
        var count = BigEndian32(ipma, at);
        at += 4;
        for (var i = 0; i < count && at < ipma.Length; i++)
        {
            var id = version < 1 ? (ipma[at] << 8) | ipma[at + 1] : (int)BigEndian32(ipma, at);
            at += version < 1 ? 2 : 4;
            var n = ipma[at++];
            var indexes = new int[n];
            for (var j = 0; j < n; j++)
            {
                indexes[j] = (flags & 1) == 1 ? ((ipma[at] & 0x7F) << 8) | ipma[at + 1] : ipma[at] & 0x7F;
                at += (flags & 1) == 1 ? 2 : 1;
            }

            if (id == item)
            {
                return indexes;
            }
        }

        return null;
    }

    /// <summary>
    /// An SVG's size: its <c>width</c> and <c>height</c> in absolute units, else the <c>viewBox</c>'s, scaled to keep its
    /// ratio when only one side is given. No DTD is processed and nothing is fetched.
    /// </summary>
    private static ImageHeader Svg(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
        };
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName != "svg")
            {
                return ImageHeader.Unreadable("its root element is <" + reader.LocalName + ">, not <svg>");
            }

            var width = Length(reader.GetAttribute("width"));
            var height = Length(reader.GetAttribute("height"));
            var box = ViewBox(reader.GetAttribute("viewBox"));
            if (width is { } w && height is { } h)
            {
                return Sized(Round(w), Round(h), "SVG");
            }

            if (box is { } view)
            {
                return width is { } onlyWidth ? Sized(Round(onlyWidth), Round(onlyWidth * view.Height / view.Width), "SVG")
                    : height is { } onlyHeight ? Sized(Round(onlyHeight * view.Width / view.Height), Round(onlyHeight), "SVG")
                    : Sized(Round(view.Width), Round(view.Height), "SVG");
            }

            return ImageHeader.Unreadable("its <svg> has neither a width and height in absolute units nor a viewBox");
        }

        return ImageHeader.Unreadable("it holds no <svg> element");
    }

    private static long Round(double value) => (long)Math.Max(1, Math.Round(value, MidpointRounding.AwayFromZero));

    /// <summary>An SVG length in CSS pixels; <see langword="null"/> for a missing, relative (<c>%</c>, <c>em</c>) or unreadable one.</summary>
    private static double? Length(string? value)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Trim();
        var units = new (string Unit, double Pixels)[] { ("px", 1), ("in", 96), ("cm", 96 / 2.54), ("mm", 96 / 25.4), ("pt", 96.0 / 72), ("pc", 16), (string.Empty, 1) };
        foreach (var (unit, pixels) in units)
        {
            if (value.EndsWith(unit, StringComparison.Ordinal) &&
                double.TryParse(value.Substring(0, value.Length - unit.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number > 0 && !double.IsInfinity(number) ? number * pixels : null;
            }
        }

        return null;
    }

    private static (double Width, double Height)? ViewBox(string? value)
    {
        var parts = value?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 4 } ||
            !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var width) ||
            !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var height) ||
            width <= 0 || height <= 0 || double.IsInfinity(width) || double.IsInfinity(height))
        {
            return null;
        }

        return (width, height);
    }

    private static long BigEndian32(byte[] bytes, int at) =>
        at + 4 > bytes.Length ? 0 : ((long)bytes[at] << 24) | ((long)bytes[at + 1] << 16) | ((long)bytes[at + 2] << 8) | bytes[at + 3];

    private static string Ascii(byte[] bytes, int start, int length) =>
        start + length > bytes.Length ? string.Empty : Encoding.ASCII.GetString(bytes, start, length);

    private static int ReadFully(Stream stream, byte[] buffer, int offset, int count)
    {
        var total = 0;
        int read;
        while (total < count && (read = stream.Read(buffer, offset + total, count - total)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static void ReadExactly(Stream stream, byte[] buffer)
    {
        if (ReadFully(stream, buffer, 0, buffer.Length) < buffer.Length)
        {
            throw new EndOfStreamException("the file ends inside a header");
        }
    }

    /// <summary>An ISO base media box: its type and where its body is.</summary>
    private sealed class Box(string type, long bodyStart, long end)
    {
        public string Type { get; } = type;

        public long End { get; } = end;

        public long Size => End - bodyStart;

        /// <summary>The box at the stream's position, or <see langword="null"/> at the end or on a broken size.</summary>
        public static Box? Next(Stream stream, long limit)
        {
            var start = stream.Position;
            var header = new byte[8];
            if (ReadFully(stream, header, 0, 8) < 8)
            {
                return null;
            }

            long size = BigEndian32(header, 0);
            var bodyStart = start + 8;
            if (size == 1)
            {
                var large = new byte[8];
                ReadExactly(stream, large);
                size = (BigEndian32(large, 0) << 32) | BigEndian32(large, 4);
                bodyStart += 8;
            }
            else if (size == 0)
            {
                size = limit - start;
            }

            return size < bodyStart - start || start + size > limit ? null : new Box(Ascii(header, 4, 4), bodyStart, start + size);
        }

        /// <summary>The box's body, up to <paramref name="limit"/> bytes.</summary>
        public byte[] Read(Stream stream, int limit)
        {
            stream.Position = bodyStart;
            var body = new byte[(int)Math.Min(Size, limit)];
            ReadExactly(stream, body);
            return body;
        }

        /// <summary>The boxes inside <paramref name="bytes"/> from <paramref name="start"/>: type, body start and body length.</summary>
        public static System.Collections.Generic.IEnumerable<(string Type, int Start, int Length)> Children(byte[] bytes, int start, int end = -1)
        {
            end = end < 0 ? bytes.Length : end;
            var at = start;
            while (at + 8 <= end)
            {
                var size = BigEndian32(bytes, at);
                if (size < 8 || at + size > end)
                {
                    yield break;
                }

                yield return (Ascii(bytes, at + 4, 4), at + 8, (int)size - 8);
                at += (int)size;
            }
        }
    }
}
