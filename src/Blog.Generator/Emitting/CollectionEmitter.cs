using Blog.Generator.Models.Collections;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits a collection's static class: a property per entry, <c>All</c> in slug order, and <c>FindBySlug</c>, built on
/// first use and again after a hot-reload edit.
/// </summary>
internal static class CollectionEmitter
{
    public static string HintName(CollectionIndex index) =>
        "Collection." + (index.Schema.Namespace.Length == 0 ? string.Empty : index.Schema.Namespace + ".") + index.Schema.ClassName + ".g.cs";

    public static string Emit(CollectionIndex index, string ns)
    {
        var schema = index.Schema;
        var entry = schema.TypeName;
        var writer = new SourceWriter().WriteFileHeader()
            .WriteLine("#if NET6_0_OR_GREATER")
            .WriteLine("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::" + (schema.Namespace.Length == 0 ? string.Empty : schema.Namespace + ".") + schema.ClassName + ".HotReload))]")
            .WriteLine("#endif")
            .WriteLine();
        if (schema.Namespace.Length > 0)
        {
            writer.WriteLine("namespace " + schema.Namespace + ";").WriteLine();
        }

        writer
            .WriteLine("/// <summary>")
            .WriteLine("/// The " + schema.ClassName + " collection: each Markdown file in <c>" + CSharpLiterals.XmlDocText(schema.Directory) + "/</c> as a")
            .WriteLine("/// <see cref=\"" + entry + "\"/>, checked against it at compile time.")
            .WriteLine("/// </summary>")
            .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
            .OpenBlock((schema.IsPublic ? "public" : "internal") + " static partial class " + schema.ClassName);

        for (var position = 0; position < index.Members.Count; position++)
        {
            var member = index.Members[position];
            writer
                .WriteSummary("The entry " + member.RelativePath + ".")
                .WriteLine("public static " + entry + " " + member.MemberName + " => Built.Entries[" + CSharpLiterals.Int32(position) + "];")
                .WriteLine();
        }

        // Built on first use from each entry's Value, and dropped by HotReload after an edit, as Posts is: a static
        // field initialiser is never run again by hot reload.
        writer
            .WriteLine("/// <summary>Every entry, ordered by slug.</summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + entry + "> All => Built.All;")
            .WriteLine()
            .WriteLine("/// <summary>The entry with this slug (its file name without <c>.md</c>, lowercase, URL-safe), or <see langword=\"null\"/>.</summary>")
            .OpenBlock("public static " + entry + "? FindBySlug(string slug)")
            .WriteLine("var built = Built;")
            .WriteLine("return built.BySlug.TryGetValue(slug ?? throw new global::System.ArgumentNullException(nameof(slug)), out var position) ? built.Entries[position] : null;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("private static BuiltEntries? built;")
            .WriteLine()
            .OpenBlock("private static BuiltEntries Built")
            .OpenBlock("get")
            .WriteLine("var current = built;")
            .WriteLine("if (current is null)")
            .OpenBlock()
            .WriteLine("var made = new BuiltEntries(CreateAll());")
            .WriteLine("current = global::System.Threading.Interlocked.CompareExchange(ref built, made, null) ?? made;")
            .CloseBlock()
            .WriteLine()
            .WriteLine("return current;")
            .CloseBlock()
            .CloseBlock()
            .WriteLine();
        if (index.Members.Count == 0)
        {
            writer.WriteLine("private static " + entry + "[] CreateAll() => global::System.Array.Empty<" + entry + ">();");
        }
        else
        {
            writer.WriteLine("private static " + entry + "[] CreateAll() => new " + entry + "[]").OpenBlock();
            foreach (var member in index.Members)
            {
                writer.WriteLine(Naming.EntryDataClassFullName(ns, member.RelativePath) + ".Value,");
            }

            writer.CloseBlock(";");
        }

        writer
            .WriteLine()
            .WriteLine("/// <summary>Called by hot reload (<c>dotnet watch</c>, Visual Studio) after it applies an edit: the entries are built again on next use.</summary>")
            .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .OpenBlock("internal static class HotReload")
            .WriteLine("/// <summary>Drops the built entries.</summary>")
            .WriteLine("/// <param name=\"updatedTypes\">The types the edit changed; the entries are dropped whichever they are.</param>")
            .OpenBlock("public static void ClearCache(global::System.Type[]? updatedTypes)")
            .WriteLine("built = null;");
        foreach (var member in index.Members)
        {
            writer.WriteLine(Naming.EntryDataClassFullName(ns, member.RelativePath) + ".Clear();");
        }

        writer
            .CloseBlock()
            .CloseBlock()
            .WriteLine()
            .OpenBlock("private sealed class BuiltEntries")
            .OpenBlock("public BuiltEntries(" + entry + "[] entries)")
            .WriteLine("Entries = entries;")
            .WriteLine("All = global::System.Array.AsReadOnly(entries);")
            .WriteLine("BySlug = new global::System.Collections.Generic.Dictionary<string, int>(entries.Length, global::System.StringComparer.Ordinal);")
            .WriteLine("for (var i = 0; i < entries.Length; i++)")
            .OpenBlock()
            .WriteLine("BySlug[entries[i].Slug] = i;")
            .CloseBlock()
            .CloseBlock()
            .WriteLine()
            .WriteLine("public " + entry + "[] Entries { get; }")
            .WriteLine()
            .WriteLine("public global::System.Collections.Generic.IReadOnlyList<" + entry + "> All { get; }")
            .WriteLine()
            .WriteLine("public global::System.Collections.Generic.Dictionary<string, int> BySlug { get; }")
            .CloseBlock();

        return writer
            .CloseBlock()
            .ToString();
    }
}
