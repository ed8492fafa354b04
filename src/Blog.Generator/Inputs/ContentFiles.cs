using System;
using System.IO;
using System.Text;
using System.Threading;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Inputs;

/// <summary>
/// Picks the AdditionalFiles that are posts and reads them. A file is a post only when MSBuild marked it with
/// <c>BlogPost="true"</c> (the package's targets do so for <c>Posts/**/*.md</c>), so Markdown other tools add is left alone.
/// </summary>
internal static class ContentFiles
{
    public static bool IsPost(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasMetadata(file, options, "BlogPost");

    /// <summary>
    /// Whether MSBuild offered the file as possible collection content (<c>BlogContent="true"</c>, which the package's
    /// targets set on Markdown in the project's folders); it is read only if it lies in a collection's folder.
    /// </summary>
    public static bool IsCandidate(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        IsPost(file, options) || HasMetadata(file, options, "BlogContent");

    /// <summary>
    /// Reads a post or a collection entry: a file in a collection's folder is that collection's, even when it is also
    /// under the posts folder; any other file marked as a post is a post. Any other file is left unread.
    /// </summary>
    public static ContentFile? Read(
        AdditionalText file,
        AnalyzerConfigOptionsProvider options,
        CollectionDirectories directories,
        CancellationToken cancellationToken)
    {
        options.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        var relativePath = RelativePath(file.Path, projectDirectory);
        var collection = directories.CollectionOf(relativePath);
        if (collection is null && !IsPost(file, options))
        {
            return null;
        }

        var text = file.GetText(cancellationToken);

        // csc decodes by byte-order mark, else as strict UTF-8, and only when that throws falls back to a replacing
        // UTF-8 decoder. Only that fallback (or a text of unknown origin) makes U+FFFD a sign of invalid bytes.
        var encoding = text?.Encoding;
        var mayHoldReplacedBytes = encoding is null || (encoding is UTF8Encoding && encoding.DecoderFallback is not DecoderExceptionFallback);
        return new ContentFile(collection ?? string.Empty, new PostFile(file.Path, relativePath, text?.ToString(), mayHoldReplacedBytes));
    }

    /// <summary>Whether MSBuild gave the file the item metadata <paramref name="name"/>="true".</summary>
    public static bool HasMetadata(AdditionalText file, AnalyzerConfigOptionsProvider options, string name) =>
        options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles." + name, out var value) &&
        string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

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
