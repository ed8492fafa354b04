using Blog.Generator.Models.Collections;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one collection entry's file: a class in <see cref="Naming.DataNamespace"/> whose <c>Value</c> builds the
/// entry on first use, with its body as one UTF-8 literal. Built by a method rather than a static field initialiser,
/// so that hot reload can run it again after an edit (the collection's <c>HotReload</c> calls <c>Clear()</c>).
/// </summary>
internal static class EntryEmitter
{
    public static string Emit(EntryModel entry, string ns, bool storeForHotReload)
    {
        var type = entry.CollectionTypeName;
        var writer = DataClass.Open(entry.Html.Length + (entry.Html.Length / 8) + 2048, ns, entry.RelativePath, Naming.EntryDataClassName(entry.RelativePath))
            .WriteLine("private static " + type + "? value;")
            .WriteLine()
            // One instance, shared by the collection's members and every reference to the entry; built on first use
            // (an entry may refer to others, which are built then) and dropped by the collection's HotReload.
            .WriteSummary(entry.RelativePath + ", built on first use.")
            .OpenBlock("internal static " + type + " Value")
            .OpenBlock("get")
            .WriteLine("var current = value;")
            .WriteLine("if (current is null)")
            .OpenBlock()
            .WriteLine("var made = Create();")
            .WriteLine("current = global::System.Threading.Interlocked.CompareExchange(ref value, made, null) ?? made;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return current;")
            .CloseBlock()
            .CloseBlock()
            .WriteLine()
            .WriteLine("/// <summary>Drops the built entry, after a hot-reload edit.</summary>")
            .WriteLine("internal static void Clear() => value = null;")
            .WriteLine()
            .WriteLine("private static " + type + " Create() => new " + type + "()")
            .OpenBlock();
        BoundValueWriter.WriteProperties(writer, entry.Data, ns);
        writer
            .WriteLine("Slug = " + CSharpLiterals.String(entry.Slug) + ",")
            .WriteLine("SourcePath = " + CSharpLiterals.String(entry.RelativePath) + ",")
            .WriteLine(SchemaMembersEmitter.HtmlSourceMember + " = Html,")
            .CloseBlock(";")
            .WriteLine();
        if (storeForHotReload)
        {
            // As a bucket's records are under hot reload (BucketEmitter): a UTF-8 literal breaks .NET 10's updates.
            writer
                .WriteLine("private static string? htmlText;")
                .WriteLine("private static byte[]? htmlUtf8;")
                .WriteLine()
                .OpenBlock("private static global::System.ReadOnlySpan<byte> Html()")
                .WriteLine("var text = " + CSharpLiterals.String(entry.Html) + ";")
                .WriteLine("return global::" + ns + ".PostRecordReader.DecodedUtf8(text, ref htmlText, ref htmlUtf8);")
                .CloseBlock();
        }
        else
        {
            HtmlLiteral.Write(writer, "Html", entry.Html);
        }

        return writer.CloseBlock().ToString();
    }
}
