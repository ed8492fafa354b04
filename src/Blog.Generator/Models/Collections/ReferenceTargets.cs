using System;
using System.Collections.Generic;
using System.Linq;

namespace Blog.Generator.Models.Collections;

/// <summary>
/// Every collection entry that a reference can name: collection, slug and file. Built from file paths alone, so it
/// changes only when entries are added, removed or renamed, and parses that combine with it stay cached otherwise.
/// </summary>
internal sealed class ReferenceTargets : IEquatable<ReferenceTargets>
{
    public static readonly ReferenceTargets None = new([]);

    private readonly EquatableArray<ReferenceTarget> targets;
    private readonly Dictionary<(string Collection, string Slug), string> byKey = [];

    public ReferenceTargets(IEnumerable<ReferenceTarget> targets)
    {
        this.targets = targets
            .OrderBy(t => t.CollectionTypeName, StringComparer.Ordinal)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ThenBy(t => t.RelativePath, StringComparer.Ordinal)
            .ToEquatableArray();
        foreach (var target in this.targets)
        {
            // Two entries with one slug are reported by the collection's index; the first path stands in here.
            if (!byKey.ContainsKey((target.CollectionTypeName, target.Slug)))
            {
                byKey.Add((target.CollectionTypeName, target.Slug), target.RelativePath);
            }
        }
    }

    /// <summary>The file holding the entry <paramref name="slug"/> of a collection, or <see langword="null"/>.</summary>
    public string? Find(string collectionTypeName, string slug) =>
        byKey.TryGetValue((collectionTypeName, slug), out var path) ? path : null;

    /// <summary>The slugs of a collection in ordinal order, for a message suggesting what exists.</summary>
    public IEnumerable<string> SlugsOf(string collectionTypeName) =>
        targets.Where(t => t.CollectionTypeName == collectionTypeName).Select(t => t.Slug).Distinct();

    public bool Equals(ReferenceTargets? other) => other is not null && targets.Equals(other.targets);

    public override bool Equals(object? obj) => Equals(obj as ReferenceTargets);

    public override int GetHashCode() => targets.GetHashCode();
}

/// <summary>One entry a reference can name.</summary>
internal sealed record ReferenceTarget(string CollectionTypeName, string Slug, string RelativePath);
