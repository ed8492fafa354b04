using System;
using System.Globalization;
using System.Linq;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Microsoft.CodeAnalysis.CSharp;

namespace Blog.Generator.Emitting;

/// <summary>
/// Writes front-matter values bound to a schema as C#: object initialisers one property per line, lists of plain
/// values on one line, and references as the referenced entry's data.
/// </summary>
internal static class BoundValueWriter
{
    /// <summary>How many characters a list's items may take on one line; a longer list gets a line per item.</summary>
    private const int LongList = 80;

    /// <summary>Writes <c>Name = value,</c> for each property.</summary>
    /// <param name="writer">Where the properties go.</param>
    /// <param name="properties">The bound values.</param>
    /// <param name="text">
    /// An expression for a string value; by default a string literal. Posts pass one that stores the text in their
    /// record instead, since string literals fill the assembly's user-string heap (CS8103).
    /// </param>
    /// <param name="imageType">The generated <c>PostImage</c>, fully qualified, for a post schema's images.</param>
    public static void WriteProperties(SourceWriter writer, EquatableArray<BoundProperty> properties, Func<string, string>? text = null, string imageType = "PostImage")
    {
        text ??= CSharpLiterals.String;
        foreach (var property in properties)
        {
            WriteAssignment(writer, Identifier(property.Name) + " = ", property.Value, text, imageType);
        }
    }

    /// <summary>A C# identifier for a name, with <c>@</c> before a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static void WriteAssignment(SourceWriter writer, string prefix, BoundValue value, Func<string, string> text, string imageType)
    {
        switch (value)
        {
            case BoundValue.Object obj:
                writer.OpenBlock(prefix + "new " + obj.TypeName + "()");
                WriteProperties(writer, obj.Properties, text, imageType);
                writer.CloseBlock(",");
                break;
            case BoundValue.List list when list.Items.Any(item => item is BoundValue.Object or BoundValue.List) || IsLong(list, text, imageType):
                writer.OpenBlock(prefix + NewList(list));
                foreach (var item in list.Items)
                {
                    WriteAssignment(writer, string.Empty, item, text, imageType);
                }

                writer.CloseBlock(",");
                break;
            default:
                writer.WriteLine(prefix + Expression(value, text, imageType) + ",");
                break;
        }
    }

    private static string Size(int pixels) => pixels > 0 ? pixels.ToString(CultureInfo.InvariantCulture) : "null";

    /// <summary>Whether a list of plain values would make a line too long to read on one line.</summary>
    private static bool IsLong(BoundValue.List list, Func<string, string> text, string imageType) =>
        list.Items.Sum(item => Expression(item, text, imageType).Length + 2) > LongList;

    private static string NewList(BoundValue.List list) => list.Shape == ListShape.List
        ? "new global::System.Collections.Generic.List<" + list.ElementTypeName + ">"
        : "new " + list.ElementTypeName + "[]";

    /// <summary>A single-line expression; objects and nested lists go through <see cref="WriteAssignment"/> instead.</summary>
    private static string Expression(BoundValue value, Func<string, string> text, string imageType) => value switch
    {
        BoundValue.Null => "null",
        BoundValue.String @string => text(@string.Value),
        BoundValue.Boolean boolean => CSharpLiterals.Boolean(boolean.Value),
        BoundValue.Integer { Kind: ScalarKind.Int32 } integer => integer.Value.ToString(CultureInfo.InvariantCulture),
        BoundValue.Integer integer => CSharpLiterals.Int64(integer.Value),
        BoundValue.Double number => CSharpLiterals.Double(number.Value),
        BoundValue.Decimal number => number.Value + "m",
        BoundValue.Date { Kind: ScalarKind.DateOnly } date => string.Format(
            CultureInfo.InvariantCulture,
            "new global::System.DateOnly({0}, {1}, {2})",
            date.Value.DateTime.Year,
            date.Value.DateTime.Month,
            date.Value.DateTime.Day),
        // Dates without an offset are UTC, as everywhere else in the generator.
        BoundValue.Date { Kind: ScalarKind.DateTime } date => string.Format(
            CultureInfo.InvariantCulture,
            "new global::System.DateTime({0}L, global::System.DateTimeKind.Utc)",
            date.Value.ToDateTimeOffset().UtcTicks),
        BoundValue.Date date => CSharpLiterals.DateTimeOffset(date.Value),
        BoundValue.TimeSpan span => "new global::System.TimeSpan(" + CSharpLiterals.Int64(span.Ticks) + ")",
        BoundValue.Uri uri => "new global::System.Uri(" + text(uri.Value) + ", global::System.UriKind.RelativeOrAbsolute)",
        BoundValue.Enum member => member.TypeName + "." + Identifier(member.Member),
        BoundValue.Reference reference => GeneratedNames.EntryDataClassFullName(reference.RelativePath) + ".Value",
        BoundValue.List { Items.IsEmpty: true } list => list.Shape == ListShape.List
            ? NewList(list) + "()"
            : "global::System.Array.Empty<" + list.ElementTypeName + ">()",
        BoundValue.List list => NewList(list) + " { " + string.Join(", ", list.Items.Select(item => Expression(item, text, imageType))) + " }",
        BoundValue.Image image => "new " + imageType + "(" + text(image.Url) + ", " + Size(image.Width) + ", " + Size(image.Height) + ", " + (image.Alt is { } alt ? text(alt) : "null") + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name),
    };
}
