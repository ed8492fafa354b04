namespace Blog.Generator.Models.Schemas;

/// <summary>
/// A class marked <c>[Collection]</c> or <c>[PostFrontMatter]</c>, read into plain data: its properties, and, for a
/// collection, the folder its entries live in and the static class that lists them.
/// </summary>
/// <param name="TypeName">The class, fully qualified (<c>global::MyApp.Author</c>); the schema's key.</param>
/// <param name="Namespace">The class's namespace, empty for the global namespace.</param>
/// <param name="Name">The class's own name.</param>
/// <param name="IsPublic">Whether the class is public (else internal): generated members that expose it match.</param>
/// <param name="Kind">Whether it is a collection's entries or the posts' extra front matter.</param>
/// <param name="Directory">The collection's folder relative to the project, with forward slashes and no trailing slash; empty for posts.</param>
/// <param name="ClassName">The collection's static class (<c>Authors</c>); empty for posts.</param>
/// <param name="Properties">The properties read from front matter.</param>
/// <param name="Location">The attribute, for diagnostics about the collection as a whole.</param>
/// <param name="Diagnostics">What is wrong with the declaration; a schema with an error binds nothing.</param>
internal sealed record CollectionSchema(
    string TypeName,
    string Namespace,
    string Name,
    bool IsPublic,
    SchemaKind Kind,
    string Directory,
    string ClassName,
    EquatableArray<SchemaProperty> Properties,
    LocationInfo Location,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool IsValid => Diagnostics.IsEmpty;

    /// <summary>The schema as a type the binder reads a whole front matter with.</summary>
    public ObjectSchemaType AsObject() => new(Properties, TypeName, IsNullable: false);
}

/// <summary>What a schema class describes.</summary>
internal enum SchemaKind
{
    /// <summary><c>[Collection("Folder")]</c>: each Markdown file in the folder is an entry of this class.</summary>
    Collection,

    /// <summary><c>[PostFrontMatter]</c>: the typed extra front matter of every post, as <c>Post.Data</c>.</summary>
    PostFrontMatter,
}
