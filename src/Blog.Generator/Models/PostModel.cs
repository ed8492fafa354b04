namespace Blog.Generator.Models;

/// <summary>Everything generated for one post: its metadata and its rendered body.</summary>
/// <param name="Metadata">What the front matter and file name say.</param>
/// <param name="Html">The rendered body.</param>
/// <param name="ExcerptHtml">The excerpt as HTML: the front matter's <c>excerpt</c> rendered, else the body before the separator, else the first paragraph.</param>
/// <param name="WordCount">Words in the body.</param>
/// <param name="Headings">The body's headings in document order.</param>
/// <param name="Data">The front matter bound to the project's <c>[PostFrontMatter]</c> class, if it declares one.</param>
/// <param name="AssetReferences">Its references to files beside the posts, placeholders in <paramref name="Html"/> until linked.</param>
/// <param name="Assets">Once linked, the files it uses, in the order it first names them.</param>
/// <param name="Image">Once linked, the front matter's <c>image</c>.</param>
internal sealed record PostModel(
    PostMetadata Metadata,
    string Html,
    string ExcerptHtml,
    int WordCount,
    EquatableArray<HeadingInfo> Headings,
    Schemas.BoundValue.Object? Data = null,
    PostAssetReferences? AssetReferences = null,
    EquatableArray<AssetFile> Assets = default,
    CoverImage? Image = null);

/// <summary>
/// What the front matter (and the file name) say about a post. <see cref="Excerpt"/> may come from the body.
/// </summary>
internal sealed record PostMetadata(
    string RelativePath,
    string Slug,
    LocationInfo SlugLocation,
    string Title,
    DateValue Date,
    DateValue? LastModifiedAt,
    EquatableArray<string> Categories,
    EquatableArray<string> Tags,
    string? Excerpt,
    EquatableArray<FrontMatterPair> Extra);

/// <summary>A post ready to emit, with the path its diagnostics are reported against.</summary>
internal sealed record PostOutput(string FullPath, PostModel Model);
