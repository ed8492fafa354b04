using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Schemas;

/// <summary>The checks that need every schema at once: unique folders and class names, and one post schema.</summary>
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

        var finished = all
            .Select(s => errors[s].Count == 0
                ? s
                : s with { Diagnostics = s.Diagnostics.Concat(errors[s].Select(e => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSchema, s.Location, e))).ToEquatableArray() })
            .ToList();

        // What binding and emitting read carries no location, so moving a schema class down a line re-reads no entry.
        var noLocation = LocationInfo.StartOf(string.Empty);
        return new SchemaSet(
            finished.Where(s => s.Kind == SchemaKind.Collection && s.IsValid).Select(s => s with { Location = noLocation }).ToEquatableArray(),
            finished.Where(s => s.Kind == SchemaKind.PostFrontMatter && s.IsValid).Select(s => s with { Location = noLocation }).SingleOrDefault(),
            CollectionDirectories.From(finished.Where(s => s.Kind == SchemaKind.Collection && s.Directory.Length > 0).Select(s => new CollectionDirectory(s.Directory, s.TypeName))),
            finished.SelectMany(s => s.Diagnostics).ToEquatableArray());
    }
}
