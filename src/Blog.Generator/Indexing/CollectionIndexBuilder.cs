using System;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Emitting;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Indexing;

/// <summary>
/// Builds each collection's static class from its entries' slugs and paths, and finds the entries that cannot be
/// built: two sharing a slug, or entries referring to each other in a cycle.
/// </summary>
internal static class CollectionIndexBuilder
{
    public static CollectionIndexes Build(ImmutableArray<EntryIndexEntry?> entries, SchemaSet schemas)
    {
        var sound = entries.Where(e => e is not null).Select(e => e!).ToList();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var excluded = ImmutableArray.CreateBuilder<string>();
        foreach (var group in sound.GroupBy(e => (e.CollectionTypeName, e.Slug)).Where(g => g.Count() > 1))
        {
            var paths = group.Select(e => e.RelativePath).OrderBy(p => p, StringComparer.Ordinal).ToList();
            foreach (var entry in group.OrderBy(e => e.RelativePath, StringComparer.Ordinal))
            {
                var others = string.Join(", ", paths.Where(p => p != entry.RelativePath));
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateEntrySlug,
                    LocationInfo.StartOf(entry.FullPath),
                    ScalarSchemaType.ShortName(entry.CollectionTypeName),
                    entry.Slug,
                    others));
                excluded.Add(entry.RelativePath);
            }
        }

        foreach (var (entry, cycle) in EntryCycles.Find(sound.Where(e => !excluded.Contains(e.RelativePath)).ToList()))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, LocationInfo.StartOf(entry.FullPath), entry.RelativePath, string.Join(" → ", cycle)));
            excluded.Add(entry.RelativePath);
        }

        var collections = schemas.Collections.Select(schema =>
        {
            var members = sound
                .Where(e => e.CollectionTypeName == schema.TypeName && !excluded.Contains(e.RelativePath))
                .OrderBy(e => e.Slug, StringComparer.Ordinal)
                .ToList();
            var names = Naming.MemberNames(members.Select(e => e.Slug));
            return new CollectionIndex(schema, members.Select(e => new CollectionMember(e.Slug, names[e.Slug], e.RelativePath)).ToEquatableArray());
        });

        return new CollectionIndexes(
            collections.ToEquatableArray(),
            excluded.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }
}
