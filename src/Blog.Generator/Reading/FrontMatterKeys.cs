using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.Reading;

/// <summary>
/// Reads the values of a post's own keys from its front matter, as Jekyll reads them, and reports a value of the wrong
/// shape at its place in the file.
/// </summary>
internal sealed class FrontMatterKeys(FrontMatterDocument document, FileReport report)
{
    public YamlMapping Mapping => document.FrontMatter;

    public FileReport Report => report;

    /// <summary>The value of a key, and where its key is written.</summary>
    public bool TryGet(string key, out YamlScalar keyNode, out YamlNode value) => document.FrontMatter.TryGet(key, out keyNode, out value);

    public string? Text(string key) =>
        TryGet(key, out _, out var value) && ExpectScalar(key, value, "a text") is { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A boolean as Jekyll reads it: <c>yes</c>, <c>no</c>, <c>on</c> and <c>off</c> too.</summary>
    public bool? Boolean(string key)
    {
        if (!TryGet(key, out _, out var value) || ExpectScalar(key, value, "true or false") is not { IsNull: false } scalar)
        {
            return null;
        }

        if (ScalarTyper.TryBoolean(scalar.Value, yaml11: true, out var result))
        {
            return result;
        }

        report.Add(DiagnosticDescriptors.WrongShape, At(scalar), key, "true or false", scalar.Describe());
        return null;
    }

    public DateValue? Date(string key)
    {
        if (!TryGet(key, out _, out var value) || ExpectScalar(key, value, "a date") is not { IsNull: false } scalar)
        {
            return null;
        }

        switch (JekyllDate.Read(scalar.Value, out var date))
        {
            case DateReading.Date:
                return date;
            case DateReading.OutOfRange:
                report.Add(DiagnosticDescriptors.DateOutOfRange, At(scalar), scalar.Value, key);
                return null;
            default:
                report.Add(DiagnosticDescriptors.InvalidDate, At(scalar), scalar.Value, key);
                return null;
        }
    }

    /// <summary>
    /// Jekyll's rule for categories and tags: the singular key, if present, is one value (or a list);
    /// otherwise the plural key is a list, or a string split on whitespace.
    /// </summary>
    public EquatableArray<string> List(string singular, string plural)
    {
        if (TryGet(singular, out _, out var one))
        {
            return Items(singular, one, split: false);
        }

        return TryGet(plural, out _, out var many) ? Items(plural, many, split: true) : EquatableArray<string>.Empty;
    }

    public YamlScalar? ExpectScalar(string key, YamlNode value, string expected)
    {
        if (value is YamlScalar scalar)
        {
            return scalar;
        }

        report.Add(DiagnosticDescriptors.WrongShape, At(value), key, expected, value.Describe());
        return null;
    }

    /// <summary>Where a node of the front matter is in the file.</summary>
    public LocationInfo At(YamlNode node) => report.Locator.Span(document.FileOffset(node.Start), document.FileOffset(node.End));

    private EquatableArray<string> Items(string key, YamlNode node, bool split)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                return EquatableArray<string>.Empty;
            case YamlScalar scalar:
                return (split ? scalar.Value.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries) : [scalar.Value.Trim()])
                    .Where(item => item.Length > 0)
                    .ToEquatableArray();
            case YamlSequence sequence:
                var items = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is not YamlScalar scalar)
                    {
                        report.Add(DiagnosticDescriptors.WrongShape, At(item), key, "a list of texts", "a list holding " + item.Describe());
                        continue;
                    }

                    if (!scalar.IsNull && scalar.Value.Trim().Length > 0)
                    {
                        items.Add(scalar.Value.Trim());
                    }
                }

                return items.Distinct(StringComparer.Ordinal).ToEquatableArray();
            default:
                report.Add(DiagnosticDescriptors.WrongShape, At(node), key, "a list or a space-separated text", node.Describe());
                return EquatableArray<string>.Empty;
        }
    }
}
