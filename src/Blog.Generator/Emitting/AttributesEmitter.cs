using Blog.Generator.Schemas;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits the attributes a project declares its schemas with. They are added before the generator reads the
/// compilation, so user code can use them; <c>[Conditional]</c> keeps them out of the built assembly's metadata.
/// </summary>
internal static class AttributesEmitter
{
    public static string Emit() => new SourceWriter()
        .WriteFileHeader("the attributes that declare collections and the posts' typed front matter")
        .WriteLine("namespace " + SchemaAttributes.Namespace + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>
            /// Makes a <c>partial class</c> the schema of a content collection: every Markdown file under
            /// <see cref="Directory"/> is an entry, its front matter checked against the class's properties at compile
            /// time, and a static class (<see cref="ClassName"/>) lists the entries. Another schema's property of this type
            /// is a reference: the YAML gives an entry's slug (its file name without <c>.md</c>, made URL-safe), and the
            /// compiler resolves it.
            /// </summary>
            [global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
            [global::System.Diagnostics.Conditional("BLOG_GENERATOR_KEEP_ATTRIBUTES")]
            {{ThisAssembly.GeneratedCodeAttribute}}
            internal sealed class CollectionAttribute : global::System.Attribute
            {
                /// <summary>Declares the collection held in <paramref name="directory"/>.</summary>
                /// <param name="directory">
                /// The folder of the entries, relative to the project, such as <c>"Authors"</c> or <c>"Content/Authors"</c>.
                /// </param>
                public CollectionAttribute(string directory) => Directory = directory;

                /// <summary>The folder of the entries, relative to the project.</summary>
                public string Directory { get; }

                /// <summary>The static class that lists the entries; by default the folder's name in PascalCase (<c>Authors</c>).</summary>
                public string? ClassName { get; set; }
            }

            /// <summary>
            /// Makes a <c>partial class</c> the schema of the posts' own front-matter keys, beside the Jekyll keys
            /// <c>Post</c> reads itself (title, date, tags, …). Every post is checked against it at compile time and gets it
            /// as <c>Post.Data</c>.
            /// </summary>
            [global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
            [global::System.Diagnostics.Conditional("BLOG_GENERATOR_KEEP_ATTRIBUTES")]
            {{ThisAssembly.GeneratedCodeAttribute}}
            internal sealed class PostFrontMatterAttribute : global::System.Attribute
            {
            }

            /// <summary>
            /// Names the front-matter key a schema property reads, when it is not the property's name in snake_case,
            /// kebab-case or camelCase. With this attribute only the given key matches.
            /// </summary>
            [global::System.AttributeUsage(global::System.AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
            [global::System.Diagnostics.Conditional("BLOG_GENERATOR_KEEP_ATTRIBUTES")]
            {{ThisAssembly.GeneratedCodeAttribute}}
            internal sealed class FrontMatterKeyAttribute : global::System.Attribute
            {
                /// <summary>Maps the property to <paramref name="key"/>.</summary>
                /// <param name="key">The key exactly as written in the front matter.</param>
                public FrontMatterKeyAttribute(string key) => Key = key;

                /// <summary>The key exactly as written in the front matter.</summary>
                public string Key { get; }
            }
            """)
        .ToString();
}
