using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Schemas;

/// <summary>
/// Turns a property's Roslyn type into a <see cref="SchemaType"/>, or says why front matter cannot hold it.
/// This is the only place the supported types are listed.
/// </summary>
internal sealed class SchemaTypeReader
{
    /// <summary>How deep nested classes may go: far past any real front matter, and short of a stack overflow.</summary>
    private const int MaxDepth = 16;

    private static readonly SymbolDisplayFormat FullName = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions & ~SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly List<string> errors;
    private readonly Stack<ITypeSymbol> nesting = new();

    private readonly bool images;

    /// <param name="errors">Where problems are added.</param>
    /// <param name="images">Whether a property may be a <c>PostImage</c>: in a post schema, whose posts are linked to their files.</param>
    public SchemaTypeReader(List<string> errors, bool images = false)
    {
        this.errors = errors;
        this.images = images;
    }

    /// <summary>The C# name of a type as the generated code writes it: fully qualified, without a nullable mark.</summary>
    public static string NameOf(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullName);

    /// <summary>Reads the properties of a class whose instances front matter fills (a schema, or a nested class).</summary>
    /// <param name="type">The class.</param>
    /// <param name="reserved">Property names the generator adds itself, which the class must not declare.</param>
    /// <param name="errorPrefix">How errors name the class's properties, e.g. <c>Author.</c>.</param>
    public EquatableArray<SchemaProperty> ReadProperties(INamedTypeSymbol type, ICollection<string> reserved, string errorPrefix)
    {
        var properties = new List<SchemaProperty>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var property in SettableProperties(type))
        {
            if (!seen.Add(property.Name))
            {
                // An override or a `new` property hides the base one; the most derived is read first.
                continue;
            }

            if (reserved.Contains(property.Name))
            {
                errors.Add(errorPrefix + property.Name + " has the name of a member the generator adds (" + string.Join(", ", reserved) + "): rename it, and map the key with [FrontMatterKey]");
                continue;
            }

            var (key, hasExplicitKey) = KeyOf(property);
            var propertyType = Read(property.Type, errorPrefix + property.Name);
            if (propertyType is null)
            {
                continue;
            }

            var isRequired = property.IsRequired ||
                (!propertyType.IsNullable && !property.Type.IsValueType && !HasInitializer(property));
            properties.Add(new SchemaProperty(property.Name, key, hasExplicitKey, propertyType, isRequired));
        }

