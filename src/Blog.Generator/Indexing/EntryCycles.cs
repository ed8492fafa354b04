using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Models.Collections;

namespace Blog.Generator.Indexing;

/// <summary>
/// Finds entries that refer to each other in a cycle (<c>jane → sam → jane</c>, or an entry referring to itself).
/// Each entry is a static field initialised on first use, so in a cycle one of them would read the other before it
/// exists and hold null: the generator refuses to build that rather than emit a null where the type says there is none.
/// A reference to an entry of the same type is fine as long as the entries it leads to never lead back.
/// </summary>
internal static class EntryCycles
{
    /// <summary>Every entry on a cycle, with the reference that starts the cycle and the cycle as slugs, in path order.</summary>
    public static IEnumerable<(EntryRow Entry, Models.Schemas.ReferenceUse First, IReadOnlyList<string> Cycle)> Find(IReadOnlyList<EntryRow> entries)
    {
        var byPath = entries.ToDictionary(e => e.RelativePath, StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal))
        {
            if (PathBack(entry.RelativePath, entry.RelativePath, byPath, new HashSet<string>(StringComparer.Ordinal)) is { } path)
            {
                var first = entry.References.First(use => use.RelativePath == path[0]);
                yield return (entry, first, new[] { entry.Slug }.Concat(path.Select(p => byPath[p].Slug)).ToList());
            }
        }
    }

    /// <summary>A path of references from <paramref name="current"/> back to <paramref name="start"/>, or null. Depth-first, each entry visited once.</summary>
    private static List<string>? PathBack(string start, string current, Dictionary<string, EntryRow> byPath, HashSet<string> visited)
    {
        var stack = new Stack<(string Path, List<string> Trail)>();
        stack.Push((current, []));
        while (stack.Count > 0)
        {
            var (path, trail) = stack.Pop();
            foreach (var next in byPath[path].References.Select(use => use.RelativePath))
            {
                if (next == start)
                {
                    return [.. trail, next];
                }

                if (byPath.ContainsKey(next) && visited.Add(next))
                {
                    stack.Push((next, [.. trail, next]));
                }
            }
        }

        return null;
    }
}
