namespace Blog.Generator.Emitting;

/// <summary>
/// Emits the attributes a project declares its schemas with. They are added before the generator reads the
/// compilation, so user code can use them; <c>[Conditional]</c> keeps them out of the built assembly's metadata.
/// </summary>
internal static class AttributesEmitter
{
    public const string HintName = "BlogGeneratorAttributes.g.cs";
    public const string Namespace = "Blog.Generator";
    public const string CollectionAttribute = Namespace + ".CollectionAttribute";
    public const string PostFrontMatterAttribute = Namespace + ".PostFrontMatterAttribute";
    public const string FrontMatterKeyAttribute = Namespace + ".FrontMatterKeyAttribute";

    public static string Emit() => new SourceWriter()
        .WriteFileHeader()
        .WriteLine("namespace " + Namespace + ";")
        .WriteLine()
        .WriteLine("/// <summary>")
        .WriteLine("/// Makes a <c>partial class</c> the schema of a content collection: every Markdown file under <see cref=\"Directory\"/>")
        .WriteLine("/// is an entry, its front matter checked against the class's properties at compile time, and a static class")
        .WriteLine("/// (<see cref=\"ClassName\"/>) lists the entries. Another schema's property of this type is a reference: the YAML")
        .WriteLine("/// gives an entry's slug (its file name without <c>.md</c>, made URL-safe), and the compiler resolves it.")
        .WriteLine("/// </summary>")
        .WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]")
        .WriteLine("[global::System.Diagnostics.Conditional(\"BLOG_GENERATOR_KEEP_ATTRIBUTES\")]")
        .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
        .OpenBlock("internal sealed class CollectionAttribute : global::System.Attribute")
        .WriteLine("/// <summary>Declares the collection held in <paramref name=\"directory\"/>.</summary>")
        .WriteLine("/// <param name=\"directory\">The folder of the entries, relative to the project, such as <c>\"Authors\"</c> or <c>\"Content/Authors\"</c>.</param>")
        .WriteLine("public CollectionAttribute(string directory) => Directory = directory;")
        .WriteLine()
        .WriteLine("/// <summary>The folder of the entries, relative to the project.</summary>")
        .WriteLine("public string Directory { get; }")
        .WriteLine()
        .WriteLine("/// <summary>The static class that lists the entries; by default the folder's name in PascalCase (<c>Authors</c>).</summary>")
        .WriteLine("public string? ClassName { get; set; }")
        .CloseBlock()
        .WriteLine()
        .WriteLine("/// <summary>")
        .WriteLine("/// Makes a <c>partial class</c> the schema of the posts' own front-matter keys, beside the Jekyll keys <c>Post</c>")
        .WriteLine("/// reads itself (title, date, tags, …). Every post is checked against it at compile time and gets it as <c>Post.Data</c>.")
        .WriteLine("/// </summary>")
        .WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]")
        .WriteLine("[global::System.Diagnostics.Conditional(\"BLOG_GENERATOR_KEEP_ATTRIBUTES\")]")
        .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
        .OpenBlock("internal sealed class PostFrontMatterAttribute : global::System.Attribute")
        .CloseBlock()
        .WriteLine()
        .WriteLine("/// <summary>")
        .WriteLine("/// Names the front-matter key a schema property reads, when it is not the property's name in snake_case,")
        .WriteLine("/// kebab-case or camelCase. With this attribute only the given key matches.")
        .WriteLine("/// </summary>")
        .WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Property, AllowMultiple = false, Inherited = true)]")
        .WriteLine("[global::System.Diagnostics.Conditional(\"BLOG_GENERATOR_KEEP_ATTRIBUTES\")]")
        .WriteLine(RuntimeTypesEmitter.GeneratedCodeAttribute)
        .OpenBlock("internal sealed class FrontMatterKeyAttribute : global::System.Attribute")
        .WriteLine("/// <summary>Maps the property to <paramref name=\"key\"/>.</summary>")
        .WriteLine("/// <param name=\"key\">The key exactly as written in the front matter.</param>")
        .WriteLine("public FrontMatterKeyAttribute(string key) => Key = key;")
        .WriteLine()
        .WriteLine("/// <summary>The key exactly as written in the front matter.</summary>")
        .WriteLine("public string Key { get; }")
        .CloseBlock()
        .ToString();
}
