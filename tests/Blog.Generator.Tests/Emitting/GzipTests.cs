using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Blog.Generator.Compression;
using CsCheck;
using Xunit;

namespace Blog.Generator.Tests.Emitting;

/// <summary>The generator's own gzip: what the BCL's inflater reads back, and the same bytes for the same input.</summary>
public sealed class GzipTests
{
    public static TheoryData<string> Inputs => new()
    {
        "",
        "a",
        "ab",
        new string('a', 100_000),
        string.Concat(Enumerable.Range(0, 20_000).Select(i => "<p>Paragraph " + (i % 97) + " of the post.</p>\n")),
        "é ü ✓ 😀 " + new string('x', 3),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Compressed_text_inflates_to_itself(string text)
    {
        var data = Encoding.UTF8.GetBytes(text);

        var gzip = Gzip.Compress(data);

        Assert.Equal(data, Inflate(gzip));
        Assert.Equal(gzip, Gzip.Compress(data));
    }

    [Fact]
    public void Repetitive_HTML_compresses_to_a_small_fraction()
    {
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2_000).Select(i => "<li><a href=\"/posts/post-" + i + "\">Post " + i + "</a></li>\n")));

        Assert.True(Gzip.Compress(data).Length < data.Length / 5, "compressed to " + Gzip.Compress(data).Length + " of " + data.Length);
    }

    [Fact]
    public void The_CRC_eight_bytes_at_a_time_equals_the_CRC_bit_by_bit() =>
        Gen.Byte.Array[0, 200].Sample(data => Assert.Equal(BitByBitCrc32(data), Gzip.Crc32(data)), iter: 500);

    [Fact]
    public void Any_bytes_inflate_to_themselves() =>
        Gen.Select(Gen.Byte[0, 8].Array[0, 5_000], Gen.Byte.Array[0, 70_000], Gen.Bool)
            .Sample((alphabet, random, useAlphabet) =>
            {
                // Small alphabets make long matches and skewed codes; random bytes make literals and stored-like data.
                var data = useAlphabet && alphabet.Length > 0 ? random.Select(b => alphabet[b % alphabet.Length]).ToArray() : random;
                Assert.Equal(data, Inflate(Gzip.Compress(data)));
            }, iter: 60);

    [Fact]
    public void The_header_has_no_time_stamp_and_the_trailer_holds_the_CRC_and_the_length()
    {
        var data = Encoding.UTF8.GetBytes("hello, gzip");

        var gzip = Gzip.Compress(data);

        Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255 }, gzip[..10]);
        Assert.Equal(0x5CB19B4Au, BitConverter.ToUInt32(gzip, gzip.Length - 8)); // zlib.crc32(b"hello, gzip")
        Assert.Equal((uint)data.Length, BitConverter.ToUInt32(gzip, gzip.Length - 4));
    }

    private static byte[] Inflate(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>CRC-32 as RFC 1952 §8 defines it, one bit at a time, to check the table-driven one against.</summary>
    private static uint BitByBitCrc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
