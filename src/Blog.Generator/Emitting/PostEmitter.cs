using System;
using System.Text;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one post's part of its bucket (<see cref="BucketEmitter"/>): a <c>Create</c> method and the post's record, a
/// text (<see cref="PostRecordWriter"/>) holding its metadata, its texts and its HTML compressed with gzip. Post data
/// is built by a method, not a static field initialiser, so that hot reload can run it again after an edit.
/// </summary>
internal static class PostEmitter
{
    private const string Indent = "    ";

    /// <summary>The post's chunk, or one holding BLOG018 at the post when emitting it failed.</summary>
    public static PostChunk TryChunk(PostOutput post, string ns, int wordsPerMinute)
    {
        try
        {
            return Chunk(post.Model, ns, wordsPerMinute);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = post.Model.Metadata.RelativePath;
            return new PostChunk(path, Naming.BucketOf(path), EquatableArray<string>.Empty, string.Empty, 0, Error: GeneratorGuard.InternalError(exception, LocationInfo.StartOf(post.FullPath)));
        }
    }

    public static PostChunk Chunk(PostModel post, string ns, int wordsPerMinute)
    {
        var metadata = post.Metadata;
        var record = Record(post, wordsPerMinute);
        var postType = "global::" + ns + ".Post";
        var method = Naming.PostMethodName(metadata.RelativePath);
        var head = new StringBuilder()
            .Append(Indent).Append("/// <summary>Builds <i>").Append(CSharpLiterals.XmlDocText(metadata.Title)).Append("</i> (")
            .Append(CSharpLiterals.XmlDocText(metadata.RelativePath)).Append(") from its record. Run again after a hot reload.</summary>\n");
        if (post.Data is not { } data)
        {
            head.Append(Indent).Append("internal static ").Append(postType).Append(' ').Append(method).Append("() => new ").Append(postType).Append('(');
            var length = record.Utf8Length;
            string[] code = [head.ToString(), ChunkHoles.Records, ", ", ChunkHoles.Start, ", " + CSharpLiterals.Int32(length) + ");\n"];
            return new PostChunk(metadata.RelativePath, Naming.BucketOf(metadata.RelativePath), code.ToEquatableArray(), record.ToString(), length);
        }

        head.Append(Indent).Append("internal static ").Append(postType).Append(' ').Append(method).Append("()\n")
            .Append(Indent).Append("{\n")
            .Append(Indent).Append(Indent).Append("const int start = ");

        // The typed front matter is code (an object initialiser of the schema's types); its strings are texts at the
        // end of the record, read by offset from the record's start, so no string literal grows the assembly's
        // user-string heap (CS8103). Written first: the record's length, in the line above it, includes those texts.
        var usesText = false;
        var properties = new SourceWriter().Indent().Indent().Indent();
        BoundValueWriter.WriteProperties(properties, new[] { new BoundProperty("Data", data) }.ToEquatableArray(), ns, text =>
        {
            usesText = true;
            var start = record.Text(text, out var length);
            return "Text(records, start + " + CSharpLiterals.Int32(start) + ", " + CSharpLiterals.Int32(length) + ")";
        });
        var body = new SourceWriter().Indent().Indent()
            .WriteLine("return new " + postType + "(records, start, " + CSharpLiterals.Int32(record.Utf8Length) + ")")
            .OpenBlock()
            .WriteVerbatim(properties.ToString())
            .CloseBlock(";")
            .CloseBlock();
        string[] typed = [head.ToString(), ChunkHoles.Start, ";\n" + Indent + Indent + postType + ".Utf8Html records = ", ChunkHoles.Records, ";\n" + body];
        return new PostChunk(metadata.RelativePath, Naming.BucketOf(metadata.RelativePath), typed.ToEquatableArray(), record.ToString(), record.Utf8Length, usesText);
    }

    /// <summary>Whole minutes, rounded up, and never zero for a post with any words.</summary>
    public static int ReadingMinutes(int words, int wordsPerMinute) =>
        words == 0 ? 0 : (words + wordsPerMinute - 1) / Math.Max(1, wordsPerMinute);

    private static PostRecordWriter Record(PostModel post, int wordsPerMinute)
    {
        var metadata = post.Metadata;
        var html = PostRecordWriter.WithoutLoneSurrogates(post.Html);
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
