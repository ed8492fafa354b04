using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Blog.Generator.Models;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one bucket of posts: an internal class in <see cref="Naming.DataNamespace"/> whose <c>Create()</c> builds
/// the bucket's posts, in path order, from their records. A record is read in a loop, so a post adds no code, only
/// data; a post with typed front matter adds the statement that builds its object.
/// </summary>
/// <remarks>
/// Records are one string literal per bucket while the project's posts fit <c>BlogMaxStringData</c>
/// (<see cref="StringBudget"/>), else UTF-8 literals of about <see cref="PostBucket.PieceBytes"/> each: the compiler
/// lowers a UTF-8 literal to one bound node per byte and keeps a method's nodes until the method is emitted, so one
/// literal of a whole bucket, 250 KB at 10,000 posts, made csc peak at 3.1 GB (8 KB pieces: 1.4 GB). Each UTF-8
/// literal is a field of one type, where the runtime allows 65,535, so <see cref="BucketBuilder"/> sizes the pieces to
/// keep them under about 40,000.
/// </remarks>
internal static class BucketEmitter
{
    public static string Emit(PostBucket bucket, string ns)
    {
        var post = "global::" + ns + ".Post";
        var chunks = bucket.Chunks.Where(chunk => chunk.Error is null).ToList();
        var pieces = Pack(chunks, bucket.AsString ? int.MaxValue : bucket.PieceBytes);
        if (pieces.Count == 0 && bucket.KeepWhenEmpty)
        {
            // A bucket emptied under hot reload keeps its class, its records method and the fields it caches in, with
            // no records: hot reload cannot delete a class (ENC0033) or a field, and would restart the app.
            pieces.Add(new List<PostChunk>());
        }

        var writer = DataClass.Open(chunks.Sum(chunk => chunk.Record.Length + 64) + 2048, ns, "the posts whose paths hash to bucket " + CSharpLiterals.Int32(bucket.Bucket), Naming.BucketClassName(bucket.Bucket))
            .WriteLine("/// <summary>Builds the bucket's posts from their records, in the order of their paths.</summary>")
            .OpenBlock("internal static " + post + "[] Create()")
            .WriteLine("var posts = " + (chunks.Count == 0 ? "global::System.Array.Empty<" + post + ">()" : "new " + post + "[" + CSharpLiterals.Int32(chunks.Count) + "]") + ";")
            .WriteLine("var count = 0;");

        var records = new List<string>(pieces.Count);
        var typed = new StringBuilder();
        var ordinal = 0;
        foreach (var piece in pieces)
        {
            var name = RecordsName(records.Count);
            writer.WriteLine("global::" + ns + ".PostRecordReader.ReadAll(" + name + "(), posts, ref count);");
            var text = new StringBuilder(piece.Sum(chunk => chunk.Record.Length + BucketBuilder.RecordFraming));
            var start = 0;
            foreach (var chunk in piece)
            {
                // The record's header: p for a post the loop reads, t for one built by its own code; its UTF-8 length.
                var header = (chunk.IsTyped ? "t" : "p") + chunk.RecordLength.ToString(CultureInfo.InvariantCulture) + ":";
                start += header.Length;
                if (chunk.IsTyped)
                {
                    AppendCode(typed, chunk, name, start, ordinal);
                }

                text.Append(header).Append(chunk.Record).Append('\n');
                start += chunk.RecordLength + 1;
                ordinal++;
            }

            records.Add(text.ToString());
        }

        if (typed.Length > 0)
        {
            writer.WriteLine().WriteVerbatim(typed.ToString()).WriteLine();
        }

        writer
            .WriteLine("return posts;")
            .CloseBlock();

        writer
            .WriteLine()
            .WriteLine("// The posts as data, one record after another: p (or t, for a post built by its code above) and the record's")
            .WriteLine("// length, then its slug, title, date, last modified, categories, tags, excerpt, excerpt HTML, words, minutes")
            .WriteLine("// to read, headings, source path, front matter, the HTML (gzip, base64), and any texts of the typed front matter.");
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
    /// stands alone).
    /// </summary>
    private static List<List<PostChunk>> Pack(List<PostChunk> chunks, int pieceBytes)
    {
        var pieces = new List<List<PostChunk>>();
        var bytes = 0L;
        foreach (var chunk in chunks)
        {
            if (pieces.Count == 0 || (bytes > 0 && bytes + chunk.RecordLength + BucketBuilder.RecordFraming > pieceBytes))
            {
                pieces.Add(new List<PostChunk>());
                bytes = 0;
            }

            pieces[pieces.Count - 1].Add(chunk);
            bytes += chunk.RecordLength + BucketBuilder.RecordFraming;
        }

        return pieces;
    }

    private static void AppendCode(StringBuilder code, PostChunk chunk, string records, int start, int ordinal)
    {
        if (code.Length > 0)
        {
            code.Append('\n');
        }

        for (var i = 0; i < chunk.Code.Count; i++)
        {
            code.Append((i % 2, chunk.Code[i]) switch
            {
                (0, var text) => text,
                (_, ChunkHoles.Start) => CSharpLiterals.Int32(start),
                (_, ChunkHoles.Records) => records,
                (_, ChunkHoles.Ordinal) => CSharpLiterals.Int32(ordinal),
                (_, var hole) => throw new System.InvalidOperationException("Unknown hole in a post's code: " + hole),
            });
        }
    }

    private static string RecordsName(int piece) => "Records" + CSharpLiterals.Int32(piece);

    /// <summary>
    /// The records as a string literal, encoded to UTF-8 when first read, and again only when hot reload has replaced
    /// the literal. A string literal is also what hot reload needs: each edit of a method holding a UTF-8 literal adds a
    /// FieldRVA row, and .NET 10's runtime (10.0.12 and 10.0.15 here) fails to find rows an update adds once the table
    /// holds 25 (dotnet/runtime#131752: "The assembly update failed" from the second edit on). A string adds none.
    /// </summary>
    private static void WriteStringRecords(SourceWriter writer, string ns, string name, string records)
    {
        writer
            .WriteLine("private static string? " + CamelCase(name) + "Text;")
            .WriteLine("private static byte[]? " + CamelCase(name) + "Utf8;")
            .WriteLine()
            .OpenBlock("private static global::System.ReadOnlySpan<byte> " + name + "()");
        if (records.Length > 0 && CSharpLiterals.CanBeRawUtf8(records))
        {
            writer.WriteLine("var text =").WriteRawStringLiteral(records, ";");
        }
        else
        {
            writer.WriteLine("var text = " + CSharpLiterals.String(records) + ";");
        }

        // No lambda in a method re-emitted by every edit, so an edit never touches a closure class: the decoding lambda
        // lives in PostRecordReader, which does not change.
        writer
            .WriteLine("return global::" + ns + ".PostRecordReader.DecodedUtf8(text, ref " + CamelCase(name) + "Text, ref " + CamelCase(name) + "Utf8);")
            .CloseBlock();
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
