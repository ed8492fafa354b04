namespace Blog.Generator.Models;

/// <summary>
/// The result of reading one post file: a model when the post is sound and published, and the diagnostics found.
/// A post with any error has no model, so nothing half-built is ever emitted.
/// </summary>
/// <param name="FullPath">The file.</param>
/// <param name="RelativePath">The file, relative to the project.</param>
/// <param name="Model">What is generated for it, when it is sound and published.</param>
/// <param name="Diagnostics">What reading it found.</param>
/// <param name="Snippets">Its C# fences to compile against the project, checked in a step of their own.</param>
internal sealed record ParsedPost(
    string FullPath,
    string RelativePath,
    PostModel? Model,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<CSharpSnippet> Snippets = default)
{
    /// <summary>The part of a post the index needs. A body edit leaves it equal, so the index stays cached.</summary>
    public PostRow? ToRow() => Model is null
        ? null
        : new PostRow(
            FullPath,
            Model.Metadata.RelativePath,
            Model.Metadata.Slug,
            Model.Metadata.SlugLocation,
            Model.Metadata.Title,
            Model.Metadata.Date,
            Model.Metadata.Categories,
            Model.Metadata.Tags,
            Model.Data is { } data ? Schemas.BoundReferences.Of(data.Properties) : EquatableArray<Schemas.ReferenceUse>.Empty);
}

/// <summary>One post as the index (ordering, slugs, tags, categories, members) sees it, with the collection entries its front matter refers to.</summary>
internal sealed record PostRow(
    string FullPath,
    string RelativePath,
    string Slug,
    LocationInfo SlugLocation,
    string Title,
    DateValue Date,
    EquatableArray<string> Categories,
    EquatableArray<string> Tags,
    EquatableArray<Schemas.ReferenceUse> References);
