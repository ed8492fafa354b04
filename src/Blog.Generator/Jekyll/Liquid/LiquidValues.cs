using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Blog.Generator.Models;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>A hash (Ruby's <c>Hash</c>): keys kept in the order they were added, as Liquid prints and iterates them.</summary>
internal sealed class LiquidHash : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    public int Count => keys.Count;

    public object? this[string key]
    {
        get => values.TryGetValue(key, out var value) ? value : null;
        set
        {
            if (!values.ContainsKey(key))
            {
                keys.Add(key);
            }

            values[key] = value;
        }
    }

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => keys.Select(key => new KeyValuePair<string, object?>(key, values[key])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// A value a static build cannot know (<c>page.previous</c>, <c>site.posts</c>, <c>site.time</c>): reading it is a
/// located warning saying why, and it then behaves as nil.
/// </summary>
internal sealed record Unavailable(string Reason);

/// <summary>Liquid's <c>empty</c> and <c>blank</c>, which only mean something in comparisons.</summary>
internal sealed record EmptyLiteral(bool Blank);

/// <summary>
/// What Liquid values are and how Liquid 4 (Jekyll 4.3's) treats them: nil, booleans, integers (<see cref="long"/>),
/// floats (<see cref="double"/>), strings, arrays (<see cref="List{T}"/>), hashes (<see cref="LiquidHash"/>) and times
/// (<see cref="DateTimeOffset"/>). Only nil and false are false; output is Ruby's <c>to_s</c>.
/// </summary>
internal static class LiquidValues
{
    public static bool IsTruthy(object? value) => value is not (null or false or Unavailable);

    /// <summary>A front-matter or <c>_config.yml</c> value as Liquid sees it.</summary>
    public static object? From(FrontMatterValue value) => value switch
    {
        FrontMatterValue.String text => text.Value,
        FrontMatterValue.Boolean boolean => boolean.Value,
        FrontMatterValue.Integer integer => integer.Value,
        FrontMatterValue.Float number => number.Value,
        FrontMatterValue.Date date => date.Value.ToDateTimeOffset(),
        FrontMatterValue.List list => list.Items.Select(From).ToList(),
        FrontMatterValue.Map map => ToHash(map.Pairs),
        _ => null,
    };

    public static LiquidHash ToHash(IEnumerable<FrontMatterPair> pairs)
    {
        var hash = new LiquidHash();
        foreach (var pair in pairs)
        {
            hash[pair.Key] = From(pair.Value);
        }

        return hash;
    }

    /// <summary>What <c>{{ value }}</c> prints: Ruby's <c>to_s</c>, with arrays joined without a separator.</summary>
    public static string ToText(object? value)
    {
        switch (value)
        {
            case null or Unavailable or EmptyLiteral:
                return string.Empty;
            case string text:
                return text;
            case bool boolean:
                return boolean ? "true" : "false";
            case long integer:
                return integer.ToString(CultureInfo.InvariantCulture);
            case double number:
                return FloatText(number);
            case DateTimeOffset time:
                return RubyTime.Format(time, "%Y-%m-%d %H:%M:%S %z");
            case IList list:
                var builder = new StringBuilder();
                foreach (var item in list)
                {
                    builder.Append(ToText(item));
                }

                return builder.ToString();
            case LiquidHash hash:
                return Inspect(hash);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    /// <summary>Ruby's <c>Float#to_s</c>: always a decimal point, exponent form past 1e16 and below 1e-4.</summary>
    public static string FloatText(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(number);
        if (number != 0 && (magnitude >= 1e16 || magnitude < 1e-4))
        {
            // The shortest digits that round-trip, as "R" gives them (in either notation), then Ruby's d.ddde±XX.
            var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
            var e = text.IndexOf('E');
            var exponent = e < 0 ? 0 : int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var mantissa = e < 0 ? text : text.Substring(0, e);
            var point = mantissa.IndexOf('.');
            var digits = mantissa.Replace(".", string.Empty);
            exponent += (point < 0 ? mantissa.Length : point) - 1;
            var leading = digits.Length - digits.TrimStart('0').Length;
            digits = digits.Trim('0');
            exponent -= leading;
            var fraction = digits.Length > 1 ? digits.Substring(1) : "0";
            return (number < 0 ? "-" : string.Empty) + digits[0] + "." + fraction + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        var plain = number.ToString("R", CultureInfo.InvariantCulture);
        if (plain.IndexOf('E') >= 0)
        {
            plain = number.ToString("0.0###################", CultureInfo.InvariantCulture);
        }

        return plain.IndexOf('.') < 0 ? plain + ".0" : plain;
    }

    /// <summary>Ruby's <c>inspect</c> of a hash, which is what Liquid 4 prints for one.</summary>
    private static string Inspect(object? value) => value switch
    {
        null => "nil",
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        LiquidHash hash => "{" + string.Join(", ", hash.Select(pair => Inspect(pair.Key) + "=>" + Inspect(pair.Value))) + "}",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => ToText(value),
    };

    /// <summary>The size Liquid's <c>size</c> gives: characters of a string, items of an array or a hash, else 0.</summary>
    public static long Size(object? value) => value switch
    {
        string text => text.Length,
        IList list => list.Count,
        LiquidHash hash => hash.Count,
        _ => 0,
    };

    public static bool IsEmpty(object? value) => value switch
    {
        string text => text.Length == 0,
        IList list => list.Count == 0,
        LiquidHash hash => hash.Count == 0,
        _ => false,
    };

    /// <summary>Liquid's <c>==</c>: numbers compare by value whatever their type; <c>empty</c> and <c>blank</c> test the other side.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        // Liquid asks the other side whether it is empty? (strings, arrays and hashes answer) or blank?, which only
        // Rails adds to Ruby: under Jekyll, "== blank" is never true and "!= blank" always is.
        if (left is EmptyLiteral emptyLeft)
        {
            return !emptyLeft.Blank && IsEmpty(right);
        }

        if (right is EmptyLiteral emptyRight)
        {
            return !emptyRight.Blank && IsEmpty(left);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) == ToDouble(right);
        }

        return (left, right) switch
        {
            (null, null) => true,
            (IList a, IList b) => a.Count == b.Count && Enumerable.Range(0, a.Count).All(i => AreEqual(a[i], b[i])),
            (LiquidHash a, LiquidHash b) => a.Count == b.Count && a.All(pair => b.ContainsKey(pair.Key) && AreEqual(pair.Value, b[pair.Key])),
            _ => Equals(left, right),
        };
    }

    /// <summary>Liquid's ordering: numbers with numbers, strings with strings, times with times; anything else cannot be compared.</summary>
    public static int? Compare(object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left).CompareTo(ToDouble(right));
        }

        return (left, right) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            _ => null,
        };
    }

    public static bool IsNumber(object? value) => value is long or double;

    public static double ToDouble(object? value) => value switch
    {
        long integer => integer,
        double number => number,
        _ => 0,
    };

    /// <summary>A value as a number, as Liquid's math filters read one (a string like "3" or "2.5" too); nil otherwise.</summary>
    public static object? ToNumber(object? value)
    {
        switch (value)
        {
            case long or double:
                return value;
            case string text:
                text = text.Trim();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return integer;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0L;
            case null:
                return 0L;
            default:
                return null;
        }
    }

    /// <summary>A value as an integer, for limits, offsets and indexes.</summary>
    public static long? ToInteger(object? value) => ToNumber(value) switch
    {
        long integer => integer,
        double number when !double.IsNaN(number) && Math.Abs(number) < 9e18 => (long)Math.Floor(number),
        _ => null,
    };

    /// <summary>
    /// What a value holds, counted as the filters that walk it deep (<c>flatten</c>, <c>inspect</c>, <c>jsonify</c>,
    /// <c>join</c>) would meet it: each string's characters and each item and key, an array that holds another array
    /// twice counted twice (<c>a | push: a</c> doubles it), and how deep arrays and hashes nest. The walk stops once the
    /// size passes <paramref name="cap"/>, so measuring costs no more than the cap, with no recursion.
    /// </summary>
    public static (long Size, int Depth) Measure(object? value, long cap)
    {
        var size = 0L;
        var depth = 0;
        var pending = new Stack<(object? Value, int Depth)>();
        pending.Push((value, 0));
        while (pending.Count > 0 && size <= cap)
        {
            var (current, level) = pending.Pop();
            depth = Math.Max(depth, level);
            switch (current)
            {
                case string text:
                    size += text.Length;
                    break;
                case IList list:
                    size += 1 + list.Count;
                    foreach (var item in list)
                    {
                        if (item is IList or LiquidHash or string)
                        {
                            pending.Push((item, level + 1));
                        }
                    }

                    break;
                case LiquidHash hash:
                    size += 1 + hash.Count;
                    foreach (var pair in hash)
                    {
                        size += pair.Key.Length;
                        if (pair.Value is IList or LiquidHash or string)
                        {
                            pending.Push((pair.Value, level + 1));
                        }
                    }

                    break;
                default:
                    size++;
                    break;
            }
        }

        return (size, depth);
    }

    /// <summary>The items a <c>for</c> loop or an array filter walks: an array's items, a hash's pairs as two-item arrays, or the value alone.</summary>
    public static IReadOnlyList<object?> ToList(object? value) => value switch
    {
        null or Unavailable => [],
        IList list => list.Cast<object?>().ToList(),
        LiquidHash hash => hash.Select(pair => (object?)new List<object?> { pair.Key, pair.Value }).ToList(),
        _ => [value],
    };

    /// <summary>
    /// The items an array filter (<c>join</c>, <c>map</c>, <c>reverse</c>…) walks, as Liquid's <c>InputIterator</c>
    /// gives them: an array flattened, a hash as one item, nil as none.
    /// </summary>
    public static IReadOnlyList<object?> ToItems(object? value)
    {
        var items = new List<object?>();
        Flatten(value is LiquidHash ? new List<object?> { value } : value, items);
        return items;

        static void Flatten(object? value, List<object?> items)
        {
            switch (value)
            {
                case null or Unavailable:
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is IList)
                        {
                            Flatten(item, items);
                        }
                        else
                        {
                            items.Add(item);
                        }
                    }

                    break;
                default:
                    items.Add(value);
                    break;
            }
        }
    }

    /// <summary>Reads <c>key</c> of a value, as <c>value.key</c> or <c>value["key"]</c> does; <c>size</c>, <c>first</c> and <c>last</c> work on arrays.</summary>
    public static object? Get(object? target, object? key)
    {
        switch (target)
        {
            case LiquidHash hash when key is string name:
                if (hash.ContainsKey(name))
                {
                    return hash[name];
                }

                return name == "size" ? (long)hash.Count : null;
            case IList list when key is long index:
                var at = index < 0 ? list.Count + index : index;
                return at >= 0 && at < list.Count ? list[(int)at] : null;
            case IList list when key is string name:
                return name switch
                {
                    "size" => (long)list.Count,
                    "first" => list.Count > 0 ? list[0] : null,
                    "last" => list.Count > 0 ? list[list.Count - 1] : null,
                    _ => null,
                };
            case string text when key is "size":
                return (long)text.Length;
            case string text when key is "first":
                return text.Length > 0 ? text.Substring(0, 1) : null;
            case string text when key is "last":
                return text.Length > 0 ? text.Substring(text.Length - 1) : null;
            default:
                return null;
        }
    }
}
