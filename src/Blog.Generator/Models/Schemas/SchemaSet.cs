using Blog.Generator.Models.Collections;

namespace Blog.Generator.Models.Schemas;

/// <summary>
/// Every schema in the compilation after the checks that need them all (one folder per collection, one post schema). Only valid schemas are kept for binding; the diagnostics say what was dropped and why.
/// </summary>
/// <param name="Collections">The valid collections, ordered by type name.</param>
/// <param name="PostSchema">The valid <c>[PostFrontMatter]</c> class, if any.</param>
/// <param name="Directories">Which folder holds which collection, including invalid ones, so their files are not taken for posts.</param>
/// <param name="Diagnostics">Problems with any schema.</param>
internal sealed record SchemaSet(
    EquatableArray<CollectionSchema> Collections,
    CollectionSchema? PostSchema,
    CollectionDirectories Directories,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The set without its diagnostics: what reading entries and emitting depend on.</summary>
    public SchemaSet ForBinding() => Diagnostics.IsEmpty ? this : this with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty };

    public CollectionSchema? Find(string typeName)
    {
        foreach (var collection in Collections)
        {
            if (collection.TypeName == typeName)
            {
                return collection;
            }
        }

        return null;
    }
}
