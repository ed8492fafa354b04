using System;
using System.Collections.Generic;
using System.Text;
using Blog.Generator.Compression;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Storage;

/// <summary>
/// Stores one post: its record, a text (<see cref="PostRecordWriter"/>) holding its metadata, its texts and its HTML
/// compressed with gzip. A post with typed front matter keeps that data beside the record, with its texts appended to
/// the record, so that no string literal of theirs grows the assembly's user-string heap (CS8103).
/// </summary>
internal static class PostRecords
{
    /// <summary>The post's record, or one holding BLOG018 at the post when storing it failed.</summary>
    public static PostRecord TryStore(PostOutput post, int wordsPerMinute)
    {
        try
        {
            return Store(post.Model, wordsPerMinute);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = post.Model.Metadata.RelativePath;
            return new PostRecord(path, BucketAssignment.Of(path), string.Empty, 0, Error: GeneratorGuard.InternalError(exception, LocationInfo.StartOf(post.FullPath)));
        }
    }

    public static PostRecord Store(PostModel post, int wordsPerMinute)
    {
        var path = post.Metadata.RelativePath;
        var record = Record(post, wordsPerMinute);
        if (post.Data is not { } data)
        {
            return new PostRecord(path, BucketAssignment.Of(path), record.ToString(), record.Utf8Length);
        }

        // Each distinct text once, read back by its place from the record's start.
        var texts = new List<StoredText>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in BoundTexts.Of(data))
        {
            if (seen.Add(text))
            {
                var start = record.Text(text, out var length);
                texts.Add(new StoredText(text, start, length));
            }
        }

        return new PostRecord(path, BucketAssignment.Of(path), record.ToString(), record.Utf8Length, data, texts.ToEquatableArray());
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
        Files(record.Line(), post);
        record.Line().Gzip(Gzip.Compress(Encoding.UTF8.GetBytes(html)));
        return record;
    }

    /// <summary>The cover image (null, or its URL, width, height, alt text) and the files the post uses.</summary>
    private static void Files(PostRecordWriter record, PostModel post)
    {
        if (post.Image is { } image)
        {
            record.List(4).String(image.Url).Integer(image.Width).Integer(image.Height).String(image.Alt);
        }
        else
        {
            record.String(null);
        }

        record.Line().List(post.Assets.Count);
        foreach (var file in post.Assets)
        {
            record.Line().List(6).String(file.RelativePath).String(file.Url).Integer(file.Length).String(file.Integrity).Integer(file.Width).Integer(file.Height);
        }
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

    private static void Map(PostRecordWriter record, EquatableArray<FrontMatterPair> pairs)
    {
        record.Map(pairs.Count);
        foreach (var pair in pairs)
        {
            record.String(pair.Key);
            Value(record, pair.Value);
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
                Map(record, map.Pairs);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value));
        }
    }
}
