using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Blog.Generator.Tests.Architecture;

/// <summary>One use of a folder's code from another folder: where it is written and what it names.</summary>
internal sealed record FolderUse(string From, string To, string At, string Symbol);

/// <summary>
/// Which folder of the generator's source uses which: its files compiled with Roslyn, every name bound, and each name
/// that binds to the generator's own code counted as a use of the folder that declares it. A folder's subfolders
/// count as part of it.
/// </summary>
internal static class FolderGraph
{
    /// <summary>The folder name of the files directly in <c>src/Blog.Generator</c>.</summary>
    public const string Root = "(root)";

    public static IReadOnlyList<FolderUse> Uses(string sourceDirectory)
    {
        var files = Directory.EnumerateFiles(sourceDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Segments(sourceDirectory, path).Any(segment => segment is "obj" or "bin" or "Packaging"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var trees = files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path)).ToList();
        var libraries = new[] { "Markdig", "YamlDotNet", "ColorCode.Core", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp" }
            .Select(name => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll")));
        var compilation = CSharpCompilation.Create(
            "FolderGraph",
            trees,
            Net100.References.All.Concat(libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var uses = new List<FolderUse>();
        foreach (var tree in trees)
        {
            var from = FolderOf(sourceDirectory, tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is null or INamespaceSymbol)
                {
                    continue;
                }

                foreach (var declaration in (symbol.OriginalDefinition ?? symbol).Locations.Where(location => location.IsInSource))
                {
                    var to = FolderOf(sourceDirectory, declaration.SourceTree!.FilePath);
                    if (to != from)
                    {
                        var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        uses.Add(new FolderUse(from, to, Path.GetRelativePath(sourceDirectory, tree.FilePath).Replace('\\', '/') + ":" + line, symbol.ToDisplayString()));
                    }
                }
            }
        }

        return uses;
    }

    /// <summary>The top folder under the source directory that holds a file, or <see cref="Root"/>.</summary>
    public static string FolderOf(string sourceDirectory, string path)
    {
        var segments = Segments(sourceDirectory, path);
        return segments.Length > 1 ? segments[0] : Root;
    }

    private static string[] Segments(string sourceDirectory, string path) =>
        Path.GetRelativePath(sourceDirectory, path).Replace('\\', '/').Split('/');
}
