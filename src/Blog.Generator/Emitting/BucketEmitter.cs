using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one bucket of posts: an internal class in <see cref="Naming.DataNamespace"/> with each post's <c>Create</c>
/// method and all their records in ONE UTF-8 literal. The compiler keeps each literal's bytes as a field of one
/// type, and the runtime allows 65,535 fields in a type, so one literal per post capped a project near 65,000 posts;
/// posts are spread over <see cref="Naming.BucketCount"/> buckets by a hash of their path, so the number of literals
/// stays fixed while an edit still re-emits one bucket.
/// </summary>
internal static class BucketEmitter
{
    public static string Emit(PostBucket bucket, string ns)
    {
        var chunks = bucket.Chunks.Where(chunk => chunk.Error is null).ToList();
        var records = new System.Text.StringBuilder(chunks.Sum(chunk => chunk.Record.Length + 1));
        var writer = DataClass.Open(records.Capacity + (chunks.Count * 512) + 2048, ns, "the posts whose paths hash to bucket " + CSharpLiterals.Int32(bucket.Bucket), Naming.BucketClassName(bucket.Bucket));
        var start = 0;
        foreach (var chunk in chunks)
        {
            writer.WriteVerbatim(chunk.CodeBeforeStart + CSharpLiterals.Int32(start) + chunk.CodeAfterStart).WriteLine();
            records.Append(chunk.Record).Append('\n');
            start += PostRecordWriter.Utf8ByteCount(chunk.Record) + 1;
        }

        if (chunks.Any(chunk => chunk.UsesText))
        {
            writer
                .WriteLine("private static string Text(int start, int length) => global::" + ns + ".Post.Text(Records().Slice(start, length));")
                .WriteLine();
        }

        writer
            .WriteLine("/// <summary>")
            .WriteLine("/// The posts as data, one record after another, each read by <c>Post</c> from its start: slug, title, date, last")
            .WriteLine("/// modified, categories, tags, excerpt, excerpt HTML, words, minutes to read, headings, source path, front matter,")
            .WriteLine("/// the HTML (gzip, base64), then any texts of the typed front matter.")
            .WriteLine("/// </summary>");
        HtmlLiteral.Write(writer, "Records", records.ToString());
        return writer.CloseBlock().ToString();
    }
}
