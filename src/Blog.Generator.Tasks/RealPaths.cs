using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Blog.Generator.Tasks;

/// <summary>
/// A path's real place, as POSIX <c>realpath</c> gives it: each folder and the file followed through any symbolic link
/// or junction, one part at a time, so a link inside a linked folder is followed too. A link whose target cannot be
/// read, or a chain of more than 40 links, gives <see langword="null"/>: the caller treats the file as outside.
/// </summary>
/// <remarks>
/// Reading a link's target needs <c>FileSystemInfo.LinkTarget</c> (.NET 6 and later, the .NET SDK's MSBuild), reached
/// by reflection from netstandard2.0. Visual Studio's MSBuild on .NET Framework has no such API: there any link on a
/// Blog input's path gives <see langword="null"/>, so it is reported rather than followed.
/// </remarks>
internal sealed class RealPaths
{
    private const int MaxLinks = 40;

    private static readonly PropertyInfo? LinkTarget = typeof(FileSystemInfo).GetProperty("LinkTarget");

    private readonly Dictionary<string, string?> known = new(StringComparer.Ordinal);

    /// <summary>How paths compare: without case on Windows, where the file system ignores it.</summary>
    public static StringComparison Comparison { get; } = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public string? Of(string path)
    {
        var pending = new Stack<string>();
        var current = Path.GetFullPath(path);
        var links = 0;
        while (true)
        {
            // Walk up to the nearest folder already resolved (the root at worst), remembering the parts below it.
            var resolved = (string?)null;
            while (true)
            {
                if (known.TryGetValue(current, out resolved))
                {
                    break;
                }

                var parent = Path.GetDirectoryName(current);
                if (parent is null)
                {
                    resolved = current;
                    break;
                }

                pending.Push(Path.GetFileName(current));
                current = parent;
            }

            if (resolved is null)
            {
                return null;
            }

            // Walk down again, following each part that is a link.
            var restart = false;
            while (pending.Count > 0)
            {
                var part = pending.Pop();
                var next = Path.Combine(resolved, part);
                var info = Directory.Exists(next) ? (FileSystemInfo)new DirectoryInfo(next) : new FileInfo(next);
                if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    // A real path is its own real place: the folders of the next files resolve from here.
                    resolved = next;
                    if (info is DirectoryInfo)
                    {
                        known[next] = next;
                    }

                    continue;
                }

                if (LinkTarget?.GetValue(info) is not string target || ++links > MaxLinks)
                {
                    return null;
                }

                // The link's target, then what was below the link, resolved from the start again.
                current = Path.GetFullPath(Path.Combine(resolved, target));
                restart = true;
                break;
            }

            if (!restart)
            {
                return resolved;
            }
        }
    }
}
