using Blog.Generator.Models.Collections;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits a collection's static class: a property per entry, <c>All</c> in slug order, and <c>FindBySlug</c>, built on
/// first use and again after a hot-reload edit.
/// </summary>
internal static class CollectionEmitter
{
    public static string Emit(CollectionIndex index)
    {
        var schema = index.Schema;
        var entry = schema.TypeName;
        var list = "global::System.Collections.Generic.IReadOnlyList<" + entry + ">";
        var qualified = (schema.Namespace.Length == 0 ? string.Empty : schema.Namespace + ".") + schema.ClassName;
        var writer = new SourceWriter()
            .WriteFileHeader("the " + schema.ClassName + " collection, the entries in " + schema.Directory + "/")
            .WriteBlock($$"""
                #if NET6_0_OR_GREATER
                [assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::{{qualified}}.HotReload))]
                #endif

                """);
        if (schema.Namespace.Length > 0)
        {
            writer.WriteLine("namespace " + schema.Namespace + ";").WriteLine();
        }

        writer
            .WriteBlock($$"""
                /// <summary>
                /// The {{schema.ClassName}} collection: each Markdown file in <c>{{CSharpLiterals.XmlDocText(schema.Directory)}}/</c> as a
                /// <see cref="{{entry}}"/>, checked against it at compile time.
                /// </summary>
                {{ThisAssembly.GeneratedCodeAttribute}}
                """)
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
        writer.WriteBlock($$"""
            /// <summary>Every entry, ordered by slug.</summary>
            public static {{list}} All => Built.All;

            /// <summary>
            /// The entry with this slug (its file name without <c>.md</c>, lowercase, URL-safe), or <see langword="null"/>.
            /// </summary>
            public static {{entry}}? FindBySlug(string slug)
            {
                if (slug is null)
                {
                    throw new global::System.ArgumentNullException(nameof(slug));
                }

                var built = Built;
                return built.BySlug.TryGetValue(slug, out var position) ? built.Entries[position] : null;
            }

            private static BuiltEntries? built;

            private static BuiltEntries Built
            {
                get
                {
                    var current = built;
                    if (current is null)
                    {
                        var made = new BuiltEntries(CreateAll());
                        current = global::System.Threading.Interlocked.CompareExchange(ref built, made, null) ?? made;
                    }

                    return current;
                }
            }

            """);
        if (index.Members.Count == 0)
        {
            writer.WriteLine("private static " + entry + "[] CreateAll() => global::System.Array.Empty<" + entry + ">();");
        }
        else
        {
            writer.WriteLine("private static " + entry + "[] CreateAll() => new " + entry + "[]").OpenBlock();
            foreach (var member in index.Members)
            {
                writer.WriteLine(GeneratedNames.EntryDataClassFullName(member.RelativePath) + ".Value,");
            }

            writer.CloseBlock(";");
        }

        writer
            .WriteBlock("""

                /// <summary>
                /// Called by hot reload (<c>dotnet watch</c>, Visual Studio) after it applies an edit: the entries are built
                /// again on next use.
                /// </summary>
                [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                internal static class HotReload
                {
                    /// <summary>Drops the built entries.</summary>
                    /// <param name="updatedTypes">The types the edit changed; the entries are dropped whichever they are.</param>
                    public static void ClearCache(global::System.Type[]? updatedTypes)
                    {
                        built = null;
                """)
            .Indent()
            .Indent();
        foreach (var member in index.Members)
        {
            writer.WriteLine(GeneratedNames.EntryDataClassFullName(member.RelativePath) + ".Clear();");
        }

        return writer
            .Unindent()
            .Unindent()
            .WriteBlock($$"""
                    }
                }

                private sealed class BuiltEntries
                {
                    public BuiltEntries({{entry}}[] entries)
                    {
                        Entries = entries;
                        All = global::System.Array.AsReadOnly(entries);
                        var ordinal = global::System.StringComparer.Ordinal;
                        BySlug = new global::System.Collections.Generic.Dictionary<string, int>(entries.Length, ordinal);
                        for (var i = 0; i < entries.Length; i++)
                        {
                            BySlug[entries[i].Slug] = i;
                        }
                    }

                    public {{entry}}[] Entries { get; }

                    public {{list}} All { get; }

                    public global::System.Collections.Generic.Dictionary<string, int> BySlug { get; }
                }
                """)
            .CloseBlock()
            .ToString();
    }
}
