namespace Blog.Generator.Models;

/// <summary>
/// A reference in a post to a file that may be beside it: a Markdown image or link, a raw <c>&lt;img src&gt;</c>, or the
/// front matter's <c>image</c>. The rendered HTML holds a placeholder for it until the post's files are known.
/// </summary>
/// <param name="Index">Its number in the post's placeholders; -1 for the front matter's <c>image</c>.</param>
/// <param name="Url">The URL as the post writes it (character references decoded), as messages show it.</param>
/// <param name="Path">The project-relative path it names once resolved against the post's folder (or the site's root, for a site-absolute path).</param>
/// <param name="SiteAbsolute">Whether it was written as a site-absolute path (<c>/assets/x.png</c>): such a path that names no file is left alone, unreported.</param>
/// <param name="Written">What the HTML holds when it names no usable file: the URL as Markdig or the raw HTML wrote it.</param>
/// <param name="Suffix">A query or fragment written after the path, kept on the file's URL.</param>
/// <param name="Location">Where it is written in the post; <see langword="null"/> for a second reading of a reference already reported (Jekyll's excerpt, parsed apart).</param>
internal sealed record AssetReference(int Index, string Url, string Path, bool SiteAbsolute, string Written, string Suffix, LocationInfo? Location);

/// <summary>The front matter's <c>image</c> (or <c>image.path</c>, and Jekyll's <c>header.image</c>), with its alternative text.</summary>
/// <param name="Url">The value as written.</param>
/// <param name="Reference">The file it names; <see langword="null"/> for a URL with a scheme, used as written.</param>
/// <param name="Alt">Its <c>alt</c> text, when the front matter gives one.</param>
internal sealed record CoverImageReference(string Url, AssetReference? Reference, string? Alt);

/// <summary>A post's references to files, with the placeholder prefix its HTML uses for them.</summary>
/// <param name="Token">The placeholder prefix, unique to the post's text, so no text a post holds can be taken for one.</param>
/// <param name="References">The references in its body and excerpt, by <see cref="AssetReference.Index"/>.</param>
/// <param name="Cover">The front matter's image, if any.</param>
/// <param name="HtmlLimit">The most characters the HTML may hold once the files' URLs are in (four times <c>BlogMaxPostSize</c>).</param>
internal sealed record PostAssetReferences(string Token, EquatableArray<AssetReference> References, CoverImageReference? Cover, int HtmlLimit)
{
    public bool IsEmpty => References.IsEmpty && Cover is null;
}

/// <summary>The front matter's image once resolved: what <c>Post.Image</c> holds.</summary>
internal sealed record CoverImage(string Url, int Width, int Height, string? Alt, string RelativePath);
