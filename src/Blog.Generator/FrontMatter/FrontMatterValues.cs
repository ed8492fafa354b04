using System;
using System.Linq;
using Blog.Generator.Models;

namespace Blog.Generator.FrontMatter;

/// <summary>
/// Turns YAML nodes into the typed values kept for keys the generated <c>Post</c> has no property for, each scalar
/// typed by <see cref="ScalarTyper"/>.
/// </summary>
internal static class FrontMatterValues
{
    public static FrontMatterValue Convert(YamlNode node) => node switch
    {
        YamlScalar scalar => ConvertScalar(scalar),
        YamlSequence sequence => new FrontMatterValue.List(sequence.Items.Select(Convert).ToEquatableArray()),
        YamlMapping mapping => new FrontMatterValue.Map(
            mapping.Pairs.Select(pair => new FrontMatterPair(pair.Key.Value, Convert(pair.Value))).ToEquatableArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// A scalar's value. An integer outside long's range becomes a double, and a date outside what .NET holds a text:
    /// in a post's extra keys the reader reports both (BLOG032, BLOG031), so neither is ever emitted there.
    /// </summary>
    public static FrontMatterValue ConvertScalar(YamlScalar scalar)
    {
        var typed = ScalarTyper.Type(scalar);
        return typed.Type switch
        {
            ScalarType.Null => FrontMatterValue.Null.Instance,
            ScalarType.Boolean => new FrontMatterValue.Boolean(typed.Boolean),
            ScalarType.Integer when typed.Long is { } whole => new FrontMatterValue.Integer(whole),
            ScalarType.Integer or ScalarType.Float when typed.TryDouble(out var number) => new FrontMatterValue.Float(number),
            ScalarType.Date when !typed.DateOutOfRange => new FrontMatterValue.Date(typed.Date),
            _ => new FrontMatterValue.String(scalar.Value),
        };
    }
}
