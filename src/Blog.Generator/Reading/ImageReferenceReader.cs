using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Rendering;

namespace Blog.Generator.Reading;

/// <summary>
/// Reads the images a post's front matter names: its cover (<c>image: cover.png</c>, <c>image: {path: cover.png, alt: …}</c>
/// as jekyll-seo-tag writes it, and in Jekyll mode Minimal Mistakes' <c>header: {image: …, image_description: …}</c>),
/// and the <c>PostImage</c> properties of its schema. A path is resolved as a Markdown image's is, so a missing file is
/// reported at the value; in Jekyll mode, as jekyll-seo-tag reads it, from the site's root.
/// </summary>
internal static class ImageReferenceReader
{
    public static CoverImageReference? Cover(FrontMatterKeys keys, AssetCollector assets, bool jekyll)
    {
        if (keys.TryGet("image", out _, out var image))
        {
            switch (image)
            {
                case YamlScalar { IsNull: false } path when path.Value.Trim().Length > 0:
                    return Cover(keys, assets, path, null, jekyll);
                case YamlMapping map when map.TryGet("path", out _, out var value) && value is YamlScalar { IsNull: false } path:
                    return Cover(keys, assets, path, map.TryGet("alt", out _, out var alt) && alt is YamlScalar { IsNull: false } text ? text.Value : null, jekyll);
            }
        }

        if (jekyll && keys.TryGet("header", out _, out var header) && header is YamlMapping headerMap &&
            headerMap.TryGet("image", out _, out var headerImage) && headerImage is YamlScalar { IsNull: false } headerPath)
        {
            var description = headerMap.TryGet("image_description", out _, out var alt) && alt is YamlScalar { IsNull: false } text ? text.Value : null;
            return Cover(keys, assets, headerPath, description, jekyll);
        }

        return null;
    }

    /// <summary>The schema's data with each <c>PostImage</c> given the file it names, to be linked with the post.</summary>
    public static BoundValue.Object InData(BoundValue.Object data, AssetCollector assets, bool jekyll) =>
        (BoundValue.Object)BoundImages.Replace(data, image => Resolve(assets, image.Path, image.Location, jekyll) is { } reference
            ? image with { Resolved = reference.Path, SiteAbsolute = reference.SiteAbsolute }
            : image);

    private static CoverImageReference Cover(FrontMatterKeys keys, AssetCollector assets, YamlScalar path, string? alt, bool jekyll)
    {
        var url = path.Value.Trim();
        return new CoverImageReference(url, Resolve(assets, url, keys.At(path), jekyll), alt);
    }

    private static AssetReference? Resolve(AssetCollector assets, string url, LocationInfo at, bool jekyll) =>
        assets.Reference(jekyll && !url.StartsWith("/", System.StringComparison.Ordinal) && Text.SafeUrls.SchemeOf(url) is null ? "/" + url : url, at);
}
