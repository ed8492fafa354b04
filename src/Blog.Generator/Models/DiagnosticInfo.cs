using Blog.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Models;

/// <summary>
/// A diagnostic as equatable data. It becomes a Roslyn <see cref="Diagnostic"/> only in the reporting step,
/// so models that carry it still cache.
/// </summary>
/// <param name="Id">The descriptor's id.</param>
/// <param name="Location">Where it is reported, if anywhere.</param>
/// <param name="Arguments">The message's arguments.</param>
/// <param name="Severity">A severity other than the descriptor's, set by a project property (<c>BlogSnippetSeverity</c>).</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, DiagnosticSeverity? Severity = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    /// <summary>A diagnostic whose severity a setting chose.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, DiagnosticSeverity severity, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), severity == descriptor.DefaultSeverity ? null : severity);

    /// <summary>
    /// Whether it is an error by default: a file with one generates nothing. A diagnostic a setting made an error
    /// (a C# fence that does not compile) fails the build but leaves its post whole.
    /// </summary>
    public bool IsError => DiagnosticDescriptors.ById(Id).DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var location = Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None;
        return Severity is { } severity
            ? Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, messageArgs: [.. Arguments])
            : Diagnostic.Create(descriptor, location, messageArgs: [.. Arguments]);
    }
}
