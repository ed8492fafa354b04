namespace Blog.Generator.Models.Schemas;

/// <summary>
/// The type of a schema property as the binder needs it: what YAML it accepts and how to write the value in C#.
/// Read from Roslyn symbols once, in <c>Schemas/SchemaReader</c>; nothing here refers to a symbol.
/// </summary>
/// <param name="TypeName">The C# type, fully qualified (<c>global::System.Uri</c>), without a nullable mark.</param>
/// <param name="IsNullable">Whether null is a valid value (a <c>?</c> type, or a reference type outside a nullable context).</param>
internal abstract record SchemaType(string TypeName, bool IsNullable)
{
    /// <summary>The type as declared, with <c>?</c> when null is allowed: what a list of it is created with.</summary>
    public string DeclaredTypeName => IsNullable ? TypeName + "?" : TypeName;

    /// <summary>How messages name the type: <c>int</c>, <c>a list of string</c>, <c>an Author (from Authors)</c>.</summary>
    public abstract string Describe();
}

/// <summary>The scalar types a front-matter value can be read as.</summary>
internal enum ScalarKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeSpan,
    Uri,
    Enum,
}

/// <summary>
/// A scalar: text, number, boolean, date or time, URI, or enum member (matched by name, ignoring case).
/// <c>EnumMembers</c> holds an enum's member names in declaration order, and is empty for other kinds.
/// </summary>
internal sealed record ScalarSchemaType(ScalarKind Kind, string TypeName, bool IsNullable, EquatableArray<string> EnumMembers)
    : SchemaType(TypeName, IsNullable)
{
    public override string Describe() => Kind switch
    {
        ScalarKind.String => "string",
        ScalarKind.Boolean => "bool (true or false)",
        ScalarKind.Int32 => "int",
        ScalarKind.Int64 => "long",
        ScalarKind.Double => "double",
        ScalarKind.Decimal => "decimal",
        ScalarKind.DateTime => "DateTime",
        ScalarKind.DateTimeOffset => "DateTimeOffset",
        ScalarKind.DateOnly => "DateOnly (YYYY-MM-DD)",
        ScalarKind.TimeSpan => "TimeSpan ([d.]hh:mm[:ss])",
        ScalarKind.Uri => "Uri",
        _ => ShortName(TypeName) + " (one of " + string.Join(", ", EnumMembers) + ")",
    };

    internal static string ShortName(string typeName)
    {
        var dot = typeName.LastIndexOf('.');
        return dot < 0 ? typeName.Replace("global::", string.Empty) : typeName.Substring(dot + 1);
    }
}

/// <summary>How a list property is declared, which decides the C# written for it.</summary>
internal enum ListShape
{
    /// <summary><c>T[]</c>, or an interface an array implements (<c>IReadOnlyList&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, …).</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,
}

/// <summary>A YAML sequence of <paramref name="Element"/> values.</summary>
internal sealed record ListSchemaType(SchemaType Element, ListShape Shape, string TypeName, bool IsNullable)
    : SchemaType(TypeName, IsNullable)
{
    public override string Describe() => "a list of " + Element.Describe();
}

/// <summary>A nested class: a YAML mapping whose keys are its properties.</summary>
internal sealed record ObjectSchemaType(EquatableArray<SchemaProperty> Properties, string TypeName, bool IsNullable)
    : SchemaType(TypeName, IsNullable)
{
    public override string Describe() => "a map for " + ScalarSchemaType.ShortName(TypeName);
}

/// <summary>
/// An entry of another collection, written in YAML as its slug (<c>author: jane</c>) and resolved at compile time.
/// <c>CollectionTypeName</c> is the target's entry type, fully qualified (the key of its schema);
/// <c>CollectionClassName</c> its static class, for messages.
/// </summary>
internal sealed record ReferenceSchemaType(string CollectionTypeName, string CollectionClassName, string TypeName, bool IsNullable)
    : SchemaType(TypeName, IsNullable)
{
    public override string Describe() => "the slug of an entry in " + CollectionClassName;
}

/// <summary>
/// The generated <c>PostImage</c>: a file beside the posts, written as its path or as <c>{path, alt}</c>, resolved and
/// sized when the post is linked to its files. Posts only: collection entries are not linked to files.
/// </summary>
internal sealed record ImageSchemaType(bool IsNullable) : SchemaType("PostImage", IsNullable)
{
    public override string Describe() => "an image beside the posts (its path, or a map with path and alt)";
}
