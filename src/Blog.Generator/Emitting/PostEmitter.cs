using System;
using System.Text;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one post's part of its bucket (<see cref="BucketEmitter"/>): its record, a text (<see cref="PostRecordWriter"/>)
/// holding its metadata, its texts and its HTML compressed with gzip, and, for a post with typed front matter, the
/// statement that builds it. A post without typed front matter has no code at all: its bucket reads it in a loop.
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
        if (post.Data is not { } data)
        {
            return new PostChunk(metadata.RelativePath, Naming.BucketOf(metadata.RelativePath), EquatableArray<string>.Empty, record.ToString(), record.Utf8Length);
        }

        // The typed front matter is code (an object initialiser of the schema's types); its strings are texts at the
        // end of the record, read by offset from the record's start, so no string literal grows the assembly's
        // user-string heap (CS8103). Written before the head: the record's length, in the head, includes those texts.
        var postType = "global::" + ns + ".Post";
        var properties = new SourceWriter().Indent().Indent().Indent().Indent();
        BoundValueWriter.WriteProperties(properties, new[] { new BoundProperty("Data", data) }.ToEquatableArray(), ns, text =>
        {
            var start = record.Text(text, out var length);
            return postType + ".Text(records.Slice(start + " + CSharpLiterals.Int32(start) + ", " + CSharpLiterals.Int32(length) + "))";
        });
        var construction = new SourceWriter().Indent().Indent().Indent()
            .WriteLine("] = new " + postType + "(records.Slice(start, " + CSharpLiterals.Int32(record.Utf8Length) + "))")
            .OpenBlock()
            .WriteVerbatim(properties.ToString())
            .CloseBlock(";")
            .ToString();
        var inner = Indent + Indent + Indent;
        string[] code =
        [
            Indent + Indent + "{\n" + inner + "const int start = ",
            ChunkHoles.Start,
            ";\n" + inner + "var records = ",
            ChunkHoles.Records,
            "();\n" + inner + "// " + CSharpLiterals.XmlDocText(metadata.RelativePath) + ", with its typed front matter.\n" + inner + "posts[",
            ChunkHoles.Ordinal,
            construction.Substring(inner.Length) + Indent + Indent + "}\n",
        ];
        return new PostChunk(metadata.RelativePath, Naming.BucketOf(metadata.RelativePath), code.ToEquatableArray(), record.ToString(), record.Utf8Length);
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
