using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Storage;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one bucket of posts: a part of <c>PostBuckets</c> whose method builds the bucket's posts, in path order, from
/// their records. A record is read in a loop, so a post adds no code, only data; a post with typed front matter adds
/// the statement that builds its object.
/// </summary>
/// <remarks>
/// Records are one string literal per bucket while the project's posts fit <c>BlogMaxStringData</c>
/// (<see cref="StringBudget"/>), else UTF-8 literals of about <see cref="PostBucket.PieceBytes"/> each: the compiler
/// lowers a UTF-8 literal to one bound node per byte and keeps a method's nodes until the method is emitted, so one
/// literal of a whole bucket, 250 KB at 10,000 posts, made csc peak at 3.1 GB (8 KB pieces: 1.4 GB). A string literal is
/// also what hot reload needs: each edit of a method holding a UTF-8 literal adds a FieldRVA row, and .NET 10's runtime
/// fails to find rows an update adds once the table holds 25 (dotnet/runtime#131752).
/// </remarks>
internal static class BucketEmitter
{
    /// <summary>How many of a bucket's paths its summary names; the rest are counted.</summary>
    private const int NamedPaths = 5;

    /// <summary>Whether the bucket gets a file: when it holds a post that was stored.</summary>
    public static bool HasPosts(PostBucket bucket) => bucket.Records.Any(record => record.Error is null);

    public static string Emit(PostBucket bucket, string ns)
    {
        var post = "global::" + ns + ".Post";
        var records = bucket.Records.Where(record => record.Error is null).ToList();
        var pieces = Pack(records, bucket.AsString ? int.MaxValue : bucket.PieceBytes);
        var method = GeneratedNames.BucketMethod(bucket.Number);
        var number = CSharpLiterals.Int32(bucket.Number);
        var writer = new SourceWriter(records.Sum(record => record.Text.Length + 64) + 4096)
            .WriteFileHeader("bucket " + number + " of the posts, " + Paths(records))
            .WriteLine("namespace " + GeneratedNames.InternalNamespace + ";")
            .WriteLine()
            .OpenBlock("partial class PostBuckets")
            .WriteSummary("Builds the posts whose paths hash to bucket " + number + ", in path order: " + Paths(records) + ".")
            .OpenBlock("internal static " + post + "[] " + method + "()")
            .WriteLine("var posts = new " + post + "[" + CSharpLiterals.Int32(records.Count) + "];")
            .WriteLine("var count = 0;");

        var typed = new List<(PostRecord Record, int Piece, int Start, int Ordinal)>();
        var texts = new List<string>(pieces.Count);
        var ordinal = 0;
        for (var piece = 0; piece < pieces.Count; piece++)
        {
            var text = new StringBuilder(pieces[piece].Sum(record => record.Text.Length + BucketBuilder.RecordFraming));
            var start = 0;
            foreach (var record in pieces[piece])
            {
                // The record's header: p for a post the loop reads, t for one built by its own code; its UTF-8 length.
                var header = (record.IsTyped ? "t" : "p") + record.Utf8Length.ToString(CultureInfo.InvariantCulture) + ":";
                start += header.Length;
                if (record.IsTyped)
                {
                    typed.Add((record, piece, start, ordinal));
                }

                text.Append(header).Append(record.Text).Append('\n');
                start += record.Utf8Length + 1;
                ordinal++;
            }

            texts.Add(text.ToString());
            var recordsMethod = GeneratedNames.RecordsMethod(bucket.Number, piece);
            if (pieces[piece].Any(record => record.IsTyped))
            {
                writer
                    .WriteLine("var " + RecordsLocal(piece) + " = " + recordsMethod + "();")
                    .WriteLine("PostRecordReader.ReadAll(" + RecordsLocal(piece) + ", posts, ref count);");
            }
            else
            {
                writer.WriteLine("PostRecordReader.ReadAll(" + recordsMethod + "(), posts, ref count);");
            }
        }

        foreach (var (record, piece, start, at) in typed)
        {
            WriteTypedPost(writer, record, ns, RecordsLocal(piece), start, at);
        }

        writer
            .WriteLine()
            .WriteLine("return posts;")
            .CloseBlock()
            .WriteLine()
            .WriteBlock("""
                // The posts as data, one record after another: p (or t, for a post built by its code above) and the record's
                // length, then its slug, title, date, last modified, categories, tags, excerpt, excerpt HTML, words, minutes
                // to read, headings, source path, front matter, cover image, files used, the HTML (gzip, base64), and any
                // texts of the typed front matter.
                """);
        for (var piece = 0; piece < texts.Count; piece++)
        {
            if (piece > 0)
            {
                writer.WriteLine();
            }

            WriteRecords(writer, GeneratedNames.RecordsMethod(bucket.Number, piece), texts[piece], bucket.AsString);
        }

        return writer.CloseBlock().ToString();
    }

