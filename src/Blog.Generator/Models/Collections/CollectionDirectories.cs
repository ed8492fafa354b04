using System;
using System.Linq;

namespace Blog.Generator.Models.Collections;

/// <summary>
/// Which folder holds which collection. Kept apart from the schemas so that editing a schema's properties does not
/// make every Markdown file be picked again.
/// </summary>
internal sealed record CollectionDirectories(EquatableArray<CollectionDirectory> Directories)
{
    public static readonly CollectionDirectories None = new(EquatableArray<CollectionDirectory>.Empty);

    /// <summary>The collection holding a file (by its project-relative path), or <see langword="null"/>; the deepest folder wins.</summary>
    public string? CollectionOf(string relativePath)
    {
        CollectionDirectory? best = null;
        foreach (var directory in Directories)
        {
            if (relativePath.StartsWith(directory.Directory + "/", StringComparison.Ordinal) &&
                (best is null || directory.Directory.Length > best.Directory.Length))
            {
                best = directory;
            }
        }

        return best?.TypeName;
    }

    public static CollectionDirectories From(System.Collections.Generic.IEnumerable<CollectionDirectory> directories) =>
        new(directories.OrderBy(d => d.Directory, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal).ToEquatableArray());
}

/// <summary>One collection's folder.</summary>
internal sealed record CollectionDirectory(string Directory, string TypeName);
