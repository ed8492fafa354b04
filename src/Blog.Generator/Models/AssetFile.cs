using System;
using System.Collections.Generic;
using System.Linq;

namespace Blog.Generator.Models;

/// <summary>A file beside the posts (an image, a download), as the package's targets described it.</summary>
/// <param name="RelativePath">Its path in the project, with forward slashes.</param>
/// <param name="Url">The site-absolute URL it is served at, its fingerprint before the extension (cached for a year).</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Integrity">Its SHA-256 as a subresource-integrity value (<c>sha256-…</c>).</param>
/// <param name="Width">For an image, the width a browser shows it at; 0 otherwise.</param>
/// <param name="Height">For an image, the height; 0 otherwise.</param>
/// <param name="Problem">Why it cannot be used (outside the project, an image whose header cannot be read), or <see langword="null"/>.</param>
internal sealed record AssetFile(string RelativePath, string Url, long Length, string Integrity, int Width, int Height, string? Problem)
{
    /// <summary>Whether a size was read from its header.</summary>
    public bool HasSize => Width > 0 && Height > 0;
}

/// <summary>
/// Every file beside the posts, from the targets' manifest: what references in posts are resolved against. Only the
/// step that picks each post's own files reads it, so a new or replaced image re-renders only the posts that use it.
/// </summary>
internal sealed class AssetCatalog : IEquatable<AssetCatalog>
{
    private readonly EquatableArray<AssetFile> files;
    private readonly int hashCode;
    private Dictionary<string, AssetFile>? byPath;

    public AssetCatalog(IEnumerable<AssetFile> files, bool known = true)
    {
        this.files = files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToEquatableArray();
        IsKnown = known;
        hashCode = (this.files.GetHashCode() * 397) ^ known.GetHashCode();
    }

    /// <summary>No manifest: the package's targets did not run (the generator referenced on its own), so nothing can be checked.</summary>
    public static AssetCatalog Unknown { get; } = new([], known: false);

    /// <summary>Whether the targets described the files; when not, references are left as written and not reported.</summary>
    public bool IsKnown { get; }

    public EquatableArray<AssetFile> Files => files;

    /// <summary>The file at a project-relative path, compared ordinally (as Linux serves files).</summary>
    public AssetFile? Find(string relativePath)
    {
        // Built on first use, outside equality; a race builds two equal dictionaries.
        byPath ??= files.GroupBy(file => file.RelativePath, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        return byPath.TryGetValue(relativePath, out var file) ? file : null;
    }

    public bool Equals(AssetCatalog? other) =>
        ReferenceEquals(this, other) || (other is not null && hashCode == other.hashCode && IsKnown == other.IsKnown && files.Equals(other.files));

    public override bool Equals(object? obj) => Equals(obj as AssetCatalog);

    public override int GetHashCode() => hashCode;
}

/// <summary>What linking a post to its files depends on: every file beside the posts, and how a missing one is reported.</summary>
/// <param name="Catalog">The files.</param>
/// <param name="Severity">What a reference to a missing or unusable file is (<c>BlogAssetSeverity</c>): a warning, or an error that fails the build.</param>
internal sealed record AssetContext(AssetCatalog Catalog, Microsoft.CodeAnalysis.DiagnosticSeverity Severity);
