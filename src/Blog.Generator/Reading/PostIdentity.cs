using Blog.Generator.Diagnostics;
using Blog.Generator.Models;

namespace Blog.Generator.Reading;

/// <summary>
/// Who a post is and whether it is compiled in: its slug and where it is written, and its draft and published state.
/// Read once, the same way, by the link pre-pass and by the post reader.
/// </summary>
/// <param name="Slug">The front matter's <c>slug</c>, else the file name without its date prefix; <see langword="null"/> when not URL-safe (reported).</param>
/// <param name="SlugLocation">Where the slug is written: its value, else the file's first line.</param>
/// <param name="Draft">Whether the front matter says <c>draft: true</c>.</param>
/// <param name="Unpublished">Whether the front matter says <c>published: false</c>.</param>
internal sealed record PostIdentity(string? Slug, LocationInfo SlugLocation, bool Draft, bool Unpublished)
{
    /// <summary>Whether the post is compiled in: published, or drafts are included (<c>BlogIncludeDrafts</c>).</summary>
    public bool IsCompiledIn(bool includeDrafts) => includeDrafts || !(Draft || Unpublished);

    public static PostIdentity Read(FrontMatterKeys keys, string relativePath)
    {
        var (slug, location) = keys.TryGet("slug", out _, out var value) && keys.ExpectScalar("slug", value, "a text") is { IsNull: false } scalar
            ? (scalar.Value, keys.At(scalar))
            : (FileNameConventions.SlugFromFileName(relativePath), keys.Report.Locator.Line(0));
        if (!FileNameConventions.IsUrlSafeSlug(slug))
        {
            keys.Report.Add(DiagnosticDescriptors.InvalidSlug, location, FileNameConventions.Shown(slug));
            slug = null;
        }

        return new PostIdentity(slug, location, keys.Boolean("draft") == true, keys.Boolean("published") == false);
    }
}
