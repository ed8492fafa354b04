using System;
using System.Globalization;
using System.Linq;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one post's file: a top-level internal class in <see cref="Naming.DataNamespace"/> holding the post, built on
/// first use. Not nested in <c>partial class Posts</c>: with one part per post, the compiler's analyzer driver walks
/// every part of <c>Posts</c> for every nested type, and a 10,000-post build spent minutes there. The body is one
/// UTF-8 literal, which the compiler stores as data (no user-string limit).
/// </summary>
internal static class PostEmitter
{
    public static string Emit(PostModel post, string ns, int wordsPerMinute)
    {
        var metadata = post.Metadata;
        var texts = new TextTable(ns);
        var writer = DataClass.Open(post.Html.Length + (post.Html.Length / 8) + 4096, ns, metadata.RelativePath, Naming.DataClassName(metadata.RelativePath))
            .WriteSummary(metadata.Title)
            .WriteLine("internal static readonly global::" + ns + ".Post Value = new global::" + ns + ".Post(")
            .Indent()
            .WriteLine("slug: " + CSharpLiterals.String(metadata.Slug) + ",")
            .WriteLine("title: " + CSharpLiterals.String(metadata.Title) + ",")
            .WriteLine("date: " + CSharpLiterals.DateTimeOffset(metadata.Date) + ",")
            .WriteLine("lastModifiedAt: " + (metadata.LastModifiedAt is { } modified ? CSharpLiterals.DateTimeOffset(modified) : "null") + ",")
            .WriteLine("categories: " + StringArray(metadata.Categories) + ",")
            .WriteLine("tags: " + StringArray(metadata.Tags) + ",")
            .WriteLine("excerpt: " + texts.Add(metadata.Excerpt) + ",")
            .WriteLine("excerptHtmlUtf8: ExcerptHtml,")
            .WriteLine("wordCount: " + CSharpLiterals.Int32(post.WordCount) + ",")
            .WriteLine("readingTime: global::System.TimeSpan.FromMinutes(" + CSharpLiterals.Int32(ReadingMinutes(post.WordCount, wordsPerMinute)) + "),");

        WriteHeadings(writer, post, ns, texts);
        writer.WriteLine("sourcePath: " + CSharpLiterals.String(metadata.RelativePath) + ",");
        WriteFrontMatter(writer, metadata.Extra, ns);
        if (post.Data is { } data)
        {
            writer.WriteLine("htmlUtf8: Html)").Unindent().OpenBlock();
            BoundValueWriter.WriteProperties(writer, new[] { new BoundProperty("Data", data) }.ToEquatableArray(), ns);
            writer.CloseBlock(";").WriteLine();
        }
        else
        {
            writer
                .WriteLine("htmlUtf8: Html);")
                .Unindent()
                .WriteLine();
        }

        HtmlLiteral.Write(writer, "Html", post.Html);
        writer
            .WriteLine()
            .WriteLine("private static global::System.ReadOnlySpan<byte> ExcerptHtml() => " + texts.AddUtf8(post.ExcerptHtml) + ";");
        texts.Write(writer);
        return writer
            .CloseBlock()
            .ToString();
    }

    /// <summary>Whole minutes, rounded up, and never zero for a post with any words.</summary>
    public static int ReadingMinutes(int words, int wordsPerMinute) =>
        words == 0 ? 0 : (words + wordsPerMinute - 1) / Math.Max(1, wordsPerMinute);

