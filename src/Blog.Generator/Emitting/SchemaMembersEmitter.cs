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

    public const string PostDataHintName = "Post.Data.g.cs";

    public static string EntryHintName(CollectionSchema schema) => "Schema." + Qualified(schema) + ".g.cs";

    public static string EmitEntryMembers(CollectionSchema schema, string ns)
    {
        var writer = new SourceWriter().WriteFileHeader();
        if (schema.Namespace.Length > 0)
        {
            writer.WriteLine("namespace " + schema.Namespace + ";").WriteLine();
        }

        var access = schema.IsPublic ? "public" : "internal";

        // Only the generated entries set these; an internal property cannot restate internal on its accessor (CS0273).
        var init = schema.IsPublic ? "internal init" : "init";
        return writer
            .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
            .OpenBlock("partial class " + schema.Name)
            .WriteLine("private global::" + ns + ".Post.Utf8Html? generatedHtml;")
            .WriteLine("private string? generatedHtmlText;")
            .WriteLine()
            .WriteLine("/// <summary>The entry's slug: its file name without <c>.md</c>, made URL-safe (<c>Sam Lee.md</c> → <c>sam-lee</c>). References to it in front matter use this.</summary>")
            .WriteLine(access + " string Slug { get; " + init + "; } = \"\";")
            .WriteLine()
            .WriteLine("/// <summary>The entry's file, relative to the project, with forward slashes.</summary>")
            .WriteLine(access + " string SourcePath { get; " + init + "; } = \"\";")
            .WriteLine()
            .WriteLine("/// <summary>The entry's Markdown body rendered as HTML, UTF-8, stored in the assembly; empty for an instance made in code.</summary>")
            .WriteLine(access + " global::System.ReadOnlySpan<byte> HtmlUtf8 => generatedHtml is null ? default : generatedHtml();")
            .WriteLine()
            .WriteLine("/// <summary>The entry's body as HTML, decoded from <see cref=\"HtmlUtf8\"/> on first use.</summary>")
            .WriteLine(access + " string Html => generatedHtmlText ??= global::System.Text.Encoding.UTF8.GetString(HtmlUtf8);")
            .WriteLine()
            .WriteLine("/// <summary>Set by the generated entries.</summary>")
            .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .WriteLine("internal global::" + ns + ".Post.Utf8Html " + HtmlSourceMember + " { init => generatedHtml = value; }")
            .CloseBlock()
            .ToString();
    }

    public static string EmitPostData(CollectionSchema schema, string ns) => new SourceWriter()
        .WriteFileHeader()
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .OpenBlock("partial class Post")
        .WriteLine("/// <summary>")
        .WriteLine("/// The post's own front-matter keys, typed by <see cref=\"" + schema.TypeName + "\"/> and checked against it at compile time.")
        .WriteLine("/// </summary>")
        .WriteLine((schema.IsPublic ? "public " : "internal ") + schema.TypeName + " Data { get; " + (schema.IsPublic ? "internal init" : "init") + "; } = null!;")
        .CloseBlock()
        .ToString();

    private static string Qualified(CollectionSchema schema) => schema.Namespace.Length == 0 ? schema.Name : schema.Namespace + "." + schema.Name;
}
