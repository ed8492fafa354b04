using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>
/// The project file of a strict consumer wired as the package wires it: the generator and the assemblies it bundles
/// as analyzers, and the package's props and targets imported. Used by the real-build tests.
/// </summary>
internal static class ConsumerProject
{
    /// <summary>The AdditionalFiles items <c>dotnet msbuild -getItem:AdditionalFiles</c> printed.</summary>
    public static IReadOnlyList<MsBuildItem> AdditionalFiles(string msbuildOutput) =>
        JsonDocument.Parse(msbuildOutput).RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => new MsBuildItem(item.Clone()))
            .ToList();

    /// <summary>Writes <c>Consumer.csproj</c> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The project's folder.</param>
    /// <param name="extraProperties">More MSBuild properties, as XML.</param>
    /// <param name="sdk">The project's SDK: <c>Microsoft.NET.Sdk.Web</c> for a web project.</param>
    public static void Write(string directory, string extraProperties = "", string sdk = "Microsoft.NET.Sdk")
    {
        var generator = AppContext.BaseDirectory;
        var build = Path.Combine(TestPaths.RepositoryRoot, "src", "Blog.Generator", "build");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="{sdk}">
              <Import Project="{build}/Blog.Generator.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer.App</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <InvariantGlobalization>true</InvariantGlobalization>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}Blog.Generator.dll;{generator}Markdig.dll;{generator}YamlDotNet.dll;{generator}ColorCode.Core.dll" />
              </ItemGroup>
              <Import Project="{build}/Blog.Generator.targets" />
            </Project>
            """);
    }
}

/// <summary>An item as <c>-getItem</c> prints it: its metadata by name, empty when it has none; <c>Identity</c> with <c>/</c> separators.</summary>
internal sealed record MsBuildItem(JsonElement Metadata)
{
    public string this[string name] =>
        !Metadata.TryGetProperty(name, out var value) ? string.Empty
        : name == "Identity" ? (value.GetString() ?? string.Empty).Replace('\\', '/')
        : value.GetString() ?? string.Empty;
}
