using Blog.Generator.Models.Collections;

namespace Blog.Generator.Models.Schemas;

/// <summary>
/// What a post's parse needs from the schemas: the <c>[PostFrontMatter]</c> class, and the entries its references may
/// name. Without a post schema it is always <see cref="None"/>, so adding an author never re-reads a post.
/// </summary>
internal sealed record PostSchemaInput(CollectionSchema? Schema, ReferenceTargets References)
{
    public static readonly PostSchemaInput None = new(null, ReferenceTargets.None);

    /// <summary>The post schema of a set, with the entries its references may name; <see cref="None"/> without one.</summary>
    public static PostSchemaInput Of(SchemaSet schemas, ReferenceTargets references) =>
        schemas.PostSchema is { } schema ? new PostSchemaInput(schema, references) : None;
}
