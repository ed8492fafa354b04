using System;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Emitting;
using Blog.Generator.Models;

namespace Blog.Generator.Indexing;

/// <summary>
/// Orders the published posts for the index and keeps slugs unique: posts that share a slug are all reported
/// and all left out, so no lookup silently returns the wrong one.
/// </summary>
internal static class IndexBuilder
{
    public static IndexModel Build(ImmutableArray<IndexEntry?> entries, IndexOptions options)
    {
        var published = entries.Where(entry => entry is not null).Select(entry => entry!).ToList();
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
        var posts = ordered
            .Select((entry, position) => new IndexedPost(entry, memberNames[entry.Slug], related[position]))
            .ToEquatableArray();

        return new IndexModel(options, posts, duplicateSlugs.OrderBy(slug => slug, StringComparer.Ordinal).ToEquatableArray(), diagnostics);
    }
}
