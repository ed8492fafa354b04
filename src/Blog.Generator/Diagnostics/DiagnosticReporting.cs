using Blog.Generator.Models;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Diagnostics;

/// <summary>Turns diagnostics kept as data into Roslyn's, in the output steps that report them.</summary>
internal static class DiagnosticReporting
{
    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        var descriptor = DiagnosticDescriptors.ById(info.Id);
        var location = info.Location?.ToLocation() ?? Location.None;
        return info.Severity is { } severity
            ? Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, messageArgs: [.. info.Arguments])
            : Diagnostic.Create(descriptor, location, messageArgs: [.. info.Arguments]);
    }

    /// <summary>Reports every diagnostic of a step's output.</summary>
    public static void Report(this SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
