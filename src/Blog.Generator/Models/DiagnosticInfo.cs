using Microsoft.CodeAnalysis;

namespace Blog.Generator.Models;

/// <summary>
/// A diagnostic as equatable data. It becomes a Roslyn <see cref="Diagnostic"/> only in the reporting step
/// (<c>Diagnostics/DiagnosticReporting</c>), so models that carry it still cache.
/// </summary>
/// <param name="Id">The descriptor's id.</param>
/// <param name="Location">Where it is reported, if anywhere.</param>
/// <param name="Arguments">The message's arguments.</param>
/// <param name="IsError">
/// Whether it is an error by default: a file with one generates nothing. A diagnostic a setting made an error
/// (a C# fence that does not compile) fails the build but leaves its post whole.
/// </param>
/// <param name="Severity">A severity other than the descriptor's, set by a project property (<c>BlogSnippetSeverity</c>).</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, bool IsError, DiagnosticSeverity? Severity = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), descriptor.DefaultSeverity == DiagnosticSeverity.Error);

    /// <summary>A diagnostic whose severity a setting chose.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, DiagnosticSeverity severity, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), descriptor.DefaultSeverity == DiagnosticSeverity.Error, severity == descriptor.DefaultSeverity ? null : severity);
}
