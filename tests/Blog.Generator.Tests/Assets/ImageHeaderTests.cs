using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Blog.Generator.Tasks;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Assets;

/// <summary>
/// The package's image-header reader against real files made by ImageMagick, libwebp and libavif: each size must equal
/// what ImageMagick's <c>identify</c> reports for the same file, turned as its EXIF orientation says (browsers show
/// JPEGs turned). Broken and hostile headers give a reason, never an exception or a guess.
/// </summary>
public sealed class ImageHeaderTests
{
    private static readonly string Fixtures = Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Tests", "Assets", "Images");

    [Theory]
    [InlineData("plain.png")]
    [InlineData("progressive.jpg")]
    [InlineData("rotated.jpg")]
    [InlineData("animated.gif")]
    [InlineData("lossy.webp")]
    [InlineData("lossless.webp")]
    [InlineData("alpha.webp")]
    [InlineData("photo.avif")]
    public void Raster_sizes_equal_what_identify_reports(string name)
    {
        var path = Path.Combine(Fixtures, name);
        var (width, height) = Identify(path);

        var header = Read(path);

        Assert.Null(header.Problem);
        Assert.Equal((width, height), (header.Width, header.Height));
    }

    [Fact]
    public void The_fixtures_cover_each_format_and_variant_the_reader_handles()
    {
        // What identify says of the files themselves, so the theory above tests what it claims to.
        Assert.Equal("JPEG", IdentifyField(Path.Combine(Fixtures, "progressive.jpg"), "%[interlace]"));
        Assert.Equal("RightTop", IdentifyField(Path.Combine(Fixtures, "rotated.jpg"), "%[orientation]"));
        Assert.Equal("VP8 ", Chunk("lossy.webp"));
        Assert.Equal("VP8L", Chunk("lossless.webp"));
        Assert.Equal("VP8X", Chunk("alpha.webp"));
        Assert.Equal("2", IdentifyField(Path.Combine(Fixtures, "animated.gif"), "%n").Substring(0, 1));

        static string Chunk(string name) => Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(Fixtures, name)), 12, 4);
    }

    [Fact]
    public void A_quarter_turn_in_exif_swaps_the_sides()
    {
        var stored = IdentifyField(Path.Combine(Fixtures, "rotated.jpg"), "%w %h");
        var header = Read(Path.Combine(Fixtures, "rotated.jpg"));

        Assert.Equal("400 300", stored);
        Assert.Equal((300, 400), (header.Width, header.Height));
    }

    [Theory]
    [InlineData("viewbox.svg", 480, 270)] // viewBox="0 0 480 270" and no size
    [InlineData("sized.svg", 120, 80)] // width="120px" height="80" win over the viewBox
    public void Svg_size_comes_from_its_width_and_height_else_its_view_box(string name, int width, int height)
    {
        var header = Read(Path.Combine(Fixtures, name));

        Assert.Null(header.Problem);
        Assert.Equal((width, height), (header.Width, header.Height));
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="2in" viewBox="0 0 10 5"/>""", 192, 96)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" height="50%" viewBox="0 0 300 100"/>""", 300, 100)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="1e1"/>""", 38, 10)]
    public void Svg_units_are_css_pixels_and_relative_lengths_fall_back_to_the_view_box(string svg, int width, int height)
    {
        var header = ImageHeaders.Read(new MemoryStream(Encoding.UTF8.GetBytes(svg)), ".svg");

        Assert.Null(header.Problem);
        Assert.Equal((width, height), (header.Width, header.Height));
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"/>""", "neither a width and height")]
    [InlineData("""<html/>""", "not <svg>")]
    [InlineData("""<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg width="&b;"/>""", "cannot be read")]
    [InlineData("not xml at all", "cannot be read")]
    public void An_svg_without_a_size_or_that_is_not_svg_says_why(string svg, string reason)
    {
        var header = ImageHeaders.Read(new MemoryStream(Encoding.UTF8.GetBytes(svg)), ".svg");

        Assert.Contains(reason, header.Problem);
        Assert.Equal(0, header.Width);
    }

    [Fact]
    public void Every_cut_of_a_real_file_gives_a_reason_or_its_size_and_never_throws()
    {
        foreach (var name in new[] { "plain.png", "progressive.jpg", "rotated.jpg", "animated.gif", "lossy.webp", "lossless.webp", "alpha.webp", "photo.avif" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(Fixtures, name));
            var full = Read(Path.Combine(Fixtures, name));
            foreach (var length in Enumerable.Range(0, Math.Min(bytes.Length, 700)))
            {
                var header = ImageHeaders.Read(new MemoryStream(bytes, 0, length), Path.GetExtension(name));
                Assert.True(
                    header.Problem is not null || (header.Width, header.Height) == (full.Width, full.Height),
                    $"{name} cut at {length}: {header.Width}x{header.Height}");
            }
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0 }, "size of 0")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDA, 0, 2 }, "no frame header")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 }, "length below 2")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0x00, 0x00 }, "does not start with a marker")]
    [InlineData(new byte[] { 0, 0, 0, 0, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0, 0, 0, 0 }, "ftyp")]
    [InlineData(new byte[] { (byte)'B', (byte)'M', 1, 2, 3 }, "not those of a PNG")]
    public void Broken_headers_give_a_reason(byte[] bytes, string reason)
    {
        var header = ImageHeaders.Read(new MemoryStream(bytes), ".png");

        Assert.Contains(reason, header.Problem);
    }

    [Fact]
    public void A_jpeg_padded_with_a_megabyte_of_fill_bytes_is_read_without_reading_it_all_into_memory()
    {
        var padded = new byte[1 << 20];
        padded.AsSpan().Fill(0xFF);
        padded[0] = 0xFF;
        padded[1] = 0xD8;
        var frame = new byte[] { 0xFF, 0xC0, 0, 11, 8, 0, 7, 0, 9, 1, 1, 0x11, 0 };
        var bytes = padded.Concat(frame).ToArray();

        var header = ImageHeaders.Read(new MemoryStream(bytes), ".jpg");

        Assert.Equal((9, 7), (header.Width, header.Height));
    }

    private static ImageHeader Read(string path)
    {
        using var stream = File.OpenRead(path);
        return ImageHeaders.Read(stream, Path.GetExtension(path));
    }

    /// <summary>identify's size, turned by the EXIF orientation it reports, as a browser shows the image.</summary>
    private static (int Width, int Height) Identify(string path)
    {
        var fields = IdentifyField(path + "[0]", "%w %h %[orientation]").Split(' ');
        var (width, height) = (int.Parse(fields[0]), int.Parse(fields[1]));
        return fields[2] is "LeftTop" or "RightTop" or "RightBottom" or "LeftBottom" ? (height, width) : (width, height);
    }

    private static string IdentifyField(string path, string format)
    {
        var start = new ProcessStartInfo("identify") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-format");
        start.ArgumentList.Add(format);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "identify failed: " + error);
        return output.Trim();
    }
}
