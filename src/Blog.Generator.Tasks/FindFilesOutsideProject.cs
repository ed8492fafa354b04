using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Blog.Generator.Tasks;

/// <summary>
/// Finds the files among <see cref="Files"/> whose real place, after following every symbolic link and junction on
/// their path, is not inside <see cref="ProjectDirectory"/> (itself taken at its real place). MSBuild's globs follow
/// links, so a post, an include or a data file that is a link to <c>/etc/passwd</c>, or lies in a linked folder, would
/// otherwise be read into the site. The targets take those files out of the compilation and name them to the
/// generator, which reports each where it is used (BLOG046).
/// </summary>
public sealed class FindFilesOutsideProject : Task
{
    /// <summary>The files to check (the Blog inputs among AdditionalFiles).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The project's folder.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The files that lie outside the project, each with <c>BlogRealPath</c> (where it really is, or empty when a link
    /// on its path cannot be followed) and <c>BlogKind</c>: <c>post</c>, <c>content</c>, or its <c>BlogJekyllFile</c>
    /// kind (<c>include</c>, <c>data</c>, <c>config</c>).
    /// </summary>
    [Output]
    public ITaskItem[] Outside { get; set; } = [];

    /// <inheritdoc/>
    public override bool Execute()
    {
        var resolver = new RealPaths();
        var project = resolver.Of(ProjectDirectory);
        if (project is null)
        {
            Log.LogWarning("Blog.Generator cannot follow the links on the project's own path ({0}); no post, include or data file is taken as outside it.", ProjectDirectory);
            return true;
        }

        var root = project.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var outside = new List<ITaskItem>();
        foreach (var file in Files)
        {
            var real = resolver.Of(file.GetMetadata("FullPath"));
            if (real is null || !real.StartsWith(root, RealPaths.Comparison))
            {
                var item = new TaskItem(file);
                item.SetMetadata("BlogRealPath", real ?? string.Empty);
                var jekyll = file.GetMetadata("BlogJekyllFile");
                item.SetMetadata("BlogKind", jekyll.Length > 0 ? jekyll : string.Equals(file.GetMetadata("BlogPost"), "true", StringComparison.OrdinalIgnoreCase) ? "post" : "content");
                outside.Add(item);
            }
        }

        Outside = outside.ToArray();
        return true;
    }
}
