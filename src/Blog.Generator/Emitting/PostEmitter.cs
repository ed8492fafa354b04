using System;
using System.Text;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one post's file: a top-level internal class in <see cref="Naming.DataNamespace"/> with a <c>Create()</c>
/// method and the post's record, one UTF-8 literal (<see cref="PostRecordWriter"/>) holding its metadata, its texts
/// and its HTML compressed with gzip. Post data is built by a method, not a static field initialiser, so that hot
/// reload can run it again after an edit. Not nested in <c>partial class Posts</c>: with one part per post, the
/// compiler's analyzer driver walks every part of <c>Posts</c> for every nested type.
/// </summary>
internal static class PostEmitter
{
    public static string Emit(PostModel post, string ns, int wordsPerMinute)
    {
        var metadata = post.Metadata;
        var record = Record(post, wordsPerMinute, out var html);
        var writer = DataClass.Open(html.Length * 4 / 3 + 4096, ns, metadata.RelativePath, Naming.DataClassName(metadata.RelativePath))
            .WriteLine("/// <summary>Builds the post <i>" + CSharpLiterals.XmlDocText(metadata.Title) + "</i> from its record. Run again after a hot reload.</summary>");

        var usesText = false;
        if (post.Data is { } data)
        {
            writer.WriteLine("internal static global::" + ns + ".Post Create() => new global::" + ns + ".Post(Record)").OpenBlock();

            // The typed front matter is code (an object initialiser of the schema's types); its strings are texts
            // at the end of the record, so no string literal grows the assembly's user-string heap (CS8103).
            BoundValueWriter.WriteProperties(writer, new[] { new BoundProperty("Data", data) }.ToEquatableArray(), ns, text =>
            {
                usesText = true;
                var start = record.Text(text, out var length);
                return "Text(" + CSharpLiterals.Int32(start) + ", " + CSharpLiterals.Int32(length) + ")";
            });
            writer.CloseBlock(";");
        }
        else
        {
            writer.WriteLine("internal static global::" + ns + ".Post Create() => new global::" + ns + ".Post(Record);");
        }

        if (usesText)
        {
            writer
                .WriteLine()
                .WriteLine("private static string Text(int start, int length) => global::" + ns + ".Post.Text(Record().Slice(start, length));");
        }

        writer
            .WriteLine()
            .WriteLine("/// <summary>")
            .WriteLine("/// The post as data, read by <c>Post</c>: slug, title, date, last modified, categories, tags, excerpt, excerpt HTML,")
            .WriteLine("/// words, minutes to read, headings, source path, front matter, then the HTML (gzip, base64)" + (usesText ? " and the typed front matter's texts." : "."))
            .WriteLine("/// </summary>");
        HtmlLiteral.Write(writer, "Record", record.ToString());
        return writer
            .CloseBlock()
            .ToString();
    }

    /// <summary>Whole minutes, rounded up, and never zero for a post with any words.</summary>
    public static int ReadingMinutes(int words, int wordsPerMinute) =>
        words == 0 ? 0 : (words + wordsPerMinute - 1) / Math.Max(1, wordsPerMinute);

    private static PostRecordWriter Record(PostModel post, int wordsPerMinute, out string html)
    {
        var metadata = post.Metadata;
        html = PostRecordWriter.WithoutLoneSurrogates(post.Html);
        var record = new PostRecordWriter()
            .String(metadata.Slug).Line()
            .String(metadata.Title).Line()
            .Date(metadata.Date).Line()
            .Date(metadata.LastModifiedAt).Line();
        Strings(record, metadata.Categories).Line();
        Strings(record, metadata.Tags).Line();
        record.String(metadata.Excerpt).Line();

        // An excerpt taken from the body is the start of the body's HTML: stored once, as a slice of it.
        var excerptHtml = PostRecordWriter.WithoutLoneSurrogates(post.ExcerptHtml);
        if (excerptHtml.Length > 0 && html.StartsWith(excerptHtml, StringComparison.Ordinal))
        {
            record.Slice(0, PostRecordWriter.Utf8ByteCount(excerptHtml));
        }
        else
        {
            record.String(excerptHtml);
        }

        record.Line()
            .Integer(post.WordCount).Line()
            .Integer(ReadingMinutes(post.WordCount, wordsPerMinute)).Line()
            .List(post.Headings.Count);
        foreach (var heading in post.Headings)
        {
            record.Line().List(3).Integer(heading.Level).String(heading.Text).String(heading.Id);
        }

        record.Line().String(metadata.RelativePath).Line();
        Map(record, metadata.Extra);
        record.Line().Gzip(Gzip.Compress(Encoding.UTF8.GetBytes(html)));
        return record;
    }

    private static PostRecordWriter Strings(PostRecordWriter record, EquatableArray<string> items)
    {
        record.List(items.Count);
        foreach (var item in items)
        {
            record.String(item);
        }

        return record;
    }

    private static void Map(PostRecordWriter record, EquatableArray<FrontMatterEntry> entries)
    {
        record.Map(entries.Count);
        foreach (var entry in entries)
        {
            record.String(entry.Key);
            Value(record, entry.Value);
        }
    }

    private static void Value(PostRecordWriter record, FrontMatterValue value)
    {
        switch (value)
        {
            case FrontMatterValue.Null:
                record.String(null);
                break;
            case FrontMatterValue.String text:
                record.String(text.Value);
                break;
            case FrontMatterValue.Boolean boolean:
                record.Boolean(boolean.Value);
                break;
            case FrontMatterValue.Integer integer:
                record.Integer(integer.Value);
                break;
            case FrontMatterValue.Float number:
                record.Double(number.Value);
                break;
            case FrontMatterValue.Date date:
                record.Date(date.Value);
                break;
            case FrontMatterValue.List list:
                record.List(list.Items.Count);
                foreach (var item in list.Items)
                {
                    Value(record, item);
                }

                break;
            case FrontMatterValue.Map map:
                Map(record, map.Entries);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value));
        }
    }
}
