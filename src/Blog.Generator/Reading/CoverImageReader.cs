using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Rendering;

namespace Blog.Generator.Reading;

/// <summary>
/// Reads a post's cover image from its front matter: <c>image: cover.png</c>, <c>image: {path: cover.png, alt: …}</c>
/// (jekyll-seo-tag's form), and in Jekyll mode Minimal Mistakes' <c>header: {image: …, image_description: …}</c>. The
/// path is resolved as a Markdown image's is, so a missing file is reported at the value; in Jekyll mode, as
/// jekyll-seo-tag reads it, from the site's root, so one that names no file is left as written.
/// </summary>
internal static class CoverImageReader
{
    public static CoverImageReference? Read(FrontMatterKeys keys, AssetCollector assets, bool jekyll)
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

    private static CoverImageReference Cover(FrontMatterKeys keys, AssetCollector assets, YamlScalar path, string? alt, bool jekyll)
    {
        var url = path.Value.Trim();
        var fromRoot = jekyll && !url.StartsWith("/", System.StringComparison.Ordinal) && Text.SafeUrls.SchemeOf(url) is null ? "/" + url : url;
        return new CoverImageReference(url, assets.Reference(fromRoot, keys.At(path)), alt);
    }
}
