using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Text;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Schemas;

/// <summary>
/// Checks front-matter YAML against a schema class and turns it into <see cref="BoundValue"/>s. Every problem in the
/// front matter is reported in one pass, at the node it concerns, so one build shows them all.
/// </summary>
/// <remarks>
/// Plain scalars are typed as <see cref="ScalarTyper"/> types them (YAML 1.2 core schema); quoted scalars are
/// text. Text is still accepted where the schema asks for a date, a time span, a URI, an enum member or a slug,
/// because those are written as text in YAML anyway. Runs inside the compiler, so it never throws on any input.
/// </remarks>
internal sealed class SchemaBinder
{
    private const int ShownLength = 40;
    private const int HintedSlugs = 5;

    private static readonly string[] TimeSpanFormats = ["c", @"hh\:mm", @"d\.hh\:mm"];

    private readonly Func<YamlNode, LocationInfo> locate;
    private readonly ReferenceTargets references;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly bool safeUrisOnly;

    /// <param name="locate">Turns a YAML node into the location of that node in the .md file.</param>
    /// <param name="references">The collection entries a reference can name.</param>
    /// <param name="diagnostics">Where problems are added.</param>
    /// <param name="safeUrisOnly">
    /// Whether a URI must have a scheme a post may use while raw HTML is off (<c>BlogAllowRawHtml=false</c>): an app puts
    /// a schema's <see cref="System.Uri"/> into <c>href</c> and <c>src</c> attributes, where <c>javascript:</c> would run.
    /// </param>
    public SchemaBinder(Func<YamlNode, LocationInfo> locate, ReferenceTargets references, List<DiagnosticInfo> diagnostics, bool safeUrisOnly = false)
    {
        this.locate = locate;
        this.references = references;
        this.diagnostics = diagnostics;
        this.safeUrisOnly = safeUrisOnly;
    }

    /// <summary>Binds a whole front matter to a schema class.</summary>
    /// <param name="frontMatter">The front matter.</param>
    /// <param name="schema">The schema class.</param>
    /// <param name="missingKeyLocation">Where a missing required top-level key is reported (the file's first line).</param>
    /// <param name="ignoredKeys">Keys handled elsewhere (the Jekyll keys of a post), skipped here.</param>
    /// <returns>The bound properties in the schema's property order (only keys present), or null if any error was reported.</returns>
    public EquatableArray<BoundProperty>? BindRoot(YamlMapping frontMatter, ObjectSchemaType schema, LocationInfo missingKeyLocation, ICollection<string>? ignoredKeys = null) =>
        BindProperties(frontMatter, schema, path: string.Empty, missingKeyLocation, ignoredKeys);

    /// <summary>The keys of one mapping against the properties of one class; null if any error was reported.</summary>
    private EquatableArray<BoundProperty>? BindProperties(YamlMapping mapping, ObjectSchemaType schema, string path, LocationInfo missingKeyLocation, ICollection<string>? ignoredKeys)
    {
        var properties = schema.Properties;
        var keys = new YamlScalar?[properties.Count];
        var values = new BoundValue?[properties.Count];
        var failed = false;

        // Entries in the order written, so the diagnostics read top to bottom like the file.
        foreach (var entry in mapping.Pairs)
        {
            var key = entry.Key;
            if (ignoredKeys is not null && ignoredKeys.Contains(key.Value))
            {
                continue;
            }

            var index = PropertyIndex(properties, key.Value);
            if (index < 0)
            {
                Report(DiagnosticDescriptors.UnknownSchemaKey, locate(key), key.Value, ScalarSchemaType.ShortName(schema.TypeName));
                failed = true;
                continue;
            }

            // The YAML reader rejects a key written twice; two spellings of one property (published_at, publishedAt) get here.
            if (keys[index] is not null)
            {
                Report(DiagnosticDescriptors.DuplicateKey, locate(key), key.Value);
                failed = true;
                continue;
            }

            keys[index] = key;
            values[index] = Bind(entry.Value, properties[index].Type, Join(path, key.Value));
            failed |= values[index] is null;
        }

        var bound = new List<BoundProperty>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (keys[i] is null)
            {
                if (property.IsRequired)
                {
                    Report(DiagnosticDescriptors.MissingRequiredKey, missingKeyLocation, property.Key, ScalarSchemaType.ShortName(schema.TypeName), property.Name, property.Type.Describe());
                    failed = true;
                }

                continue;
            }

            if (values[i] is { } value)
            {
                bound.Add(new BoundProperty(property.Name, value));
            }
        }

