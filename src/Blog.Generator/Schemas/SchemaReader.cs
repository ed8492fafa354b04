using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Blog.Generator.Schemas;

/// <summary>
/// Reads a class marked <c>[Collection]</c> or <c>[PostFrontMatter]</c> into a <see cref="CollectionSchema"/>: plain,
/// equatable data, so no symbol outlives this step and an edit elsewhere in the file leaves the schema cached.
/// </summary>
internal static class SchemaReader
{
    /// <summary>The members the generator adds to a collection's class.</summary>
    public static readonly string[] GeneratedEntryMembers = ["Slug", "SourcePath", "Html", "HtmlUtf8"];

    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax or RecordDeclarationSyntax;

    public static CollectionSchema ReadCollection(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Read(context, SchemaKind.Collection, cancellationToken);

    public static CollectionSchema ReadPostFrontMatter(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Read(context, SchemaKind.PostFrontMatter, cancellationToken);

    /// <summary>What a <c>[Collection]</c> attribute says: the folder as written and the <c>ClassName</c>, if set.</summary>
    public static (string? Directory, string? ClassName) ArgumentsOf(AttributeData attribute) =>
        (attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null,
         attribute.NamedArguments.FirstOrDefault(a => a.Key == "ClassName").Value.Value as string);

    /// <summary>The static class of a collection: the one named, else the folder's last segment in PascalCase.</summary>
    public static string ClassNameOf(string directory, string? className)
    {
        if (!string.IsNullOrWhiteSpace(className))
        {
            return className!.Trim();
        }

        var normalized = NormalizeDirectory(directory) ?? string.Empty;
        var last = normalized.Substring(normalized.LastIndexOf('/') + 1);
        var name = new string(KeyNames.ToPascalCase(last.Replace(' ', '_').Replace('.', '_')).Where(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
        return name.Length > 0 && char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>A folder relative to the project with forward slashes and no trailing slash, or <see langword="null"/> if it leaves the project or is empty.</summary>
    public static string? NormalizeDirectory(string directory)
    {
        var parts = directory.Replace('\\', '/').Split('/').Where(part => part.Length > 0 && part != ".").ToList();
        if (parts.Count == 0 || parts.Contains("..") || directory.StartsWith("/", System.StringComparison.Ordinal) || directory.Contains(':'))
        {
            return null;
        }

        return string.Join("/", parts);
    }

    private static CollectionSchema Read(GeneratorAttributeSyntaxContext context, SchemaKind kind, CancellationToken cancellationToken)
    {
        try
        {
            return ReadUnguarded(context, kind, cancellationToken);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            // The generator must never fail the compiler: an unexpected error becomes a diagnostic on the class.
            var type = context.TargetSymbol;
            var location = LocationInfo.From(context.TargetNode.GetLocation());
            return new CollectionSchema(
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                string.Empty,
                type.Name,
                IsPublic: false,
                kind,
                string.Empty,
                string.Empty,
                EquatableArray<SchemaProperty>.Empty,
                location,
                new[] { GeneratorGuard.InternalError(exception, location) }.ToEquatableArray());
        }
    }

    private static CollectionSchema ReadUnguarded(GeneratorAttributeSyntaxContext context, SchemaKind kind, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var attribute = context.Attributes[0];
        var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? context.TargetNode.GetLocation());
        var errors = new List<string>();

        var directory = string.Empty;
        var className = string.Empty;
        if (kind == SchemaKind.Collection)
        {
            var (written, explicitClassName) = ArgumentsOf(attribute);
            directory = NormalizeDirectory(written ?? string.Empty) ?? string.Empty;
            if (directory.Length == 0)
            {
                errors.Add("[Collection(\"" + written + "\")] needs a folder inside the project, such as \"Authors\" or \"Content/Authors\"");
            }

            className = ClassNameOf(directory, explicitClassName);
            if (className.Length == 0 && directory.Length == 0)
            {
                // The folder's error says it all.
            }
            else if (!SyntaxFacts.IsValidIdentifier(className) || SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None)
            {
                errors.Add("'" + className + "' is not a valid class name for the collection: set ClassName in [Collection]");
            }
            else if (className == type.Name)
            {
                errors.Add("The collection's static class would have the entry class's own name, " + className + ": set another ClassName in [Collection]");
            }
            else if (className is "All" or "FindBySlug" or "Built" or "BuiltEntries" or "CreateAll" or "HotReload")
            {
                // A member may not have its class's name (CS0542), and these are the collection class's own members.
                errors.Add("The collection's static class would be named " + className + ", the name of one of its own members: set another ClassName in [Collection]");
            }
        }

        CheckDeclaration(type, context.TargetNode, errors);
        var reader = new SchemaTypeReader(errors, images: kind == SchemaKind.PostFrontMatter);
        var properties = reader.ReadProperties(type, kind == SchemaKind.Collection ? GeneratedEntryMembers : [], type.Name + ".");
        if (kind == SchemaKind.PostFrontMatter)
        {
            foreach (var property in properties.Where(p => PostKeys.Modeled.Any(key => KeyNames.Matches(key, p.Name, p.Key, p.HasExplicitKey))))
            {
                errors.Add(type.Name + "." + property.Name + " reads '" + property.Key + "', which Post reads itself (Post." + KeyNames.ToPascalCase(property.Key) + "): remove the property");
            }
        }

        var diagnostics = errors
            .Select(error => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSchema, location, error))
            .ToEquatableArray();
        return new CollectionSchema(
            SchemaTypeReader.NameOf(type),
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            type.Name,
            type.DeclaredAccessibility == Accessibility.Public,
            kind,
            directory,
            className,
            properties,
            location,
            diagnostics);
    }

    private static void CheckDeclaration(INamedTypeSymbol type, SyntaxNode node, List<string> errors)
    {
        if (node is RecordDeclarationSyntax)
        {
            errors.Add(type.Name + " is a record: declare the schema as a partial class (nested classes may be records)");
        }

        if (type.ContainingType is not null)
        {
            errors.Add(type.Name + " is nested in " + type.ContainingType.Name + ": declare the schema as a top-level class");
        }

        if (type.IsGenericType || type.IsAbstract || type.IsStatic)
        {
            errors.Add(type.Name + " must be a non-generic, non-abstract, non-static class");
        }

        if (!type.DeclaringSyntaxReferences.All(reference => reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            errors.Add(type.Name + " must be declared partial, so the generator can add its members");
        }

        if (!SchemaTypeReader.HasParameterlessConstructor(type))
        {
            errors.Add(type.Name + " needs a public or internal parameterless constructor, which the generated entries are created with");
        }

        if (type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
        {
            errors.Add(type.Name + " must be public or internal");
        }
    }
}
