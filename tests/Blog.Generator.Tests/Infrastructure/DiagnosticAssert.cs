using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Infrastructure;

internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts one diagnostic with this id, severity and place, as MSBuild prints it: <c>file(line,column)</c>, 1-based.
    /// </summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, DiagnosticSeverity severity, string file, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(severity, diagnostic.Severity);
        AssertAt(diagnostic, file, line, column);
        return diagnostic;
    }

    /// <summary>Asserts the one diagnostic matching <paramref name="match"/> is at this place.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, System.Func<Diagnostic, bool> match, string file, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics, d => match(d));
        AssertAt(diagnostic, file, line, column);
        return diagnostic;
    }

    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal($"{TestPost.ProjectDirectory}/{file}({line},{column})", $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})");
    }
}
