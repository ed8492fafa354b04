using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;
using Blog.Generator.Models;

namespace Blog.Generator.FrontMatter;

/// <summary>The YAML type of a scalar.</summary>
internal enum ScalarType
{
    /// <summary>Quoted, tagged <c>!!str</c>, a block, or plain text that is nothing else.</summary>
    Text,
    Null,
    Boolean,
    Integer,
    Float,
    Date,
}

/// <summary>
/// A scalar's type and value, as <see cref="ScalarTyper"/> decides them. An integer outside <see cref="long"/>'s range
/// keeps only its text (<see cref="Long"/> is <see langword="null"/>), and so does a date outside what .NET can hold
/// (<see cref="DateOutOfRange"/>): each target type then says whether it can hold the value.
/// </summary>
internal readonly record struct TypedScalar(
    ScalarType Type,
    string Text,
    bool Boolean = false,
    long? Long = null,
    double Float = 0,
    DateValue Date = default,
    bool DateOutOfRange = false)
{
    /// <summary>The most digits a decimal integer may have to be read as a <see cref="decimal"/> or through <see cref="BigInteger"/>.</summary>
    private const int MaxExactDigits = 400;

    /// <summary>The value as a <see cref="decimal"/>, scale kept (<c>1.50</c>), when it is a number a decimal can hold.</summary>
    public bool TryDecimal(out decimal value)
    {
        value = 0;
        switch (Type)
        {
            case ScalarType.Integer when Long is { } whole:
                value = whole;
                return true;
            case ScalarType.Integer when Text.StartsWith("0x", StringComparison.Ordinal):
                return TryHex(Text.Substring(2), out var hex) && hex <= new BigInteger(decimal.MaxValue) && Assign(out value, (decimal)hex);
            case ScalarType.Integer or ScalarType.Float:
                return decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    /// <summary>The value as a <see cref="double"/>, when it is a number (any integer is, however large).</summary>
    public bool TryDouble(out double value)
    {
        value = 0;
        switch (Type)
        {
            case ScalarType.Integer when Long is { } whole:
                value = whole;
                return true;
            case ScalarType.Integer when Text.StartsWith("0x", StringComparison.Ordinal):
                // Through its decimal digits: parsing rounds to the nearest double, a cast from BigInteger may not. Past
                // double's range .NET Framework's parser fails where .NET's gives infinity: both are infinity here.
                value = TryHex(Text.Substring(2), out var hex) &&
                    double.TryParse(hex.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                        ? parsed
                        : double.PositiveInfinity;
                return true;
            case ScalarType.Integer:
                return double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            case ScalarType.Float:
                value = Float;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Hex digits as a number; false when there are too many to read exactly (the value is then huge).</summary>
    private static bool TryHex(string digits, out BigInteger value)
    {
        digits = digits.TrimStart('0');
        value = BigInteger.Zero;
        if (digits.Length > MaxExactDigits)
        {
            return false;
        }

        // A leading 0 keeps BigInteger from reading the top bit as a sign.
        value = BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool Assign(out decimal target, decimal value)
    {
        target = value;
        return true;
    }
}

/// <summary>
/// Gives YAML scalars their types: YAML 1.2 core schema for plain scalars (null, bool, integer, float), plus
/// timestamps as Jekyll reads them. Quoted scalars are always text. The one place a scalar's type is decided: extra
/// keys, schema properties and messages all ask here.
/// </summary>
internal static class ScalarTyper
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private static readonly Regex FloatPattern = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>Whether a scalar gets a YAML type: not quoted, not a block, not tagged <c>!!str</c>.</summary>
    public static bool IsTyped(YamlScalar scalar) =>
        scalar.Tag != StringTag && (scalar.IsPlain || scalar.Tag.Length != 0);

    public static TypedScalar Type(YamlScalar scalar)
    {
        var text = scalar.Value;
        if (!IsTyped(scalar))
        {
            return new TypedScalar(ScalarType.Text, text);
        }

        if (scalar.IsNull)
        {
            return new TypedScalar(ScalarType.Null, text);
        }

        if (TryBoolean(text, yaml11: false, out var boolean))
        {
            return new TypedScalar(ScalarType.Boolean, text, Boolean: boolean);
        }

        if (TryInteger(text, out var integer))
        {
            return new TypedScalar(ScalarType.Integer, text, Long: integer);
        }

        if (TryFloat(text, out var number))
        {
            return new TypedScalar(ScalarType.Float, text, Float: number);
        }

        return JekyllDate.Read(text, out var date) switch
        {
            DateReading.Date => new TypedScalar(ScalarType.Date, text, Date: date),
            DateReading.OutOfRange => new TypedScalar(ScalarType.Date, text, DateOutOfRange: true),
            _ => new TypedScalar(ScalarType.Text, text),
        };
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
    /// <paramref name="value"/> is null for one too large for a long. Hex is read unsigned: <c>0xFFFFFFFFFFFFFFFF</c>
    /// is too large, not -1.
    /// </summary>
    private static bool TryInteger(string text, out long? value)
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
        return FloatPattern.IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
