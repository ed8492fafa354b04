using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Blog.Sample.Pages;

/// <summary>
/// Writes HTML as UTF-8 straight into a buffer (a response's <c>BodyWriter</c> or a file buffer).
/// Two verbs only, so every call site says which it means: <see cref="Raw(string)"/> for the page's own
/// markup, <see cref="Text"/> for anything from a post, which is always encoded. There is no templating
/// engine and no reflection, so the site compiles ahead of time.
/// </summary>
public sealed class HtmlWriter
{
    // Every script is allowed through unencoded (only the HTML-significant characters are escaped), so
    // titles in any language stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly IBufferWriter<byte> output;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public HtmlWriter(IBufferWriter<byte> output) => this.output = output;

    /// <summary>Writes trusted markup as it is.</summary>
    /// <param name="markup">Markup written by the site, never by a post's author.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Raw(string markup)
    {
        Encoding.UTF8.GetBytes(markup.AsSpan(), output);
        return this;
    }

    /// <summary>Writes pre-rendered UTF-8 markup as it is: a post's body, compiled from Markdown at build time.</summary>
    /// <param name="utf8Markup">The bytes.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Raw(ReadOnlySpan<byte> utf8Markup)
    {
        output.Write(utf8Markup);
        return this;
    }

    /// <summary>Writes text, HTML-encoded; safe in element content and in quoted attribute values.</summary>
    /// <param name="text">Any text, such as a title from front matter.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Text(string text) => Raw(Encode(text));

    /// <summary>Writes a whole number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Number(int value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;a href="…"&gt;text&lt;/a&gt;</c>, encoding both.</summary>
    /// <param name="href">The link target.</param>
    /// <param name="text">The link text.</param>
    /// <param name="attributes">Extra trusted attributes, such as <c> rel="prev"</c>, with a leading space.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Link(string href, string text, string attributes = "") =>
        Raw("<a href=\"").Text(href).Raw("\"").Raw(attributes).Raw(">").Text(text).Raw("</a>");

    /// <summary>Writes a <c>&lt;time&gt;</c> element with a machine-readable date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Date(DateTimeOffset date) =>
        Raw("<time datetime=\"").Raw(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\">")
            .Raw(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Raw("</time>");

    /// <summary>Writes a <c>&lt;time&gt;</c> element for a calendar date, such as a page's <c>last_modified_at</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This writer.</returns>
    public HtmlWriter Date(DateOnly date) => Date(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>HTML-encodes text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text) => Encoder.Encode(text);
}
