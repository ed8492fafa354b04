using Blog.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Models;

/// <summary>
/// A diagnostic as equatable data. It becomes a Roslyn <see cref="Diagnostic"/> only in the reporting step,
/// so models that carry it still cache.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    /// <summary>Whether it is an error by default: a file with one generates nothing.</summary>
    public bool IsError => DiagnosticDescriptors.ById(Id).DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            DiagnosticDescriptors.ById(Id),
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            messageArgs: [.. Arguments]);
}
