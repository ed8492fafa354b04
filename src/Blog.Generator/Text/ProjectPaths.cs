using System.Collections.Generic;

namespace Blog.Generator.Text;

/// <summary>Paths inside the project as posts name them: forward slashes, relative to the project's folder.</summary>
internal static class ProjectPaths
{
    /// <summary>The folder of a project-relative file: empty for a file at the root.</summary>
    public static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    /// <summary>
    /// <paramref name="path"/> (unescaped, forward slashes) taken from <paramref name="folder"/>, with <c>.</c> and
    /// <c>..</c> resolved as a file system does; <paramref name="above"/> counts the <c>..</c> that would climb past the
    /// project's root, which are dropped.
    /// </summary>
    public static string Combine(string folder, string path, out int above)
    {
        var segments = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        above = 0;
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        above++;
                    }
                    else
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join("/", segments);
    }
}
