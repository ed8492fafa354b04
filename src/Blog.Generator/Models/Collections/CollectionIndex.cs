using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Models.Collections;

/// <summary>Every collection's static class as data, and the entries left out for sharing a slug.</summary>
/// <param name="Collections">One per valid collection, ordered by type name.</param>
/// <param name="ExcludedPaths">Entries that share a slug: reported on both, and neither is emitted.</param>
/// <param name="Diagnostics">The shared-slug errors.</param>
internal sealed record CollectionIndexes(
    EquatableArray<CollectionIndex> Collections,
    EquatableArray<string> ExcludedPaths,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One collection's static class: its schema and its entries, ordered by slug.</summary>
internal sealed record CollectionIndex(CollectionSchema Schema, EquatableArray<CollectionMember> Members);

/// <summary>One entry of a collection's static class.</summary>
/// <param name="Slug">The entry's slug.</param>
/// <param name="MemberName">Its property on the static class (<c>jane-doe</c> → <c>JaneDoe</c>).</param>
/// <param name="RelativePath">Its file, which names its data class.</param>
internal sealed record CollectionMember(string Slug, string MemberName, string RelativePath);