    /// <summary>The bucket's paths for its header and summary: the first few, then how many more.</summary>
    private static string Paths(List<PostRecord> records)
    {
        var named = string.Join(", ", records.Take(NamedPaths).Select(record => record.RelativePath));
        return records.Count <= NamedPaths ? named : named + " and " + CSharpLiterals.Int32(records.Count - NamedPaths) + " more";
    }

    /// <summary>
    /// Splits a bucket's posts, in order, into literals of about <paramref name="pieceBytes"/> (a longer record
    /// stands alone).
    /// </summary>
    private static List<List<PostRecord>> Pack(List<PostRecord> records, int pieceBytes)
    {
        var pieces = new List<List<PostRecord>>();
        var bytes = 0L;
        foreach (var record in records)
        {
            if (pieces.Count == 0 || (bytes > 0 && bytes + record.Utf8Length + BucketBuilder.RecordFraming > pieceBytes))
            {
                pieces.Add(new List<PostRecord>());
                bytes = 0;
            }

            pieces[pieces.Count - 1].Add(record);
            bytes += record.Utf8Length + BucketBuilder.RecordFraming;
        }

        return pieces;
    }

    /// <summary>
    /// The statement that builds a post with typed front matter: its record read as any other's, and its data as an
    /// object initialiser whose texts are read from the record by their place, not written as string literals.
    /// </summary>
    private static void WriteTypedPost(SourceWriter writer, PostRecord record, string ns, string records, int start, int ordinal)
    {
        var post = "global::" + ns + ".Post";
        var texts = record.DataTexts.ToDictionary(text => text.Value, System.StringComparer.Ordinal);
        string Text(string value)
        {
            var stored = texts[value];
            return post + ".Text(" + records + ".Slice(" + CSharpLiterals.Int32(start + stored.Start) + ", " + CSharpLiterals.Int32(stored.Length) + "))";
        }

        writer
            .WriteLine()
            .WriteLine("// " + CSharpLiterals.CommentText(record.RelativePath) + ", with its typed front matter.")
            .WriteLine("posts[" + CSharpLiterals.Int32(ordinal) + "] = new " + post + "(" + records + ".Slice(" + CSharpLiterals.Int32(start) + ", " + CSharpLiterals.Int32(record.Utf8Length) + "))")
            .OpenBlock();
        BoundValueWriter.WriteProperties(writer, new[] { new BoundProperty("Data", record.Data!) }.ToEquatableArray(), Text, "global::" + ns + ".PostImage");
        writer.CloseBlock(";");
    }

    private static string RecordsLocal(int piece) => "records" + CSharpLiterals.Int32(piece);

    /// <summary>
    /// A piece of the records: a string literal, encoded to UTF-8 when the bucket is built, while the posts fit the
    /// string budget; else a UTF-8 literal. Raw, and indented with the method, when the text allows it.
    /// </summary>
    private static void WriteRecords(SourceWriter writer, string name, string text, bool asString)
    {
        var signature = "private static global::System.ReadOnlySpan<byte> " + name + "() =>";
        if (asString)
        {
            const string Encode = " global::System.Text.Encoding.UTF8.GetBytes(";
            if (CSharpLiterals.CanBeRaw(text))
            {
                writer.WriteRawLiteral(signature + Encode, text, ");");
            }
            else
            {
                writer.WriteLine(signature).Indent().WriteLine(Encode.TrimStart() + CSharpLiterals.String(text) + ");").Unindent();
            }
        }
        else if (CSharpLiterals.CanBeRaw(text))
        {
            writer.WriteRawLiteral(signature, text, "u8;");
        }
        else
        {
            writer.WriteLine(signature).Indent().WriteUtf8LiteralLine(string.Empty, text, 0, text.Length, ";").Unindent();
        }
    }
}
