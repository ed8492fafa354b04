using System;
using System.IO;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Diagnostics;

/// <summary>
/// Runs an output step so that an unexpected exception becomes a BLOG018 diagnostic at the post, instead of the
/// compiler's CS8785 warning that drops every generated file.
/// </summary>
internal static class GeneratorGuard
{
    public static void Run(SourceProductionContext context, string? filePath, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(InternalError(exception, filePath is null ? null : LocationInfo.StartOf(filePath)).ToDiagnostic());
        }
    }

    /// <summary>The diagnostics a step found, or BLOG018 at the file when it threw.</summary>
    public static EquatableArray<DiagnosticInfo> Check(string filePath, Func<EquatableArray<DiagnosticInfo>> check)
    {
        try
        {
            return check();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new[] { InternalError(exception, LocationInfo.StartOf(filePath)) }.ToEquatableArray();
        }
    }

    /// <summary>
    /// BLOG018 for an unexpected exception, saying what failed and where, at the file or class it was reading; BLOG030 when
    /// the exception is the host failing to load an assembly (a bundled library, or a System.Memory it cannot bind), which
    /// no post can cause or fix.
    /// </summary>
    public static DiagnosticInfo InternalError(Exception exception, LocationInfo? location) =>
        UnloadableAssembly(exception) is { Length: > 0 } assembly
            ? DiagnosticInfo.Create(DiagnosticDescriptors.HostCannotLoad, location, assembly, exception.Message)
            : DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, exception.GetType().Name, exception.Message, Origin(exception));

    private static string? UnloadableAssembly(Exception exception) => exception switch
    {
        FileLoadException load => load.FileName,
        FileNotFoundException notFound => notFound.FileName,
        BadImageFormatException badImage => badImage.FileName,
        _ => null,
    };

    /// <summary>Where the exception was thrown, so a report of BLOG018 says which code failed.</summary>
    public static string Origin(Exception exception) =>
        exception.TargetSite is { } site ? site.DeclaringType?.FullName + "." + site.Name : "unknown";
}
