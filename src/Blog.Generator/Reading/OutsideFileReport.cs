using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Text;

namespace Blog.Generator.Reading;

/// <summary>
/// BLOG046 for each input the package's targets left unread because it lies outside the project (a symbolic link): at
/// the file, for a post, a collection entry, <c>_config.yml</c> or a data file. An include is reported where a post
/// names it instead, and Markdown outside every collection's folder was never content, so neither is reported here.
/// </summary>
internal static class OutsideFileReport
{
    public static EquatableArray<DiagnosticInfo> Of(EquatableArray<OutsideFile> files, CollectionDirectories directories) => files
        .Where(file => file.Kind is "post" or "data" or "config" || (file.Kind == "content" && directories.CollectionOf(file.RelativePath) is not null))
        .Select(file => DiagnosticInfo.Create(DiagnosticDescriptors.FileOutsideProject, new TextLocator(file.FullPath, string.Empty).Line(0), file.RelativePath))
        .ToEquatableArray();
}
