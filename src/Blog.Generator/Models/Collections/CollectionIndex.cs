using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Models.Collections;

/// <summary>Every collection's static class as data, and the entries left out for sharing a slug.</summary>
/// <param name="Collections">One per valid collection, ordered by type name.</param>
/// <param name="ExcludedPaths">
/// Every entry file that is not generated: its own errors, a shared slug, a cycle, an unusable schema, or a reference to
/// an entry left out for one of these. Anything referring to one of them is left out too.
/// </param>
/// <param name="Diagnostics">The errors found across entries.</param>
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
