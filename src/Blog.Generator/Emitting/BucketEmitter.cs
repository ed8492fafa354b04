using System.Collections.Generic;
using System.Linq;
using System.Text;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one bucket of posts: an internal class in <see cref="Naming.DataNamespace"/> with each post's <c>Create</c>
/// method and their records in UTF-8 literals of about <see cref="PostBucket.PieceBytes"/> each. The compiler keeps
/// each literal's bytes as a field of one type, and the runtime allows 65,535 fields in a type, so one literal per
/// post capped a project near 65,000 posts; <see cref="BucketBuilder"/> sizes the pieces so that there are at most
/// about 40,000, while an edit still re-emits one bucket.
/// </summary>
internal static class BucketEmitter
{
    public static string Emit(PostBucket bucket, string ns)
    {
        var chunks = bucket.Chunks.Where(chunk => chunk.Error is null).ToList();
        var pieces = Pack(chunks, bucket.AsString ? int.MaxValue : bucket.PieceBytes);
        var writer = DataClass.Open(chunks.Sum(chunk => chunk.Record.Length + 512) + 2048, ns, "the posts whose paths hash to bucket " + CSharpLiterals.Int32(bucket.Bucket), Naming.BucketClassName(bucket.Bucket));
        var records = new List<string>(pieces.Count);
        foreach (var piece in pieces)
        {
            var name = RecordsName(records.Count);
            var text = new StringBuilder(piece.Sum(chunk => chunk.Record.Length + 1));
            var start = 0;
            foreach (var chunk in piece)
            {
                WriteCode(writer, chunk, name, start);
                text.Append(chunk.Record).Append('\n');
                start += chunk.RecordLength + 1;
            }

            records.Add(text.ToString());
        }

        if (records.Count == 0 && bucket.AsString)
        {
            // A bucket emptied under hot reload keeps its records method and the fields it caches in, with no records:
            // hot reload cannot delete a field (ENC0033) any more than a class (see PostsGenerator).
            records.Add(string.Empty);
        }

        if (records.Count == 0)
        {
            // Kept only under hot reload (see PostsGenerator): a class with no posts, and so no records.
            return writer.CloseBlock().ToString();
        }

        if (chunks.Any(chunk => chunk.UsesText))
        {
            writer
                .WriteLine("private static string Text(global::" + ns + ".Post.Utf8Html records, int start, int length) => global::" + ns + ".Post.Text(records().Slice(start, length));")
                .WriteLine();
        }

        writer
            .WriteLine("// The posts as data, one record after another, each read by Post from its start: slug, title, date, last")
            .WriteLine("// modified, categories, tags, excerpt, excerpt HTML, words, minutes to read, headings, source path, front matter,")
            .WriteLine("// the HTML (gzip, base64), then any texts of the typed front matter.");
        for (var piece = 0; piece < records.Count; piece++)
        {
            if (piece > 0)
            {
                writer.WriteLine();
            }

            if (bucket.AsString)
            {
                WriteStringRecords(writer, ns, RecordsName(piece), records[piece]);
            }
            else
            {
                HtmlLiteral.Write(writer, RecordsName(piece), records[piece]);
            }
        }

        return writer.CloseBlock().ToString();
    }

    /// <summary>
    /// Splits a bucket's posts, in order, into literals of about <paramref name="pieceBytes"/> (a longer record
    /// stands alone). The compiler lowers a UTF-8 literal to one bound node per byte and keeps a method's nodes until
    /// the method is emitted: one literal of a whole bucket, 250 KB at 10,000 posts, made csc peak at 3.1 GB; pieces of
    /// 8 KB, 1.4 GB (README, Performance).
    /// </summary>
    private static List<List<PostChunk>> Pack(List<PostChunk> chunks, int pieceBytes)
    {
        var pieces = new List<List<PostChunk>>();
        var bytes = 0L;
        foreach (var chunk in chunks)
        {
            if (pieces.Count == 0 || (bytes > 0 && bytes + chunk.RecordLength + 1 > pieceBytes))
            {
                pieces.Add(new List<PostChunk>());
                bytes = 0;
            }

            pieces[pieces.Count - 1].Add(chunk);
            bytes += chunk.RecordLength + 1;
        }

        return pieces;
    }

    private static void WriteCode(SourceWriter writer, PostChunk chunk, string records, int start)
    {
        var code = new StringBuilder();
        for (var i = 0; i < chunk.Code.Count; i++)
        {
            code.Append((i % 2, chunk.Code[i]) switch
            {
                (0, var text) => text,
                (_, ChunkHoles.Start) => CSharpLiterals.Int32(start),
                (_, ChunkHoles.Records) => records,
                (_, var hole) => throw new System.InvalidOperationException("Unknown hole in a post's code: " + hole),
            });
        }

        writer.WriteVerbatim(code.ToString()).WriteLine();
    }

    private static string RecordsName(int piece) => "Records" + CSharpLiterals.Int32(piece);

    /// <summary>
    /// The records as a string literal, encoded to UTF-8 when first read and again when hot reload has replaced the
    /// literal. Under hot reload a UTF-8 literal breaks: each edit of a method holding one adds a FieldRVA row, and
    /// .NET 10's runtime (10.0.12 and 10.0.15 here) fails to find rows an update adds once the table holds 25
    /// (dotnet/runtime#131752: "The assembly update failed" from the second edit on). A string literal adds none.
    /// </summary>
    private static void WriteStringRecords(SourceWriter writer, string ns, string name, string records) => writer
        .WriteLine("private static string? " + CamelCase(name) + "Text;")
        .WriteLine("private static byte[]? " + CamelCase(name) + "Utf8;")
        .WriteLine()
        .OpenBlock("private static global::System.ReadOnlySpan<byte> " + name + "()")
        .WriteLine("// A string literal while hot reload is on (BlogStoreForHotReload): the README's Hot reload section says why.")
        .WriteLine("var text = " + CSharpLiterals.String(records) + ";")
        // No lambda in a method re-emitted by every edit, so an edit never touches a closure class: the decoding lambda
        // lives in PostRecordReader, which does not change.
        .WriteLine("return global::" + ns + ".PostRecordReader.DecodedUtf8(text, ref " + CamelCase(name) + "Text, ref " + CamelCase(name) + "Utf8);")
        .CloseBlock();

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
