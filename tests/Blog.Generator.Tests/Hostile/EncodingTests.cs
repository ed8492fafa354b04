using System.Text;
using Blog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// The compiler never says how it decoded a file; the generator reads the trace. csc decodes by byte-order mark, else
/// as strict UTF-8, and only when that throws falls back to a replacing UTF-8 decoder. Before, any U+FFFD was called
/// "not UTF-8" (even one the author typed), and UTF-16 without a byte-order mark or UTF-32 (valid UTF-8 byte for byte,
/// with NULs) went on to BLOG001 "no front matter".
/// </summary>
public sealed class EncodingTests
{
    private const string FrontMatter = "---\ntitle: Replacement\ndate: 2024-01-01\n---\n";

    [Fact]
    public void A_U_FFFD_the_author_wrote_in_a_strictly_decoded_file_is_an_ordinary_character()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var post = new TestPost("Posts/fffd.md", FrontMatter + "The \uFFFD sign.\n", strict);

        var result = new GeneratorHarness().Run(post);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal("<p>The \uFFFD sign.</p>\n", Assert.Single(result.Load().All).Html);
    }

    [Fact]
    public void A_U_FFFD_in_a_file_read_from_its_UTF_16_byte_order_mark_is_an_ordinary_character()
    {
        var post = new TestPost("Posts/fffd.md", FrontMatter + "The \uFFFD sign.\n", Encoding.Unicode);

        var result = new GeneratorHarness().Run(post);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("<p>The \uFFFD sign.</p>\n", Assert.Single(result.Load().All).Html);
    }

    [Fact]
    public void A_U_FFFD_from_the_replacing_fallback_decoder_is_BLOG012_at_the_bad_bytes()
    {
        var replacing = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var bad = new TestPost("Posts/latin1.md", "---\ntitle: Caf\uFFFD\ndate: 2024-01-01\n---\nBody.\n", replacing);
        var good = TestPost.Create("good.md", "title: Good\ndate: 2024-01-02");

        var result = new GeneratorHarness().Run(bad, good);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG012", DiagnosticSeverity.Error, "Posts/latin1.md", 2, 11);
        Assert.Contains("its bytes here could not be decoded", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("Good", Assert.Single(result.Load().All).Title);
    }

    [Theory]
    [InlineData("utf-16LE", 1, 2)]
    [InlineData("utf-16BE", 1, 1)]
    [InlineData("utf-32LE", 1, 2)]
    [InlineData("utf-32BE", 1, 1)]
    public void UTF_16_without_a_byte_order_mark_and_UTF_32_read_as_UTF_8_are_BLOG012_naming_the_NULs(string encodingName, int line, int column)
    {
        // Decoding those bytes as UTF-8 is what csc does when no byte-order mark says otherwise; it succeeds.
        var bytes = Encoding.GetEncoding(encodingName).GetBytes(FrontMatter + "Body.\n");
        var asUtf8 = new UTF8Encoding(false, true).GetString(bytes);
        var bad = new TestPost("Posts/wide.md", asUtf8, new UTF8Encoding(false, true));
        var good = TestPost.Create("good.md", "title: Good\ndate: 2024-01-02");

        var result = new GeneratorHarness().Run(bad, good);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG012", DiagnosticSeverity.Error, "Posts/wide.md", line, column);
        Assert.Contains("UTF-16 or UTF-32", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("Good", Assert.Single(result.Load().All).Title);
    }

    /// <summary>
    /// Found by FuzzTests (seed cu20SYLtCTM3): a heading holding a lone surrogate made Markdig's heading ids throw
    /// (BLOG018, "String contains invalid Unicode code points"). Such text never comes from decoded bytes, but a host
    /// can pass it; it is reported where it is.
    /// </summary>
    [Theory]
    [InlineData("# Heading ", 0xD800, "\n", 4, 11)]
    [InlineData("Text ", 0xDC00, " here.\n", 4, 6)]
    public void Half_of_a_surrogate_pair_in_the_text_is_BLOG012_at_it(string before, int surrogate, string after, int line, int column)
    {
        // Built here: an attribute argument is stored as UTF-8, which turns a lone surrogate into U+FFFD.
        var bad = TestPost.Create("2024-01-01-bad.md", "title: Bad", before + (char)surrogate + after);
        var good = TestPost.Create("good.md", "title: Good\ndate: 2024-01-02");

        var result = new GeneratorHarness().Run(bad, good);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, "BLOG012", DiagnosticSeverity.Error, "Posts/2024-01-01-bad.md", line, column);
        Assert.Contains("surrogate", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("Good", Assert.Single(result.Load().All).Title);
    }
}
