using System;
using System.Collections.Generic;
using System.Linq;

namespace Blog.Generator.Models;

/// <summary>A post a Markdown link may point at: its file, relative to the project, and its URL.</summary>
internal sealed record LinkTarget(string RelativePath, string Url);

/// <summary>
/// Every post's file and URL, from front matter only: what links between posts are rewritten with. Equal while no
/// post is added, removed or renamed and no slug changes, so a body edit leaves every other post's render cached.
/// </summary>
internal sealed class LinkTargets : IEquatable<LinkTargets>
{
    private readonly EquatableArray<LinkTarget> targets;
    private readonly int hashCode;
    private Dictionary<string, string>? byPath;
    private Dictionary<string, List<LinkTarget>>? byName;

    public LinkTargets(IEnumerable<LinkTarget> targets)
    {
        this.targets = targets.OrderBy(target => target.RelativePath, StringComparer.Ordinal).ToEquatableArray();
        hashCode = this.targets.GetHashCode();
    }

    public static LinkTargets Empty { get; } = new([]);

    /// <summary>The map of the posts that have a target (a post that is not compiled in has none).</summary>
    public static LinkTargets From(IEnumerable<LinkTarget?> targets) =>
        new(targets.Where(target => target is not null).Select(target => target!));

    /// <summary>The URL of the post at a project-relative path, compared ordinally.</summary>
    public bool TryGetUrl(string relativePath, out string url)
    {
        // Built on first use, outside equality; a race builds two equal dictionaries.
        byPath ??= targets
            .GroupBy(target => target.RelativePath, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Url, StringComparer.Ordinal);
        return byPath.TryGetValue(relativePath, out url!);
    }

    /// <summary>
    /// The URL of the post Jekyll's <c>{% post_url 2010-07-07-name %}</c> names: its file name without extension, with the
    /// folders inside <c>_posts</c> before it when given (<c>2010/2010-07-07-name</c>).
    /// </summary>
    public bool TryGetUrlByName(string name, out string url)
    {
        byName ??= targets
            .GroupBy(target => System.IO.Path.GetFileNameWithoutExtension(target.RelativePath), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var slash = name.LastIndexOf('/');
        var fileName = name.Substring(slash + 1);
        var folders = slash < 0 ? string.Empty : "/" + name.Substring(0, slash) + "/";
        url = string.Empty;
        if (!byName.TryGetValue(fileName, out var candidates))
        {
            return false;
        }

        var match = candidates.FirstOrDefault(target => folders.Length == 0 || ("/" + target.RelativePath).IndexOf(folders, StringComparison.Ordinal) >= 0);
        if (match is null)
        {
            return false;
        }

        url = match.Url;
        return true;
    }

    /// <remarks>
    /// Every post's parse is combined with this map, so the driver may compare it once per post: the reference check
    /// and the hash computed once keep that from walking the whole map each time.
    /// </remarks>
    public bool Equals(LinkTargets? other) =>
        ReferenceEquals(this, other) || (other is not null && hashCode == other.hashCode && targets.Equals(other.targets));

    public override bool Equals(object? obj) => Equals(obj as LinkTargets);

    public override int GetHashCode() => hashCode;
}