        return properties.ToEquatableArray();
    }

    /// <summary>Reads one type; on failure adds an error naming <paramref name="where"/> and returns <see langword="null"/>.</summary>
    public SchemaType? Read(ITypeSymbol type, string where)
    {
        var isNullable = type.NullableAnnotation == NullableAnnotation.Annotated ||
            (!type.IsValueType && type.NullableAnnotation == NullableAnnotation.None);
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }

        // PostImage is this generator's own output, so the compilation it reads schemas from does not hold it yet.
        if (type.TypeKind == TypeKind.Error && type is INamedTypeSymbol { Name: "PostImage", Arity: 0 })
        {
            if (images)
            {
                return new ImageSchemaType(isNullable);
            }

            errors.Add(where + " is a PostImage, which only a post schema ([PostFrontMatter]) may hold: collection entries are not linked to the files beside the posts");
            return null;
        }

        if (type.TypeKind == TypeKind.Error)
        {
            errors.Add(where + " has a type the compiler cannot resolve ('" + type.ToDisplayString() + "')");
            return null;
        }

        if (!IsVisibleToGeneratedCode(type))
        {
            errors.Add(where + " has the type " + type.ToDisplayString() + ", which the generated code cannot see: make it public or internal");
            return null;
        }

        var name = NameOf(type);
        if (ScalarKindOf(type) is { } kind)
        {
            var members = kind == ScalarKind.Enum
                ? type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray()
                : EquatableArray<string>.Empty;
            return new ScalarSchemaType(kind, name, isNullable, members);
        }

        if (ElementOf(type, out var shape) is { } element)
        {
            var elementType = Read(element, where + "[]");
            if (elementType is ImageSchemaType)
            {
                errors.Add(where + " is a list of PostImage, which front matter cannot hold yet: give each image a property of its own");
                return null;
            }

            return elementType is null ? null : new ListSchemaType(elementType, shape, name, isNullable);
        }

        // Nested classes are the user's own; a library class (Dictionary, HashSet, …) is not something YAML maps onto.
        if (type is INamedTypeSymbol named && named.TypeKind == TypeKind.Class && named.Locations.Any(l => l.IsInSource))
        {
            if (CollectionOf(named) is { } collection)
            {
                return new ReferenceSchemaType(name, collection, name, isNullable);
            }

            return ReadObject(named, name, isNullable, where);
        }

        errors.Add(where + " has the type " + type.ToDisplayString() + ", which front matter cannot hold: use string, bool, int, long, double, decimal, DateTime, DateTimeOffset, DateOnly, TimeSpan, Uri, an enum, an array or list of these, a class with settable properties, a collection's class, or (in a post schema) PostImage");
        return null;
    }

    /// <summary>The static class name of a <c>[Collection]</c> class, or <see langword="null"/> for any other class.</summary>
    public static string? CollectionOf(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SchemaAttributes.Collection);
        if (attribute is null)
        {
            return null;
        }

        var (directory, className) = SchemaReader.ArgumentsOf(attribute);
        return SchemaReader.ClassNameOf(directory ?? string.Empty, className);
    }

    private SchemaType? ReadObject(INamedTypeSymbol type, string name, bool isNullable, string where)
    {
        if (type.IsAbstract || type.IsStatic || type.IsGenericType || !HasParameterlessConstructor(type))
        {
            errors.Add(where + " has the type " + type.ToDisplayString() + ", which the generator cannot create: a nested class must be non-abstract, non-generic, with a public or internal parameterless constructor");
            return null;
        }

        if (nesting.Any(outer => SymbolEqualityComparer.Default.Equals(outer, type)) || nesting.Count >= MaxDepth)
        {
            errors.Add(where + " makes " + type.Name + " contain itself, which front matter cannot end: use a collection reference or a list instead");
            return null;
        }

        nesting.Push(type);
        var properties = ReadProperties(type, System.Array.Empty<string>(), type.Name + ".");
        nesting.Pop();
        return new ObjectSchemaType(properties, name, isNullable);
    }

    private static ScalarKind? ScalarKindOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return ScalarKind.String;
            case SpecialType.System_Boolean: return ScalarKind.Boolean;
            case SpecialType.System_Int32: return ScalarKind.Int32;
            case SpecialType.System_Int64: return ScalarKind.Int64;
            case SpecialType.System_Double: return ScalarKind.Double;
            case SpecialType.System_Decimal: return ScalarKind.Decimal;
            case SpecialType.System_DateTime: return ScalarKind.DateTime;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ScalarKind.Enum;
        }

        return type.ToDisplayString(FullName) switch
        {
            "global::System.DateTimeOffset" => ScalarKind.DateTimeOffset,
            "global::System.DateOnly" => ScalarKind.DateOnly,
            "global::System.TimeSpan" => ScalarKind.TimeSpan,
            "global::System.Uri" => ScalarKind.Uri,
            _ => null,
        };
    }

    /// <summary>The element of <c>T[]</c>, <c>List&lt;T&gt;</c>, or an interface an array implements; <see langword="null"/> otherwise.</summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol type, out ListShape shape)
    {
        shape = ListShape.Array;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named)
        {
            return null;
        }

        switch (named.OriginalDefinition.ToDisplayString())
        {
            case "System.Collections.Generic.List<T>":
                shape = ListShape.List;
                return named.TypeArguments[0];
            case "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IReadOnlyCollection<T>" or
                 "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.ICollection<T>" or
                 "System.Collections.Generic.IList<T>":
                return named.TypeArguments[0];
            default:
                return null;
        }
    }

    /// <summary>Instance properties with a public or internal setter or init accessor, most derived type first.</summary>
    private static IEnumerable<IPropertySymbol> SettableProperties(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && !property.IsIndexer &&
                    property.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal &&
                    property.SetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal })
                {
                    yield return property;
                }
            }
        }
    }

    private static (string Key, bool HasExplicitKey) KeyOf(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SchemaAttributes.FrontMatterKey);
        return attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string { Length: > 0 } key
            ? (key, true)
            : (KeyNames.ToSnakeCase(property.Name), false);
    }

    private static bool HasInitializer(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences
            .Select(reference => reference.GetSyntax())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
            .Any(syntax => syntax.Initializer is not null);

    internal static bool HasParameterlessConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal);

    /// <summary>Whether code elsewhere in the assembly can name the type: it and every type around it are public or internal.</summary>
    internal static bool IsVisibleToGeneratedCode(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return IsVisibleToGeneratedCode(array.ElementType);
        }

        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }

            if (named.TypeArguments.Any(argument => !IsVisibleToGeneratedCode(argument)))
            {
                return false;
            }
        }

        return true;
    }
}
