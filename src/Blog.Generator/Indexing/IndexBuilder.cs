using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Emitting;
using Blog.Generator.Models;

namespace Blog.Generator.Indexing;

/// <summary>
/// Orders the published posts for the index and keeps slugs unique: posts that share a slug are all reported
/// and all left out, so no lookup silently returns the wrong one. A post referring to a collection entry that is not
/// generated is reported and left out as well.
/// </summary>
internal static class IndexBuilder
{
    /// <summary>The most posts that get a property each in <c>Posts</c>; well inside the 65,535 methods of a type.</summary>
    public const int MaxPostMembers = 50_000;

    /// <param name="entries">Every post's index entry; null for a post with errors or a draft.</param>
    /// <param name="options">The index settings.</param>
    /// <param name="excludedEntries">Collection entries that are not generated: a post referring to one is left out too.</param>
    public static IndexModel Build(ImmutableArray<IndexEntry?> entries, IndexOptions options, EquatableArray<string> excludedEntries)
    {
        var all = entries.Where(entry => entry is not null).Select(entry => entry!).ToList();
        var excludedEntrySet = excludedEntries.ToImmutableHashSet(StringComparer.Ordinal);
        var checkedEntries = all
            .Select(entry => (Entry: entry, Missing: entry.References.FirstOrDefault(use => excludedEntrySet.Contains(use.RelativePath))))
            .ToList();
        var brokenReferences = checkedEntries.Where(pair => pair.Missing is not null).ToList();
        var published = checkedEntries.Where(pair => pair.Missing is null).Select(pair => pair.Entry).ToList();
        var duplicates = published
            .GroupBy(entry => entry.Slug, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .ToList();

        var diagnostics = duplicates
            .SelectMany(group => group.Select(entry => DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateSlug,
                entry.SlugLocation,
                entry.Slug,
                string.Join("', '", group.Where(other => other != entry).Select(other => other.RelativePath).OrderBy(path => path, StringComparer.Ordinal)))))
            .Concat(brokenReferences.Select(pair => DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceToFailedEntry, pair.Missing!.Location, pair.Missing.RelativePath)))
            .OrderBy(diagnostic => diagnostic.Location?.FilePath, StringComparer.Ordinal)
            .ToEquatableArray();

        var duplicateSlugs = duplicates.Select(group => group.Key).ToImmutableHashSet(StringComparer.Ordinal);
        var unique = published.Where(entry => !duplicateSlugs.Contains(entry.Slug)).ToList();
        var memberNames = Naming.MemberNames(unique.Select(entry => entry.Slug));
        var ordered = unique
            .OrderByDescending(entry => entry.Date.ToDateTimeOffset().UtcTicks)
            .ThenBy(entry => entry.Slug, StringComparer.Ordinal)
            .ToList();
        var related = RelatedPosts.Rank(ordered, options.RelatedPostCount);
        // Each property is a method of Posts, and a type holds at most 65,535: past the limit no post gets one (all or
        // none, so that adding a post never takes another's member away).
        var withMembers = ordered.Count <= MaxPostMembers;
        var posts = ordered
            .Select((entry, position) => new IndexedPost(entry, withMembers ? memberNames[entry.Slug] : string.Empty, related[position]))
            .ToEquatableArray();
        if (!withMembers)
        {
            diagnostics = diagnostics.Append(DiagnosticInfo.Create(DiagnosticDescriptors.TooManyPostMembers, null, ordered.Count.ToString(CultureInfo.InvariantCulture), MaxPostMembers.ToString(CultureInfo.InvariantCulture))).ToEquatableArray();
        }

        var excluded = duplicates.SelectMany(group => group).Concat(brokenReferences.Select(pair => pair.Entry)).Select(entry => entry.RelativePath);
        return new IndexModel(options, posts, excluded.OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray(), diagnostics);
    }
}
