using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Inputs;

/// <summary>
/// Reads the manifest the package's targets write (<c>obj/…/blog.assets.txt</c>, an additional file marked
/// <c>BlogAssetManifest="true"</c>): a header line, then one tab-separated line per file beside the posts: its path in
/// the project, length, fingerprint, integrity, width, height and problem, with backslash escapes for a backslash, tab,
/// CR or LF in a path. Without a manifest (the generator used without the package's targets) nothing can be checked.
/// </summary>
internal static class AssetManifest
{
    private const string Header = "blog-assets\t1";

    public static bool IsCandidate(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        ContentFiles.HasMetadata(file, options, "BlogAssetManifest");

    public static string? Read(AdditionalText file, CancellationToken cancellationToken) => file.GetText(cancellationToken)?.ToString();

    /// <summary>The files the manifests list (there is one), and the severity the project asks for.</summary>
    /// <param name="manifests">The manifests' texts.</param>
    /// <param name="options">The project's settings.</param>
    /// <param name="fingerprinted">Whether URLs carry the file's fingerprint (all but builds shaped for hot reload).</param>
    public static AssetContext Context(ImmutableArray<string?> manifests, AnalyzerConfigOptions options, bool fingerprinted = true)
    {
        options.TryGetValue("build_property.BlogAssetSeverity", out var severity);
        var level = string.Equals(severity?.Trim(), "error", StringComparison.OrdinalIgnoreCase) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        if (manifests.IsDefaultOrEmpty)
        {
            return new AssetContext(AssetCatalog.Unknown, level);
        }

        var files = new List<AssetFile>();
        foreach (var manifest in manifests)
        {
            var lines = (manifest ?? string.Empty).Split('\n');
            if (lines[0].TrimEnd('\r') != Header)
            {
                continue;
            }

            for (var i = 1; i < lines.Length; i++)
            {
                if (Parse(lines[i].TrimEnd('\r'), fingerprinted) is { } file)
                {
                    files.Add(file);
                }
            }
        }

        return new AssetContext(new AssetCatalog(files), level);
    }

    private static AssetFile? Parse(string line, bool fingerprinted)
    {
        var fields = line.Split('\t');
        if (fields.Length != 7 ||
            !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length) ||
            !int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var width) ||
            !int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var height))
        {
            return null;
        }

        var path = Unescape(fields[0]);
        var problem = Unescape(fields[6]);
        return new AssetFile(path, Url(path, fingerprinted ? fields[2] : string.Empty), length, fields[3], width, height, problem.Length == 0 ? null : problem);
    }

    /// <summary>
    /// The URL the static web assets serve the file at for a year: its path in the project, each segment escaped, with
    /// <c>.{fingerprint}</c> before the extension (<c>/Posts/images/cat.v4vnsseim6.png</c>).
    /// </summary>
    public static string Url(string relativePath, string fingerprint)
    {
        var segments = relativePath.Split('/');
        var last = segments[segments.Length - 1];
        if (fingerprint.Length > 0)
        {
            var dot = last.LastIndexOf('.');
            last = dot <= 0 ? last + "." + fingerprint : last.Substring(0, dot) + "." + fingerprint + last.Substring(dot);
        }

        segments[segments.Length - 1] = last;
        var url = new StringBuilder();
        foreach (var segment in segments)
        {
            url.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return url.ToString();
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            text.Append(value[++i] switch { 't' => '\t', 'r' => '\r', 'n' => '\n', var other => other });
        }

        return text.ToString();
    }
}
