using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Blog.Generator.Tasks;

/// <summary>
/// Describes the files beside the posts (images, downloads) for the generator, which may read no file itself: for
/// each, its path in the project, length, content fingerprint and integrity hash, and for an image its width and
/// height (<see cref="ImageHeaders"/>), or why it cannot be used. The description is written to
/// <see cref="ManifestPath"/>, one tab-separated line per file, which the targets give the generator as an additional
/// file; it is rewritten only when it changes, so an unchanged set of files leaves the compile up to date.
/// </summary>
public sealed class DescribeAssets : Task
{
    /// <summary>The manifest's first line: the format's name and version, checked by the generator.</summary>
    public const string Header = "blog-assets\t1";

    /// <summary>
    /// The files. A <c>Fingerprint</c> and <c>Integrity</c> already given (by the SDK's static web assets, whose
    /// routes must match) are kept; otherwise both are computed from the file's SHA-256.
    /// </summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The project's folder: paths are written relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The files among <see cref="Files"/> whose real place is outside the project, as <see cref="FindFilesOutsideProject"/>
    /// found them: described as unusable, and never opened.
    /// </summary>
    public ITaskItem[] Outside { get; set; } = [];

    /// <summary>Where the manifest is written.</summary>
    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    /// <inheritdoc/>
    public override bool Execute()
    {
        var project = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var outside = new HashSet<string>(Array.ConvertAll(Outside, item => item.GetMetadata("FullPath")), RealPaths.Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var fullPath = file.GetMetadata("FullPath");
            if (!fullPath.StartsWith(project, RealPaths.Comparison))
            {
                continue;
            }

            var relative = fullPath.Substring(project.Length).Replace('\\', '/');
            lines[relative] = Describe(relative, fullPath, file, outside.Contains(fullPath));
        }

        var text = new StringBuilder(Header).Append('\n');
        foreach (var line in lines.Values)
        {
            text.Append(line).Append('\n');
        }

        WriteIfChanged(ManifestPath, text.ToString());
        return !Log.HasLoggedErrors;
    }

    /// <summary>One line: path, length, fingerprint, integrity, width, height and problem, tab-separated.</summary>
    private static string Describe(string relative, string fullPath, ITaskItem file, bool isOutside)
    {
        long length = 0;
        string fingerprint = file.GetMetadata("Fingerprint"), integrity = file.GetMetadata("Integrity");
        int width = 0, height = 0;
        string? problem = null;
        if (isOutside)
        {
            problem = "outside:lies outside the project once its symbolic links are followed, so it is not served: copy the file into the project instead of linking to it";
        }
        else
        {
            try
            {
                using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
                length = stream.Length;
                if (fingerprint.Length == 0 || integrity.Length == 0)
                {
                    using var sha = SHA256.Create();
                    var hash = sha.ComputeHash(stream);
                    fingerprint = Fingerprint(hash);
                    integrity = "sha256-" + Convert.ToBase64String(hash);
                }

                if (ImageHeaders.IsImage(fullPath))
                {
                    stream.Position = 0;
                    var header = ImageHeaders.Read(stream, Path.GetExtension(fullPath));
                    (width, height) = (header.Width, header.Height);
                    problem = header.Problem is { } unreadable ? "image:gets no width and height, since " + unreadable : null;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = "unreadable:cannot be read, so it is not served (" + exception.Message.TrimEnd('.') + ")";
            }
        }

        // The SDK's static web assets give the hash alone; a page's integrity attribute names its algorithm.
        if (integrity.Length > 0 && !integrity.StartsWith("sha", StringComparison.Ordinal))
        {
            integrity = "sha256-" + integrity;
        }

        return string.Join(
            "\t",
            Escape(relative),
            length.ToString(CultureInfo.InvariantCulture),
            fingerprint,
            integrity,
            width.ToString(CultureInfo.InvariantCulture),
            height.ToString(CultureInfo.InvariantCulture),
            Escape(problem ?? string.Empty));
    }

    /// <summary>Ten characters of base 36 from the hash's first bytes: the shape of the SDK's static web asset fingerprints.</summary>
    private static string Fingerprint(byte[] hash)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var value = BitConverter.ToUInt64(hash, 0);
        var text = new char[10];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = Digits[(int)(value % 36)];
            value /= 36;
        }

        return new string(text);
    }

    /// <summary>A backslash, tab, CR or LF written as <c>\\</c>, <c>\t</c>, <c>\r</c>, <c>\n</c>: one file per line, whatever its name.</summary>
    private static string Escape(string value) => value
        .Replace("\\", "\\\\")
        .Replace("\t", "\\t")
        .Replace("\r", "\\r")
        .Replace("\n", "\\n");

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == text)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
