using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Text;

/// <summary>
/// What reading one file reports, kept together while it is read: its diagnostics, at places its locator finds, and
/// the C# fences it holds that must compile against the project.
/// </summary>
internal sealed class FileReport(TextLocator locator)
{
    public TextLocator Locator { get; } = locator;

    public List<DiagnosticInfo> Diagnostics { get; } = [];

    public List<CSharpSnippet> Snippets { get; } = [];

    /// <summary>Whether an error was reported: a file with one generates nothing.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public void Add(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void Add(DiagnosticInfo diagnostic) => Diagnostics.Add(diagnostic);
}
