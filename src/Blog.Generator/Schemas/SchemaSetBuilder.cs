using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Schemas;

/// <summary>The checks that need every schema at once: unique folders and class names, one post schema, no reference cycles.</summary>
internal static class SchemaSetBuilder
{
    public static SchemaSet Build(ImmutableArray<CollectionSchema> collections, ImmutableArray<CollectionSchema> postSchemas)
    {
        // Sorted first, so the result does not depend on the order the compiler found the classes in.
        var all = collections.Concat(postSchemas).OrderBy(s => s.TypeName, StringComparer.Ordinal).ThenBy(s => s.Kind).ToList();
        var errors = all.ToDictionary(s => s, _ => new List<string>());

        foreach (var group in all.Where(s => s.Kind == SchemaKind.Collection && s.Directory.Length > 0).GroupBy(s => s.Directory, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var schema in group)
            {
                errors[schema].Add("The folder '" + group.Key + "' is declared by more than one collection (" + string.Join(", ", group.Select(s => s.Name)) + "): give each its own folder");
            }
        }

        foreach (var group in all.Where(s => s.Kind == SchemaKind.Collection).GroupBy(s => s.Namespace + "." + s.ClassName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var schema in group)
            {
                errors[schema].Add("More than one collection is listed by the class " + group.Key.TrimStart('.') + ": set a different ClassName in [Collection]");
            }
        }

        if (postSchemas.Length > 1)
        {
            foreach (var schema in all.Where(s => s.Kind == SchemaKind.PostFrontMatter))
            {
                errors[schema].Add("Only one class may be [PostFrontMatter], but " + string.Join(" and ", all.Where(s => s.Kind == SchemaKind.PostFrontMatter).Select(s => s.Name)) + " are");
            }
        }

        foreach (var (schema, cycle) in Cycles(all))
        {
            errors[schema].Add(schema.Name + " is part of a cycle of references (" + string.Join(" → ", cycle) + "): each entry is built once, before anything that refers to it, so references must not lead back; remove one of them");
        }

        var finished = all
            .Select(s => errors[s].Count == 0
                ? s
                : s with { Diagnostics = s.Diagnostics.Concat(errors[s].Select(e => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSchema, s.Location, e))).ToEquatableArray() })
            .ToList();

        return new SchemaSet(
            finished.Where(s => s.Kind == SchemaKind.Collection && s.IsValid).ToEquatableArray(),
            finished.SingleOrDefault(s => s.Kind == SchemaKind.PostFrontMatter && s.IsValid),
            CollectionDirectories.From(finished.Where(s => s.Kind == SchemaKind.Collection && s.Directory.Length > 0).Select(s => new CollectionDirectory(s.Directory, s.TypeName))),
            finished.SelectMany(s => s.Diagnostics).ToEquatableArray());
    }

    /// <summary>Each schema on a cycle of collection references, with the cycle as written from it.</summary>
    private static IEnumerable<(CollectionSchema Schema, List<string> Cycle)> Cycles(List<CollectionSchema> schemas)
    {
        var byType = schemas.Where(s => s.Kind == SchemaKind.Collection).GroupBy(s => s.TypeName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var schema in byType.Values)
        {
            var path = FindPathBack(schema.TypeName, schema.TypeName, byType, [], []);
            if (path is not null)
            {
                yield return (schema, new[] { schema.Name }.Concat(path.Select(t => byType[t].Name)).ToList());
            }
        }
    }

    private static List<string>? FindPathBack(string start, string current, Dictionary<string, CollectionSchema> byType, HashSet<string> visited, List<string> path)
    {
        foreach (var target in References(byType[current].Properties).Distinct())
        {
            if (target == start)
            {
                return [.. path, target];
            }

            if (byType.ContainsKey(target) && visited.Add(target))
            {
                if (FindPathBack(start, target, byType, visited, [.. path, target]) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> References(EquatableArray<SchemaProperty> properties) =>
        properties.SelectMany(p => References(p.Type));

    private static IEnumerable<string> References(SchemaType type) => type switch
    {
        ReferenceSchemaType reference => [reference.CollectionTypeName],
        ListSchemaType list => References(list.Element),
        ObjectSchemaType obj => References(obj.Properties),
        _ => [],
    };
}
