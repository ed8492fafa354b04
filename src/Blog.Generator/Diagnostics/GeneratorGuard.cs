using System;
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
            var location = filePath is null ? null : LocationInfo.StartOf(filePath);
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, exception.GetType().Name, exception.Message, Origin(exception)).ToDiagnostic());
        }
    }

    /// <summary>Where the exception was thrown, so a report of BLOG018 says which code failed.</summary>
    public static string Origin(Exception exception) =>
        exception.TargetSite is { } site ? site.DeclaringType?.FullName + "." + site.Name : "unknown";
}
