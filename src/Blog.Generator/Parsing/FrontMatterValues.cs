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
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static FrontMatterValue Convert(YamlNode node) => node switch
    {
        YamlScalar scalar => ConvertScalar(scalar),
        YamlSequence sequence => new FrontMatterValue.List(sequence.Items.Select(Convert).ToEquatableArray()),
        YamlMapping mapping => new FrontMatterValue.Map(
            mapping.Entries.Select(entry => new FrontMatterEntry(entry.Key.Value, Convert(entry.Value))).ToEquatableArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Whether a scalar gets a YAML type: not quoted, not a block, not tagged <c>!!str</c>.</summary>
    public static bool IsTyped(YamlScalar scalar) =>
        scalar.Tag != "tag:yaml.org,2002:str" && (scalar.IsPlain || scalar.Tag.Length != 0);

    public static FrontMatterValue ConvertScalar(YamlScalar scalar)
    {
        if (!IsTyped(scalar))
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

        // An integer outside long's range goes on to be read as a float, which a schema's double or decimal accepts; in an
        // extra key the reader reports it (BLOG032), so that float is never emitted.
        if (TryInteger(value, out var integer) && integer is { } whole)
        {
            return new FrontMatterValue.Integer(whole);
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

    /// <summary>
    /// Whether the text is a YAML 1.2 core integer: decimal digits with an optional sign, or <c>0x</c> and hex digits.
    /// <paramref name="value"/> is null for one too large for a long, so messages can say it is out of range rather
    /// than not a number. Hex is read unsigned: <c>0xFFFFFFFFFFFFFFFF</c> is too large, not -1.
    /// </summary>
    public static bool TryInteger(string text, out long? value)
    {
        value = null;
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            var digits = text.Substring(2);
            if (digits.Length == 0 || !digits.All(IsHexDigit))
            {
                return false;
            }

            if (ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex <= long.MaxValue)
            {
                value = (long)hex;
            }

            return true;
        }

        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        if (text.Length == start || !text.Skip(start).All(IsDigit))
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }

        return true;
    }

    /// <summary>ASCII only: <see cref="char.IsDigit(char)"/> would let other scripts' digits through.</summary>
    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHexDigit(char c) => IsDigit(c) || c is >= 'a' and <= 'f' or >= 'A' and <= 'F';

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
