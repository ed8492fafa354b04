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
            start += chunk.RecordLength + 1;
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
        if (bucket.AsString)
        {
            WriteStringRecords(writer, ns, records.ToString());
        }
        else
        {
            HtmlLiteral.Write(writer, "Records", records.ToString());
        }

        return writer.CloseBlock().ToString();
    }

    /// <summary>
    /// The records as a string literal, encoded to UTF-8 when first read and again when hot reload has replaced the
    /// literal. Under hot reload a UTF-8 literal breaks: each edit of a method holding one adds a FieldRVA row, and
    /// .NET 10's runtime (10.0.12 and 10.0.15 here) fails to find rows an update adds once the table holds 25
    /// (dotnet/runtime#131752: "The assembly update failed" from the second edit on). A string literal adds none.
    /// </summary>
    private static void WriteStringRecords(SourceWriter writer, string ns, string records) => writer
        .WriteLine("private static string? recordsText;")
        .WriteLine("private static byte[]? recordsUtf8;")
        .WriteLine()
        .OpenBlock("private static global::System.ReadOnlySpan<byte> Records()")
        .WriteLine("// A string literal while hot reload is on (BlogStoreForHotReload): the README's Hot reload section says why.")
        .WriteLine("var text = " + CSharpLiterals.String(records) + ";")
        .WriteLine("return global::" + ns + ".PostRecordReader.Decoded(text, ref recordsText, ref recordsUtf8, static literal => global::System.Text.Encoding.UTF8.GetBytes(literal));")
        .CloseBlock();
}