    private static void WriteHeadings(SourceWriter writer, PostModel post, string ns, TextTable texts)
    {
        if (post.Headings.IsEmpty)
        {
            writer.WriteLine("headings: global::System.Array.Empty<global::" + ns + ".PostHeading>(),");
            return;
        }

        writer.WriteLine("headings: new global::" + ns + ".PostHeading[]").OpenBlock();
        foreach (var heading in post.Headings)
        {
            writer.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "new global::{0}.PostHeading({1}, {2}, {3}),",
                ns,
                heading.Level,
                texts.Add(heading.Text),
                texts.Add(heading.Id)));
        }

        writer.CloseBlock(",");
    }

    private static void WriteFrontMatter(SourceWriter writer, EquatableArray<FrontMatterEntry> entries, string ns)
    {
        if (entries.IsEmpty)
        {
            writer.WriteLine("frontMatter: global::" + ns + ".Post.Map(new global::System.Collections.Generic.Dictionary<string, object?>()),");
            return;
        }

        writer.WriteLine("frontMatter: " + MapLiteral(entries, ns) + ",");
    }

    private static string MapLiteral(EquatableArray<FrontMatterEntry> entries, string ns) =>
        "global::" + ns + ".Post.Map(new global::System.Collections.Generic.Dictionary<string, object?>(global::System.StringComparer.Ordinal) { " +
        string.Join(", ", entries.Select(entry => "[" + CSharpLiterals.String(entry.Key) + "] = " + ValueLiteral(entry.Value, ns))) +
        " })";

    private static string ValueLiteral(FrontMatterValue value, string ns) => value switch
    {
        FrontMatterValue.Null => "null",
        FrontMatterValue.String text => CSharpLiterals.String(text.Value),
        FrontMatterValue.Boolean boolean => CSharpLiterals.Boolean(boolean.Value),
        FrontMatterValue.Integer integer => CSharpLiterals.Int64(integer.Value),
        FrontMatterValue.Float number => CSharpLiterals.Double(number.Value),
        FrontMatterValue.Date date => CSharpLiterals.DateTimeOffset(date.Value),
        FrontMatterValue.List list => "global::" + ns + ".Post.List(" + string.Join(", ", list.Items.Select(item => ValueLiteral(item, ns))) + ")",
        FrontMatterValue.Map map => MapLiteral(map.Entries, ns),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string StringArray(EquatableArray<string> items) => items.IsEmpty
        ? "global::System.Array.Empty<string>()"
        : "new string[] { " + string.Join(", ", items.Select(CSharpLiterals.String)) + " }";

    /// <summary>
    /// A post's longer texts (excerpt and its HTML, heading texts and ids) as slices of one UTF-8 literal, <c>Texts()</c>, decoded by
    /// <c>Post.Text</c>. As plain string literals they filled the assembly's user-string heap (CS8103 at 10,000 posts);
    /// as one UTF-8 literal each, they made more than the 65,535 fields the runtime allows in the one type where the
    /// compiler keeps literal data. One literal per post for these, and one for the HTML, stays well under both.
    /// </summary>
    private sealed class TextTable(string ns)
    {
        private readonly System.Text.StringBuilder text = new();
        private int bytes;

        /// <summary>An expression for the text as a <see cref="string"/>, decoded from its slice when the post is built.</summary>
        public string Add(string? value) => value switch
        {
            null => "null",
            "" => "\"\"",
            _ => "global::" + ns + ".Post.Text(" + AddUtf8(value) + ")",
        };

        /// <summary>An expression for the text's UTF-8 bytes: a slice of <c>Texts()</c>.</summary>
        public string AddUtf8(string value)
        {
            if (value.Length == 0)
            {
                return "\"\"u8";
            }

            // The literal writes a lone surrogate as U+FFFD, as the UTF-8 encoder counts it.
            var length = System.Text.Encoding.UTF8.GetByteCount(value);
            var slice = string.Format(CultureInfo.InvariantCulture, "Texts().Slice({0}, {1})", bytes, length);
            // Each text is escaped on its own, so two texts can never meet into one surrogate pair.
            var literal = CSharpLiterals.Utf8(value);
            text.Append(literal, 1, literal.Length - 4);
            bytes += length;
            return slice;
        }

        public void Write(SourceWriter writer)
        {
            if (text.Length == 0)
            {
                return;
            }

            writer
                .WriteLine()
                .WriteLine("private static global::System.ReadOnlySpan<byte> Texts() =>")
                .Indent();
            writer.WriteLine("\"" + text + "\"u8;").Unindent();
        }
    }
}
