using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Models;

namespace Blog.Generator.Parsing;

/// <summary>
/// Gives YAML nodes their types: YAML 1.2 core schema for plain scalars (null, bool, integer, float),
/// plus timestamps as Jekyll reads them. Quoted scalars are always text.
/// </summary>
internal static class FrontMatterValues
{
    private static readonly Regex Integer = new("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static FrontMatterValue Convert(YamlNode node) => node switch
    {
        YamlScalar scalar => ConvertScalar(scalar),
        YamlSequence sequence => new FrontMatterValue.List(sequence.Items.Select(Convert).ToEquatableArray()),
        YamlMapping mapping => new FrontMatterValue.Map(
            mapping.Entries.Select(entry => new FrontMatterEntry(entry.Key.Value, Convert(entry.Value))).ToEquatableArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static FrontMatterValue ConvertScalar(YamlScalar scalar)
    {
        var tag = scalar.Tag;
        if (tag is "tag:yaml.org,2002:str" || (!scalar.IsPlain && tag.Length == 0))
        {
            return new FrontMatterValue.String(scalar.Value);
        }

        var value = scalar.Value;
        if (scalar.IsNull)
        {
            return FrontMatterValue.Null.Instance;
        }

        if (TryBoolean(value, yaml11: false, out var boolean))
        {
            return new FrontMatterValue.Boolean(boolean);
        }

        if (Integer.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new FrontMatterValue.Integer(integer);
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) &&
            long.TryParse(value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return new FrontMatterValue.Integer(hex);
        }

        if (TryFloat(value, out var number))
        {
            return new FrontMatterValue.Float(number);
        }

        if (JekyllDate.TryParse(value, out var date))
        {
            return new FrontMatterValue.Date(date);
        }

        return new FrontMatterValue.String(value);
    }

    /// <summary>
    /// YAML booleans. For the keys Jekyll itself reads (<c>published</c>, <c>draft</c>) the YAML 1.1 words
    /// yes/no/on/off count too, because Jekyll's Ruby YAML parser accepts them.
    /// </summary>
    public static bool TryBoolean(string value, bool yaml11, out bool result)
    {
        switch (value)
        {
            case "true" or "True" or "TRUE":
                result = true;
                return true;
            case "false" or "False" or "FALSE":
                result = false;
                return true;
        }

        if (yaml11)
        {
            switch (value.ToLowerInvariant())
            {
                case "yes" or "on" or "y":
                    result = true;
                    return true;
                case "no" or "off" or "n":
                    result = false;
                    return true;
            }
        }

        result = false;
        return false;
    }

    private static bool TryFloat(string value, out double result)
    {
        switch (value)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                result = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                result = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                result = double.NaN;
                return true;
        }

        result = 0;
        return Float.IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
