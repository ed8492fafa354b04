using System;
using System.IO;
using System.Text;
using System.Threading;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Discovery;

/// <summary>
/// Picks the AdditionalFiles that are posts and reads them. A file is a post only when MSBuild marked it with
/// <c>BlogPost="true"</c> (the package's targets do so for <c>Posts/**/*.md</c>), so Markdown other tools add is left alone.
/// </summary>
internal static class PostFiles
{
    public static bool IsPost(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.BlogPost", out var value) &&
        string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static PostFile Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        options.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        var text = file.GetText(cancellationToken);
        return new PostFile(file.Path, RelativePath(file.Path, projectDirectory), text?.ToString());
    }

    /// <summary>The path relative to the project directory, with forward slashes, so output does not depend on the machine.</summary>
    public static string RelativePath(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (string.IsNullOrWhiteSpace(projectDirectory))
        {
            return Path.GetFileName(normalized);
        }

        var root = projectDirectory!.Replace('\\', '/').TrimEnd('/') + "/";
        if (normalized.StartsWith(root, StringComparison.Ordinal))
        {
            return normalized.Substring(root.Length);
        }

        var pathParts = normalized.Split('/');
        var rootParts = root.TrimEnd('/').Split('/');
        var common = 0;
        while (common < pathParts.Length - 1 && common < rootParts.Length && pathParts[common] == rootParts[common])
        {
            common++;
        }

        var builder = new StringBuilder();
        for (var i = common; i < rootParts.Length; i++)
        {
            builder.Append("../");
        }

        return builder.Append(string.Join("/", pathParts, common, pathParts.Length - common)).ToString();
    }
}
