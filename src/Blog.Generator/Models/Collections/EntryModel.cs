using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Models.Collections;

/// <summary>Everything generated for one collection entry: its typed front matter and its rendered body.</summary>
/// <param name="CollectionTypeName">The entry type, fully qualified.</param>
/// <param name="RelativePath">The file, relative to the project.</param>
/// <param name="Slug">The file name without its extension, made URL-safe: what references and <c>FindBySlug</c> use.</param>
/// <param name="Data">The front matter, bound to the schema's properties.</param>
/// <param name="Html">The rendered body.</param>
internal sealed record EntryModel(
    string CollectionTypeName,
    string RelativePath,
    string Slug,
    EquatableArray<BoundProperty> Data,
    string Html);

/// <summary>The result of reading one entry file: a model when it is sound, the diagnostics found, and its C# fences to compile.</summary>
internal sealed record ParsedEntry(string FullPath, string RelativePath, string CollectionTypeName, EntryModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<CSharpSnippet> Snippets = default)
{
    /// <summary>
    /// The part the collection's static class needs, for every file, sound or not: a reference to a file that is not
    /// generated must not be generated either. A body edit leaves it equal.
    /// </summary>
    public EntryRow ToRow() => Model is null
        ? new(FullPath, CollectionTypeName, RelativePath, string.Empty, EquatableArray<Schemas.ReferenceUse>.Empty, IsSound: false)
        : new(FullPath, CollectionTypeName, RelativePath, Model.Slug, Schemas.BoundReferences.Of(Model.Data), IsSound: true);
}

/// <summary>
/// One entry as its collection's static class sees it, with the entries it refers to. <c>IsSound</c> says whether
/// it read without errors; one that did not is never generated, and has no slug or references here.
/// </summary>
internal sealed record EntryRow(string FullPath, string CollectionTypeName, string RelativePath, string Slug, EquatableArray<Schemas.ReferenceUse> References, bool IsSound);
