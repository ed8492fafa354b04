using System;
using System.IO;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Diagnostics;

/// <summary>What the guard makes of an exception: BLOG030 when the host cannot load an assembly, BLOG018 otherwise.</summary>
public sealed class GeneratorGuardTests
{
    private const string SystemMemory = "System.Memory, Version=4.0.2.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51";

    public static TheoryData<Exception> LoadFailures => new()
    {
        new FileLoadException("Could not load file or assembly '" + SystemMemory + "'.", SystemMemory),
        new FileNotFoundException("Could not load file or assembly '" + SystemMemory + "'.", SystemMemory),
        new BadImageFormatException("Bad image.", SystemMemory),
    };

    [Theory]
    [MemberData(nameof(LoadFailures))]
    public void An_assembly_the_host_cannot_load_is_BLOG030_naming_the_assembly_at_the_post(Exception exception)
    {
        var diagnostic = GeneratorGuard.InternalError(exception, LocationInfo.StartOf("Posts/a.md")).ToDiagnostic();

        Assert.Equal("BLOG030", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Posts/a.md", diagnostic.Location.GetLineSpan().Path);
        Assert.StartsWith("This compiler host cannot load " + SystemMemory + ", which Blog.Generator needs", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_exception_stays_BLOG018()
    {
        var diagnostic = GeneratorGuard.InternalError(new InvalidOperationException("boom"), LocationInfo.StartOf("Posts/a.md")).ToDiagnostic();

        Assert.Equal("BLOG018", diagnostic.Id);
        Assert.Contains("InvalidOperationException", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
