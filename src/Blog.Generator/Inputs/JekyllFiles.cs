using System.Threading;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Inputs;

/// <summary>
/// Picks the AdditionalFiles that are a Jekyll site's other files: those the package's targets mark
/// <c>BlogJekyllFile="config"</c>, <c>"include"</c> or <c>"data"</c> in Jekyll mode. Outside Jekyll mode there are none.
/// </summary>
internal static class JekyllFiles
{
    public static bool IsCandidate(AdditionalText file, AnalyzerConfigOptionsProvider options) => Kind(file, options) is not null;

    public static JekyllFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (Kind(file, options) is not { } kind)
        {
            return null;
        }

        options.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        return new JekyllFile(kind, file.Path, ContentFiles.RelativePath(file.Path, projectDirectory), file.GetText(cancellationToken)?.ToString());
    }

    private static string? Kind(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (!options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.BlogJekyllFile", out var value))
        {
            return null;
        }

        var kind = value.Trim().ToLowerInvariant();
        return kind is "config" or "include" or "data" ? kind : null;
    }
}
