using Blog.Generator.Models.Collections;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits one collection entry's file: a class in <see cref="Naming.DataNamespace"/> holding the entry, built on first
/// use, with its body as one UTF-8 literal, as a post's is.
/// </summary>
internal static class EntryEmitter
{
    public static string Emit(EntryModel entry, string ns)
    {
        var writer = DataClass.Open(entry.Html.Length + (entry.Html.Length / 8) + 2048, ns, entry.RelativePath, Naming.EntryDataClassName(entry.RelativePath))
            .WriteSummary(entry.RelativePath)
            .WriteLine("internal static readonly " + entry.CollectionTypeName + " Value = new " + entry.CollectionTypeName + "()")
            .OpenBlock();
        BoundValueWriter.WriteProperties(writer, entry.Data, ns);
        writer
            .WriteLine("Slug = " + CSharpLiterals.String(entry.Slug) + ",")
            .WriteLine("SourcePath = " + CSharpLiterals.String(entry.RelativePath) + ",")
            .WriteLine(SchemaMembersEmitter.HtmlSourceMember + " = Html,")
            .CloseBlock(";")
            .WriteLine();
        HtmlLiteral.Write(writer, "Html", entry.Html);
        return writer.CloseBlock().ToString();
    }
}
