using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Emitting;

/// <summary>
/// Emits what the generator adds to schema classes: a collection entry's slug, source path and rendered body, and
/// <c>Post.Data</c> when the project has a <c>[PostFrontMatter]</c> class.
/// </summary>
internal static class SchemaMembersEmitter
{
    /// <summary>The init-only member the entry data sets the body through; hidden from IntelliSense.</summary>
    public const string HtmlSourceMember = "GeneratedHtmlSource";

    public static string EmitEntryMembers(CollectionSchema schema)
    {
        var access = schema.IsPublic ? "public" : "internal";

        // Only the generated entries set these; an internal property cannot restate internal on its accessor (CS0273).
        var init = schema.IsPublic ? "internal init" : "init";
        var writer = new SourceWriter()
            .WriteFileHeader("the members it adds to " + schema.Name + ", the entries of the " + schema.ClassName + " collection");
        if (schema.Namespace.Length > 0)
        {
            writer.WriteLine("namespace " + schema.Namespace + ";").WriteLine();
        }

        return writer
            .WriteBlock($$"""
                {{ThisAssembly.GeneratedCodeAttribute}}
                partial class {{schema.Name}}
                {
                    private byte[]? generatedHtml;
                    private string? generatedHtmlText;

                    /// <summary>
                    /// The entry's slug: its file name without <c>.md</c>, made URL-safe (<c>Sam Lee.md</c> → <c>sam-lee</c>).
                    /// References to it in front matter use this.
                    /// </summary>
                    {{access}} string Slug { get; {{init}}; } = "";

                    /// <summary>The entry's file, relative to the project, with forward slashes.</summary>
                    {{access}} string SourcePath { get; {{init}}; } = "";

                    /// <summary>The entry's Markdown body rendered as HTML, UTF-8; empty for an instance made in code.</summary>
                    {{access}} global::System.ReadOnlySpan<byte> HtmlUtf8 => generatedHtml;

                    /// <summary>The entry's body as HTML, decoded from <see cref="HtmlUtf8"/> on first use.</summary>
                    {{access}} string Html => generatedHtmlText ??= global::System.Text.Encoding.UTF8.GetString(HtmlUtf8);

                    /// <summary>Set by the generated entries.</summary>
                    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                    internal global::System.ReadOnlySpan<byte> {{HtmlSourceMember}}
                    {
                        init => generatedHtml = value.ToArray();
                    }
                }
                """)
            .ToString();
    }

    public static string EmitPostData(CollectionSchema schema, string ns) => new SourceWriter()
        .WriteFileHeader("Post.Data, the posts' own front matter typed by " + schema.Name)
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .WriteBlock($$"""
            partial class Post
            {
                /// <summary>
                /// The post's own front-matter keys, typed by <see cref="{{schema.TypeName}}"/> and checked against it at
                /// compile time.
                /// </summary>
                {{(schema.IsPublic ? "public" : "internal")}} {{schema.TypeName}} Data { get; {{(schema.IsPublic ? "internal init" : "init")}}; } = null!;
            }
            """)
        .ToString();
}
