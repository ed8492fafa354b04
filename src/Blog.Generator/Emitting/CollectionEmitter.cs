using System.Globalization;
using Blog.Generator.Models.Collections;

namespace Blog.Generator.Emitting;

/// <summary>Emits a collection's static class: a property per entry, <c>All</c> in slug order, and <c>FindBySlug</c>.</summary>
internal static class CollectionEmitter
{
    public static string HintName(CollectionIndex index) =>
        "Collection." + (index.Schema.Namespace.Length == 0 ? string.Empty : index.Schema.Namespace + ".") + index.Schema.ClassName + ".g.cs";

    public static string Emit(CollectionIndex index, string ns)
    {
        var schema = index.Schema;
        var entry = schema.TypeName;
        var writer = new SourceWriter().WriteFileHeader();
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

        foreach (var member in index.Members)
        {
            writer
                .WriteSummary("The entry " + member.RelativePath + ".")
                .WriteLine("public static " + entry + " " + member.MemberName + " => " + Naming.EntryDataClassFullName(ns, member.RelativePath) + ".Value;")
                .WriteLine();
        }

        writer
            .OpenBlock("private static readonly " + entry + "[] AllEntries =");
        foreach (var member in index.Members)
        {
            writer.WriteLine(member.MemberName + ",");
        }

        writer
            .CloseBlock(";")
            .WriteLine()
            .WriteLine("/// <summary>Every entry, ordered by slug.</summary>")
            .WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + entry + "> All { get; } = global::System.Array.AsReadOnly(AllEntries);")
            .WriteLine()
            .OpenBlock("private static readonly global::System.Collections.Generic.Dictionary<string, int> BySlug = new(global::System.StringComparer.Ordinal)");
        for (var i = 0; i < index.Members.Count; i++)
        {
            writer.WriteLine("[" + CSharpLiterals.String(index.Members[i].Slug) + "] = " + i.ToString(CultureInfo.InvariantCulture) + ",");
        }

        return writer
            .CloseBlock(";")
            .WriteLine()
            .WriteLine("/// <summary>The entry with this slug (its file name without <c>.md</c>, lowercase, URL-safe), or <see langword=\"null\"/>.</summary>")
            .WriteLine("public static " + entry + "? FindBySlug(string slug) => BySlug.TryGetValue(slug ?? throw new global::System.ArgumentNullException(nameof(slug)), out var position) ? AllEntries[position] : null;")
            .CloseBlock()
            .ToString();
    }
}
