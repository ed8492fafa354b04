using Blog.Generator.Models.Collections;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one collection entry's file: an internal class whose <c>Value</c> builds the entry on first use, with its
/// body as one literal. Built by a method rather than a static field initialiser, so that hot reload can run it again
/// after an edit (the collection's <c>HotReload</c> calls <c>Clear()</c>).
/// </summary>
internal static class EntryEmitter
{
    public static string Emit(EntryModel entry, bool storeForHotReload)
    {
        var type = entry.CollectionTypeName;
        var writer = new SourceWriter(entry.Html.Length + (entry.Html.Length / 8) + 4096)
            .WriteFileHeader("the entry " + entry.RelativePath + " of a collection")
            .WriteLine("namespace " + GeneratedNames.InternalNamespace + ";")
            .WriteLine()
            .WriteSummary("The data of " + entry.RelativePath + ".")
            .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .OpenBlock("internal static class " + GeneratedNames.EntryDataClass(entry.RelativePath))
            // One instance, shared by the collection's members and every reference to the entry; built on first use
            // (an entry may refer to others, which are built then) and dropped by the collection's HotReload.
            .WriteLine("private static " + type + "? value;")
            .WriteLine()
            .WriteSummary(entry.RelativePath + ", built on first use.")
            .WriteBlock($$"""
                internal static {{type}} Value
                {
                    get
                    {
                        var current = value;
                        if (current is null)
                        {
                            var made = Create();
                            current = global::System.Threading.Interlocked.CompareExchange(ref value, made, null) ?? made;
                        }

                        return current;
                    }
                }

                /// <summary>Drops the built entry, after a hot-reload edit.</summary>
                internal static void Clear() => value = null;

                private static {{type}} Create() => new {{type}}()
                """)
            .OpenBlock();
        BoundValueWriter.WriteProperties(writer, entry.Data);
        writer
            .WriteLine("Slug = " + CSharpLiterals.String(entry.Slug) + ",")
            .WriteLine("SourcePath = " + CSharpLiterals.String(entry.RelativePath) + ",")
            .WriteLine(SchemaMembersEmitter.HtmlSourceMember + " = Html(),")
            .CloseBlock(";")
            .WriteLine();
        WriteHtml(writer, entry.Html, storeForHotReload);
        return writer.CloseBlock().ToString();
    }

    /// <summary>
    /// The body: a UTF-8 literal, or under hot reload a string literal encoded when the entry is built, as a bucket's
    /// records are (<see cref="BucketEmitter"/>): a UTF-8 literal breaks .NET 10's updates. Raw, and indented with the
    /// method, when the HTML allows it.
    /// </summary>
    private static void WriteHtml(SourceWriter writer, string html, bool asString)
    {
        const string Signature = "private static global::System.ReadOnlySpan<byte> Html() =>";
        if (html.Length == 0)
        {
            writer.WriteLine(Signature + " global::System.ReadOnlySpan<byte>.Empty;");
        }
        else if (asString && CSharpLiterals.CanBeRaw(html))
        {
            writer.WriteRawLiteral(Signature + " global::System.Text.Encoding.UTF8.GetBytes(", html, ");");
        }
        else if (asString)
        {
            writer.WriteLine(Signature).Indent().WriteLine("global::System.Text.Encoding.UTF8.GetBytes(" + CSharpLiterals.String(html) + ");").Unindent();
        }
        else if (CSharpLiterals.CanBeRaw(html))
        {
            writer.WriteRawLiteral(Signature, html, "u8;");
        }
        else
        {
            writer.WriteLine(Signature).Indent().WriteUtf8LiteralLine(string.Empty, html, 0, html.Length, ";").Unindent();
        }
    }
}
