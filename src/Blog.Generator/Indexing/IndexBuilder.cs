using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Blog.Generator.Diagnostics;
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

    /// <param name="rows">Every post's row; null for a post with errors or a draft.</param>
    /// <param name="options">The index settings.</param>
    /// <param name="excludedEntries">Collection entries that are not generated: a post referring to one is left out too.</param>
    public static IndexModel Build(ImmutableArray<PostRow?> rows, IndexOptions options, EquatableArray<string> excludedEntries)
    {
        var all = rows.Where(row => row is not null).Select(row => row!).ToList();
        var excludedEntrySet = excludedEntries.ToImmutableHashSet(StringComparer.Ordinal);
        var checkedRows = all
            .Select(row => (Row: row, Missing: row.References.FirstOrDefault(use => excludedEntrySet.Contains(use.RelativePath))))
            .ToList();
        var brokenReferences = checkedRows.Where(pair => pair.Missing is not null).ToList();
        var published = checkedRows.Where(pair => pair.Missing is null).Select(pair => pair.Row).ToList();
        var duplicates = published
            .GroupBy(row => row.Slug, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .ToList();

        var diagnostics = duplicates
            .SelectMany(group => group.Select(row => DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateSlug,
                row.SlugLocation,
                row.Slug,
                string.Join("', '", group.Where(other => other != row).Select(other => other.RelativePath).OrderBy(path => path, StringComparer.Ordinal)))))
            .Concat(brokenReferences.Select(pair => DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceToFailedEntry, pair.Missing!.Location, pair.Missing.RelativePath)))
            .OrderBy(diagnostic => diagnostic.Location?.FilePath, StringComparer.Ordinal)
            .ToEquatableArray();

        var duplicateSlugs = duplicates.Select(group => group.Key).ToImmutableHashSet(StringComparer.Ordinal);
        var unique = published.Where(row => !duplicateSlugs.Contains(row.Slug)).ToList();
        var memberNames = MemberNames.For(unique.Select(row => row.Slug));
        var ordered = unique
            .OrderByDescending(row => row.Date.ToDateTimeOffset().UtcTicks)
            .ThenBy(row => row.Slug, StringComparer.Ordinal)
            .ToList();
        var related = RelatedPosts.Rank(ordered, options.RelatedPostCount);
        // Each property is a method of Posts, and a type holds at most 65,535: past the limit no post gets one (all or
        // none, so that adding a post never takes another's member away).
        var withMembers = ordered.Count <= MaxPostMembers;
        var posts = ordered
            .Select((row, position) => new IndexedPost(row, withMembers ? memberNames[row.Slug] : string.Empty, related[position]))
            .ToEquatableArray();
        if (!withMembers)
        {
            diagnostics = diagnostics.Append(DiagnosticInfo.Create(DiagnosticDescriptors.TooManyPostMembers, null, ordered.Count.ToString(CultureInfo.InvariantCulture), MaxPostMembers.ToString(CultureInfo.InvariantCulture))).ToEquatableArray();
        }

        var excluded = duplicates.SelectMany(group => group).Concat(brokenReferences.Select(pair => pair.Row)).Select(row => row.RelativePath);
        return new IndexModel(options, posts, excluded.OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray(), diagnostics);
    }
}
