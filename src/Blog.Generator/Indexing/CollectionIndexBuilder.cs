using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Indexing;

/// <summary>
/// Builds each collection's static class from its entries' slugs and paths, and decides which entries cannot be
/// generated: their own errors, two sharing a slug, entries referring to each other in a cycle, and, in turn, entries
/// that refer to any of those. Nothing generated ever points at an entry that is not.
/// </summary>
internal static class CollectionIndexBuilder
{
    public static CollectionIndexes Build(ImmutableArray<EntryRow> entries, SchemaSet schemas)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var excluded = new HashSet<string>(
            entries.Where(e => !e.IsSound || schemas.Find(e.CollectionTypeName) is null).Select(e => e.RelativePath),
            StringComparer.Ordinal);
        var sound = entries.Where(e => !excluded.Contains(e.RelativePath)).OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();

        foreach (var group in sound.GroupBy(e => (e.CollectionTypeName, e.Slug)).Where(g => g.Count() > 1))
        {
            var paths = group.Select(e => e.RelativePath).ToList();
            foreach (var entry in group)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateEntrySlug,
                    LocationInfo.StartOf(entry.FullPath),
                    ScalarSchemaType.ShortName(entry.CollectionTypeName),
                    entry.Slug,
                    string.Join(", ", paths.Where(p => p != entry.RelativePath))));
                excluded.Add(entry.RelativePath);
            }
        }

        foreach (var (entry, first, cycle) in EntryCycles.Find(sound.Where(e => !excluded.Contains(e.RelativePath)).ToList()))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, first.Location, entry.RelativePath, string.Join(" → ", cycle)));
            excluded.Add(entry.RelativePath);
        }

        // An entry referring to one left out is left out too, and so on down the chain.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var entry in sound.Where(e => !excluded.Contains(e.RelativePath)))
            {
                if (entry.References.FirstOrDefault(use => excluded.Contains(use.RelativePath)) is { } missing)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceToFailedEntry, missing.Location, missing.RelativePath));
                    excluded.Add(entry.RelativePath);
                    changed = true;
                }
            }
        }

        var collections = schemas.Collections.Select(schema =>
        {
            var members = sound
                .Where(e => e.CollectionTypeName == schema.TypeName && !excluded.Contains(e.RelativePath))
                .OrderBy(e => e.Slug, StringComparer.Ordinal)
                .ToList();
            var names = MemberNames.For(members.Select(e => e.Slug), schema.ClassName);
            return new CollectionIndex(schema, members.Select(e => new CollectionMember(e.Slug, names[e.Slug], e.RelativePath)).ToEquatableArray());
        });

        return new CollectionIndexes(
            collections.ToEquatableArray(),
            excluded.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.TextSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToEquatableArray());
    }
}
