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

    public LinkTargets(IEnumerable<LinkTarget> targets)
    {
        this.targets = targets.OrderBy(target => target.RelativePath, StringComparer.Ordinal).ToEquatableArray();
        hashCode = this.targets.GetHashCode();
    }

    public static LinkTargets Empty { get; } = new([]);

    /// <summary>The URL of the post at a project-relative path, compared ordinally.</summary>
    public bool TryGetUrl(string relativePath, out string url)
    {
        // Built on first use, outside equality; a race builds two equal dictionaries.
        byPath ??= targets
            .GroupBy(target => target.RelativePath, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Url, StringComparer.Ordinal);
        return byPath.TryGetValue(relativePath, out url!);
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