        return failed ? null : bound.ToEquatableArray();
    }

    /// <summary>The property a key names (see <see cref="KeyNames.Matches"/>), or -1.</summary>
    private static int PropertyIndex(EquatableArray<SchemaProperty> properties, string key)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (KeyNames.Matches(key, property.Name, property.Key, property.HasExplicitKey))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One value against its type; null if an error was reported.</summary>
    private BoundValue? Bind(YamlNode node, SchemaType type, string path)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return type.IsNullable ? BoundValue.Null.Instance : Mismatch(node, type, path);
        }

        return type switch
        {
            ScalarSchemaType scalarType when node is YamlScalar scalar => BindScalar(scalar, scalarType, path),
            ReferenceSchemaType referenceType when node is YamlScalar scalar => BindReference(scalar, referenceType, path),
            ListSchemaType listType when node is YamlSequence sequence => BindList(sequence, listType, path),
            ObjectSchemaType objectType when node is YamlMapping mapping => BindObject(mapping, objectType, path),
            ImageSchemaType when node is YamlScalar scalar && scalar.Value.Trim().Length > 0 =>
                new BoundValue.Image(scalar.Value.Trim(), null, locate(scalar), scalar.Value.Trim()),
            ImageSchemaType imageType when node is YamlMapping mapping => BindImage(mapping, imageType, path),
            _ => Mismatch(node, type, path),
        };
    }

    /// <summary>An image written as a map: <c>path</c> (required) and <c>alt</c>, as jekyll-seo-tag's <c>image</c>.</summary>
    private BoundValue? BindImage(YamlMapping mapping, ImageSchemaType type, string path)
    {
        if (!mapping.TryGet("path", out _, out var value) || value is not YamlScalar { IsNull: false } file || file.Value.Trim().Length == 0)
        {
            return Mismatch(mapping, type, path, "a map without a path");
        }

        var alt = mapping.TryGet("alt", out _, out var altNode) && altNode is YamlScalar { IsNull: false } text ? text.Value : null;
        return new BoundValue.Image(file.Value.Trim(), alt, locate(file), file.Value.Trim());
    }

    private BoundValue? BindScalar(YamlScalar scalar, ScalarSchemaType type, string path) => type.Kind switch
    {
        // Any text is a string, as written: a plain 42 or 2024-06-10 is the string "42" or "2024-06-10".
        ScalarKind.String => new BoundValue.String(scalar.Value),
        ScalarKind.Boolean => BindBoolean(scalar, type, path),
        ScalarKind.Int32 or ScalarKind.Int64 => BindInteger(scalar, type, path),
        ScalarKind.Double => BindDouble(scalar, type, path),
        ScalarKind.Decimal => BindDecimal(scalar, type, path),
        ScalarKind.DateTime or ScalarKind.DateTimeOffset => BindDate(scalar, type, path),
        ScalarKind.DateOnly => BindDateOnly(scalar, type, path),
        ScalarKind.TimeSpan => BindTimeSpan(scalar, type, path),
        ScalarKind.Uri => BindUri(scalar, type, path),
        ScalarKind.Enum => BindEnum(scalar, type, path),
        _ => Mismatch(scalar, type, path),
    };

    /// <summary>Only YAML 1.2 booleans: a quoted "true" is text, and yes/no/on/off are text as in YAML 1.2.</summary>
    private BoundValue? BindBoolean(YamlScalar scalar, ScalarSchemaType type, string path) =>
        ScalarTyper.Type(scalar) is { Type: ScalarType.Boolean } typed
            ? new BoundValue.Boolean(typed.Boolean)
            : Mismatch(scalar, type, path);

    private BoundValue? BindInteger(YamlScalar scalar, ScalarSchemaType type, string path)
    {
        var typed = ScalarTyper.Type(scalar);
        if (typed.Type != ScalarType.Integer)
        {
            return Mismatch(scalar, type, path);
        }

        var (min, max, name) = type.Kind == ScalarKind.Int32 ? (int.MinValue, int.MaxValue, "int") : (long.MinValue, long.MaxValue, "long");
        return typed.Long is { } inRange && inRange >= min && inRange <= max
            ? new BoundValue.Integer(inRange, type.Kind)
            : Mismatch(scalar, type, path, "the integer " + Shown(scalar.Value) + ", outside " + name + "'s range");
    }

    /// <summary>Any YAML number, including .inf and .nan; integers of any size are doubles too.</summary>
    private BoundValue? BindDouble(YamlScalar scalar, ScalarSchemaType type, string path) =>
        ScalarTyper.Type(scalar).TryDouble(out var value)
            ? new BoundValue.Double(value)
            : Mismatch(scalar, type, path);

    /// <summary>
    /// Parsed from the text, not from a double, so the value and its scale stay exactly as written (1.50); a hex
    /// integer too large for a long (<c>0xFFFFFFFFFFFFFFFF</c>) is still a decimal.
    /// </summary>
    private BoundValue? BindDecimal(YamlScalar scalar, ScalarSchemaType type, string path)
    {
        var typed = ScalarTyper.Type(scalar);
        if (typed.TryDecimal(out var number))
        {
            return new BoundValue.Decimal(number.ToString(CultureInfo.InvariantCulture));
        }

        return typed.TryDouble(out var large) && !double.IsNaN(large) && !double.IsInfinity(large) || typed is { Type: ScalarType.Integer }
            ? Mismatch(scalar, type, path, "the number " + Shown(scalar.Value) + ", outside decimal's range")
            : Mismatch(scalar, type, path);
    }

    /// <summary>Dates as Jekyll reads them, quoted or not; a date without an offset is UTC.</summary>
    private BoundValue? BindDate(YamlScalar scalar, ScalarSchemaType type, string path) =>
        JekyllDate.Read(scalar.Value, out var date) switch
        {
            DateReading.Date => new BoundValue.Date(date, type.Kind),

            // 0001-01-01 00:00 +01:00 is well formed, but its UTC time is before year 1: neither a DateTimeOffset nor a UTC DateTime.
            DateReading.OutOfRange => Mismatch(scalar, type, path, "the date " + Shown(scalar.Value) + ", outside " + (type.Kind == ScalarKind.DateTimeOffset ? "DateTimeOffset" : "DateTime") + "'s range"),
            _ => Mismatch(scalar, type, path),
        };

    private BoundValue? BindDateOnly(YamlScalar scalar, ScalarSchemaType type, string path) =>
        TryDate(scalar.Value, dateOnly: true, out var date)
            ? new BoundValue.Date(date, ScalarKind.DateOnly)
            : Mismatch(scalar, type, path);

    /// <summary>
    /// A colon is required: the "c" format alone would read a bare 90 as ninety days, which nobody writing
    /// <c>duration: 90</c> means, and which <see cref="ScalarSchemaType.Describe"/> does not promise.
    /// </summary>
    private BoundValue? BindTimeSpan(YamlScalar scalar, ScalarSchemaType type, string path) =>
        scalar.Value.IndexOf(':') >= 0 && TimeSpan.TryParseExact(scalar.Value, TimeSpanFormats, CultureInfo.InvariantCulture, out var value)
            ? new BoundValue.TimeSpan(value.Ticks)
            : Mismatch(scalar, type, path);

    private BoundValue? BindUri(YamlScalar scalar, ScalarSchemaType type, string path)
    {
        if (!IsUri(scalar.Value))
        {
            return Mismatch(scalar, type, path);
        }

        return !safeUrisOnly || SafeUrls.IsSafe(scalar.Value)
            ? new BoundValue.Uri(scalar.Value)
            : Mismatch(scalar, type, path, "the URI '" + Shown(scalar.Value) + "', whose scheme a post may not use while raw HTML is off (BlogAllowRawHtml=false): use " + SafeUrls.Allowed);
    }

    /// <summary>
    /// A member by name ignoring case, or by its PascalCase form (<c>very-hard</c> is <c>VeryHard</c>). An exact match
    /// wins, then declaration order, so members differing only in case still resolve the same way every build.
    /// </summary>
    private BoundValue? BindEnum(YamlScalar scalar, ScalarSchemaType type, string path)
    {
        var text = scalar.Value;
        var pascal = KeyNames.ToPascalCase(text);
        var members = type.EnumMembers;
        var member = members.FirstOrDefault(m => m == text)
            ?? members.FirstOrDefault(m => string.Equals(m, text, StringComparison.OrdinalIgnoreCase))
            ?? members.FirstOrDefault(m => string.Equals(m, pascal, StringComparison.OrdinalIgnoreCase));
        return member is null ? Mismatch(scalar, type, path) : new BoundValue.Enum(type.TypeName, member);
    }

    /// <summary>A slug, resolved now so that a reference to an entry that does not exist fails the build.</summary>
    private BoundValue? BindReference(YamlScalar scalar, ReferenceSchemaType type, string path)
    {
        if (references.Find(type.CollectionTypeName, scalar.Value) is { } relativePath)
        {
            return new BoundValue.Reference(relativePath, locate(scalar));
        }

        Report(DiagnosticDescriptors.UnresolvedReference, locate(scalar), Shown(scalar.Value), type.CollectionClassName, ExistingSlugs(type.CollectionTypeName));
        return null;
    }

    private string ExistingSlugs(string collectionTypeName)
    {
        var slugs = references.SlugsOf(collectionTypeName).Take(HintedSlugs + 1).ToList();
        if (slugs.Count == 0)
        {
            return "it has no entries";
        }

        return "it has " + string.Join(", ", slugs.Take(HintedSlugs)) + (slugs.Count > HintedSlugs ? ", …" : string.Empty);
    }

    /// <summary>Every item is bound, even after one fails, so all bad items are reported together.</summary>
    private BoundValue? BindList(YamlSequence sequence, ListSchemaType type, string path)
    {
        var items = new List<BoundValue>(sequence.Items.Count);
        var failed = false;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = Bind(sequence.Items[i], type.Element, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            if (item is null)
            {
                failed = true;
            }
            else
            {
                items.Add(item);
            }
        }

        return failed ? null : new BoundValue.List(type.Element.DeclaredTypeName, type.Shape, items.ToEquatableArray());
    }

    /// <summary>A nested class: its missing required keys are reported at the mapping, the nearest place that exists.</summary>
    private BoundValue? BindObject(YamlMapping mapping, ObjectSchemaType type, string path) =>
        BindProperties(mapping, type, path, locate(mapping), ignoredKeys: null) is { } properties
            ? new BoundValue.Object(type.TypeName, properties)
            : null;

    private BoundValue? Mismatch(YamlNode node, SchemaType type, string path, string? found = null)
    {
        Report(DiagnosticDescriptors.SchemaTypeMismatch, locate(node), path, type.Describe(), found ?? Found(node));
        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>How a message names what the YAML holds: "a list", "null", "the integer 42", "the text 'x'".</summary>
    private static string Found(YamlNode node) => node switch
    {
        YamlMapping => "a map",
        YamlSequence => "a list",
        YamlScalar { IsNull: true } => "null",
        YamlScalar scalar when IsText(scalar) => "the text '" + Shown(scalar.Value) + "'",
        YamlScalar scalar => FoundPlain(scalar),
        _ => "a value",
    };

    /// <summary>A plain scalar by its YAML type, so "found the text '42'" never describes a number.</summary>
    private static string FoundPlain(YamlScalar scalar)
    {
        var shown = Shown(scalar.Value);
        return ScalarTyper.Type(scalar) switch
        {
            { Type: ScalarType.Integer } => "the integer " + shown,
            { Type: ScalarType.Boolean } => "the boolean " + shown,
            { Type: ScalarType.Float } => "the number " + shown,
            { Type: ScalarType.Date, DateOutOfRange: false } => "the date " + shown,
            _ => "the text '" + shown + "'",
        };
    }

    /// <summary>A value short enough for a message: its first line, cut at <see cref="ShownLength"/> characters.</summary>
    private static string Shown(string value)
    {
        var lineBreak = value.IndexOfAny(['\r', '\n']);
        if (lineBreak < 0)
        {
            return MessageText.Cut(value, ShownLength);
        }

        // More lines follow: the first is shown with "…" after it, cut or not.
        var line = value.Substring(0, lineBreak);
        return line.Length > ShownLength ? MessageText.Cut(line, ShownLength) : line + "…";
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>Quoted, or tagged <c>!!str</c>: text whatever it looks like, the rule <see cref="ScalarTyper"/> follows.</summary>
    private static bool IsText(YamlScalar scalar) => !ScalarTyper.IsTyped(scalar);

    /// <summary>A date as Jekyll reads it (or YYYY-MM-DD alone).</summary>
    private static bool TryDate(string text, bool dateOnly, out DateValue date)
    {
        try
        {
            return dateOnly ? JekyllDate.TryParseDateOnly(text, out date) : JekyllDate.TryParse(text, out date);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            date = default;
            return false;
        }
    }

    /// <summary>
    /// Blank text is not a URI, though <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> takes it as a relative one.
    /// Some .NET Framework versions, which Visual Studio's compiler runs on, throw from TryCreate on malformed hosts.
    /// </summary>
    private static bool IsUri(string text)
    {
        if (text.Trim().Length == 0)
        {
            return false;
        }

        try
        {
            return System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _);
        }
        catch (UriFormatException)
        {
            return false;
        }
    }
}
