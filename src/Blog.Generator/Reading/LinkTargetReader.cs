using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.Reading;

/// <summary>
/// The cheap pre-pass for links between posts: a post's URL from its identity (<see cref="PostIdentity"/>, read as the
/// post reader reads it), without rendering anything. A post that will not be compiled in has no target: a file that
/// cannot be read as a post (too large, not UTF-8, no front matter, invalid YAML), a bad slug, or a draft.
/// </summary>
internal static class LinkTargetReader
{
    public static LinkTarget? Read(PostFile file, LinkOptions options)
    {
        // What is reported here is reported again, at the same places, when the post itself is read.
        var report = new FileReport(new TextLocator(file.FullPath, file.Text ?? string.Empty));
        if (FrontMatterDocument.Read(file, options.MaxPostSize, report, lenient: options.Jekyll) is not { } document)
        {
            return null;
        }

        var identity = PostIdentity.Read(new FrontMatterKeys(document, report), file.RelativePath);
        return identity.Slug is { } slug && identity.IsCompiledIn(options.IncludeDrafts)
            ? new LinkTarget(file.RelativePath, options.PostUrlPattern.Replace("{slug}", slug))
            : null;
    }
}
