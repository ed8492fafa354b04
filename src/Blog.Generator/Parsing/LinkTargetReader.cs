using Blog.Generator.Models;

namespace Blog.Generator.Parsing;

/// <summary>
/// The cheap pre-pass for links between posts: a post's URL from its front matter's <c>slug</c> (else its file name)
/// and its draft state, without rendering anything. A post that will not be compiled in has no target.
/// </summary>
internal static class LinkTargetReader
{
    public static LinkTarget? Read(PostFile file, bool includeDrafts, string urlPattern, bool jekyll = false)
    {
        if (file.Text is not { } text || FrontMatterSplitter.TrySplit(text, out var split) != FrontMatterSplitter.Failure.None)
        {
            return null;
        }

        if (LenientYaml.Read(split!.Yaml, jekyll, out var problem, out _) is not YamlMapping frontMatter || problem is not null)
        {
            return null;
        }

        if (!includeDrafts && (Boolean(frontMatter, "draft") == true || Boolean(frontMatter, "published") == false))
        {
            return null;
        }

        var slug = frontMatter.TryGet("slug", out _, out var value) && value is YamlScalar { IsNull: false } scalar
            ? scalar.Value
            : FileNameConventions.SlugFromFileName(file.RelativePath);
        return FileNameConventions.IsUrlSafeSlug(slug)
            ? new LinkTarget(file.RelativePath, urlPattern.Replace("{slug}", slug))
            : null;
    }

    /// <summary>A boolean key as Jekyll reads it (yes/no/on/off too), or <see langword="null"/> when absent or not a boolean.</summary>
    private static bool? Boolean(YamlMapping frontMatter, string key) =>
        frontMatter.TryGet(key, out _, out var value) && value is YamlScalar { IsNull: false } scalar &&
        FrontMatterValues.TryBoolean(scalar.Value, yaml11: true, out var result)
            ? result
            : null;
}
