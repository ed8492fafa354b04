using System.Linq;

namespace Blog.Generator.Models.Schemas;

/// <summary>
/// A front-matter value checked against its schema type and ready to be written as C#. Each case carries what the
/// emitter needs and nothing else, so a post whose values are unchanged stays cached.
/// </summary>
internal abstract record BoundValue
{
    private BoundValue()
    {
    }

    /// <summary>An explicit <c>null</c> (or empty value) for a nullable property.</summary>
    public sealed record Null : BoundValue
    {
        public static readonly Null Instance = new();
    }

    public sealed record String(string Value) : BoundValue;

    public sealed record Boolean(bool Value) : BoundValue;

    /// <summary>An <c>int</c> or <c>long</c>, already checked to be in range.</summary>
    public sealed record Integer(long Value, ScalarKind Kind) : BoundValue;

    public sealed record Double(double Value) : BoundValue;

    /// <summary>A <c>decimal</c> as invariant text with its scale kept (<c>1.50</c>), which is also its C# literal without the <c>m</c>.</summary>
    public sealed record Decimal(string Value) : BoundValue;

    /// <summary>A <c>DateTime</c>, <c>DateTimeOffset</c> or <c>DateOnly</c> (the date part only).</summary>
    public sealed record Date(DateValue Value, ScalarKind Kind) : BoundValue;

    public sealed record TimeSpan(long Ticks) : BoundValue;

    /// <summary>An absolute or relative URI, as written.</summary>
    public sealed record Uri(string Value) : BoundValue;

    /// <summary>An enum member, by its declared name (the YAML may spell it in any case).</summary>
    public sealed record Enum(string TypeName, string Member) : BoundValue;

    public sealed record List(string ElementTypeName, ListShape Shape, EquatableArray<BoundValue> Items) : BoundValue;

    public sealed record Object(string TypeName, EquatableArray<BoundProperty> Properties) : BoundValue;

    /// <summary>
    /// Another collection's entry, by the path of the file that holds it: the emitter names its data class from it.
    /// <c>Location</c> is where the slug is written, for an error if that entry turns out not to be generated.
    /// </summary>
    public sealed record Reference(string RelativePath, LocationInfo Location) : BoundValue;

    /// <summary>
    /// A <c>PostImage</c>: the path as written and where, its alternative text, the file it names in the project once
    /// resolved against the post (<paramref name="Resolved"/>; <paramref name="SiteAbsolute"/> when written from the
    /// site's root), and once the post is linked to its files (<c>Reading/AssetLinker</c>), its URL and size; until
    /// then, and when it names no file, the URL is the path as written.
    /// </summary>
    public sealed record Image(
        string Path,
        string? Alt,
        LocationInfo Location,
        string Url,
        string? Resolved = null,
        bool SiteAbsolute = false,
        int Width = 0,
        int Height = 0) : BoundValue;
}

/// <summary>Walks bound values for the entries they refer to.</summary>
internal static class BoundReferences
{
    /// <summary>Every reference in the properties, at any depth, in document order.</summary>
    public static EquatableArray<ReferenceUse> Of(EquatableArray<BoundProperty> properties)
    {
        var uses = new System.Collections.Generic.List<ReferenceUse>();
        Collect(properties, uses);
        return uses.ToEquatableArray();
    }

    private static void Collect(EquatableArray<BoundProperty> properties, System.Collections.Generic.List<ReferenceUse> paths)
    {
        foreach (var property in properties)
        {
            Collect(property.Value, paths);
        }
    }

    private static void Collect(BoundValue value, System.Collections.Generic.List<ReferenceUse> paths)
    {
        switch (value)
        {
            case BoundValue.Reference reference:
                paths.Add(new ReferenceUse(reference.RelativePath, reference.Location));
                break;
            case BoundValue.List list:
                foreach (var item in list.Items)
                {
                    Collect(item, paths);
                }

                break;
            case BoundValue.Object obj:
                Collect(obj.Properties, paths);
                break;
        }
    }
}

/// <summary>Finds and replaces the images in bound values, in document order, at any depth.</summary>
internal static class BoundImages
{
    /// <summary>The images in document order: the order <see cref="Replace"/> visits them in. Walked without copying.</summary>
    public static System.Collections.Generic.List<BoundValue.Image> Of(BoundValue value)
    {
        var images = new System.Collections.Generic.List<BoundValue.Image>();
        Collect(value, images);
        return images;
    }

    private static void Collect(BoundValue value, System.Collections.Generic.List<BoundValue.Image> images)
    {
        switch (value)
        {
            case BoundValue.Image image:
                images.Add(image);
                break;
            case BoundValue.Object obj:
                foreach (var property in obj.Properties)
                {
                    Collect(property.Value, images);
                }

                break;
            case BoundValue.List list:
                foreach (var item in list.Items)
                {
                    Collect(item, images);
                }

                break;
        }
    }

    /// <summary>The value with each image replaced; the same instance where nothing changed.</summary>
    public static BoundValue Replace(BoundValue value, System.Func<BoundValue.Image, BoundValue.Image> replace)
    {
        switch (value)
        {
            case BoundValue.Image image:
                return replace(image);
            case BoundValue.Object obj:
                var properties = obj.Properties.Select(property => property with { Value = Replace(property.Value, replace) }).ToEquatableArray();
                return properties.Equals(obj.Properties) ? obj : obj with { Properties = properties };
            case BoundValue.List list:
                var items = list.Items.Select(item => Replace(item, replace)).ToEquatableArray();
                return items.Equals(list.Items) ? list : list with { Items = items };
            default:
                return value;
        }
    }
}

/// <summary>Walks bound values for the texts they hold, which a post stores in its record.</summary>
internal static class BoundTexts
{
    /// <summary>Every string and URI text in the value, at any depth, in document order.</summary>
    public static System.Collections.Generic.IEnumerable<string> Of(BoundValue value)
    {
        var stack = new System.Collections.Generic.Stack<BoundValue>();
        stack.Push(value);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case BoundValue.String text:
                    yield return text.Value;
                    break;
                case BoundValue.Uri uri:
                    yield return uri.Value;
                    break;
                case BoundValue.Image image:
                    yield return image.Url;
                    if (image.Alt is { } alt)
                    {
                        yield return alt;
                    }

                    break;
                case BoundValue.List list:
                    for (var i = list.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(list.Items[i]);
                    }

                    break;
                case BoundValue.Object obj:
                    for (var i = obj.Properties.Count - 1; i >= 0; i--)
                    {
                        stack.Push(obj.Properties[i].Value);
                    }

                    break;
            }
        }
    }
}

/// <summary>A reference written in front matter: the entry's file, and where its slug is written.</summary>
internal sealed record ReferenceUse(string RelativePath, LocationInfo Location);

/// <summary>A property set from front matter. Properties whose key is absent are left out, so their initialisers apply.</summary>
internal sealed record BoundProperty(string Name, BoundValue Value);
