namespace Blog.Generator.Models.Schemas;

/// <summary>One property of a schema class: the front-matter key it reads and the type it must hold.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="Key">The front-matter key: the <c>[FrontMatterKey]</c> name, else the property name in snake_case.</param>
/// <param name="HasExplicitKey">Whether <paramref name="Key"/> came from <c>[FrontMatterKey]</c>; if not, kebab-case and camelCase spellings match too.</param>
/// <param name="Type">What values it accepts.</param>
/// <param name="IsRequired">
/// Whether the key must be present: the property is <c>required</c>, or it is a non-nullable reference type with no
/// initialiser (the members the C# compiler itself would warn about with CS8618).
/// </param>
internal sealed record SchemaProperty(string Name, string Key, bool HasExplicitKey, SchemaType Type, bool IsRequired);
