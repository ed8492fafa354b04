using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.FrontMatter;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>What filters need from the site being built.</summary>
/// <param name="SiteUrl">Jekyll's <c>site.url</c>, for <c>absolute_url</c>.</param>
/// <param name="BaseUrl">Jekyll's <c>site.baseurl</c>, for <c>relative_url</c>.</param>
/// <param name="Markdownify">Renders Markdown as the posts are rendered, for <c>markdownify</c>.</param>
/// <param name="Smartify">kramdown's typographic quotes and dashes on plain text, for <c>smartify</c>.</param>
internal sealed record LiquidFilterHost(string SiteUrl, string BaseUrl, Func<string, string> Markdownify, Func<string, string> Smartify);

/// <summary>A filter that exists but cannot give its value at build time (<c>date: "now"</c>); the reason is reported.</summary>
internal sealed class LiquidUnavailableException(string message) : Exception(message);

/// <summary>A filter given arguments it cannot use (<c>divided_by: 0</c>), reported where it is written.</summary>
internal sealed class LiquidFilterException(string message) : Exception(message);

/// <summary>
/// Liquid 4's standard filters and Jekyll 4.3's own, as Jekyll evaluates them. A filter that is not here is
/// reported by the renderer and leaves its input as it was.
/// </summary>
internal static class LiquidFilters
{
    // Ruby's \s: ASCII whitespace only.
    private static readonly Regex Whitespace = new(@"[ \t\r\n\f\v]+", RegexOptions.CultureInvariant);
    private static readonly Regex Entity = new("&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);", RegexOptions.CultureInvariant);
    private static readonly Regex UriScheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    /// <summary>The filters this engine knows, for the renderer to tell an unknown one from one that failed.</summary>
    public static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "abs", "append", "array_to_sentence_string", "at_least", "at_most", "absolute_url", "capitalize", "ceil", "cgi_escape",
        "compact", "concat", "date", "date_to_long_string", "date_to_rfc822", "date_to_string", "date_to_xmlschema", "default",
        "divided_by", "downcase", "escape", "escape_once", "find", "first", "floor", "group_by", "h", "inspect", "join", "jsonify",
        "last", "lstrip", "map", "markdownify", "minus", "modulo", "newline_to_br", "normalize_whitespace", "number_of_words",
        "plus", "pop", "prepend", "push", "relative_url", "remove", "remove_first", "replace", "replace_first", "reverse",
        "round", "rstrip", "shift", "size", "slice", "slugify", "smartify", "sort", "sort_natural", "split", "strip",
        "strip_html", "strip_newlines", "times", "to_integer", "truncate", "truncatewords", "uniq", "unshift", "upcase",
        "uri_escape", "url_decode", "url_encode", "where", "xml_escape",
    };

    public static object? Apply(string name, object? input, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> named, LiquidFilterHost host)
    {
        object? Arg(int i) => i < args.Count ? args[i] : null;
        string Text(object? value) => LiquidValues.ToText(value);
        var text = Text(input);
        switch (name)
        {
            // Strings.
            case "append": return text + Text(Arg(0));
            case "prepend": return Text(Arg(0)) + text;
            case "capitalize": return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1).ToLowerInvariant();
            case "downcase": return text.ToLowerInvariant();
            case "upcase": return text.ToUpperInvariant();
            case "strip": return text.Trim();
            case "lstrip": return text.TrimStart();
            case "rstrip": return text.TrimEnd();
            case "strip_newlines": return text.Replace("\r", string.Empty).Replace("\n", string.Empty);
            case "newline_to_br": return text.Replace("\r\n", "\n").Replace("\n", "<br />\n");
            case "remove": return Replace(text, Text(Arg(0)), string.Empty, all: true);
            case "remove_first": return Replace(text, Text(Arg(0)), string.Empty, all: false);
            case "replace": return Replace(text, Text(Arg(0)), Text(Arg(1)), all: true);
            case "replace_first": return Replace(text, Text(Arg(0)), Text(Arg(1)), all: false);
            case "truncate": return Truncate(text, LiquidValues.ToInteger(Arg(0) ?? 50L) ?? 50, args.Count > 1 ? Text(Arg(1)) : "...");
            case "truncatewords": return TruncateWords(text, LiquidValues.ToInteger(Arg(0) ?? 15L) ?? 15, args.Count > 1 ? Text(Arg(1)) : "...");
            case "split": return Split(text, Text(Arg(0)));
            case "escape" or "h": return input is null ? null : Escape(text);
            case "escape_once": return input is null ? null : EscapeOnce(text);
            case "xml_escape": return input is null ? null : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&apos;");
            case "url_encode" or "cgi_escape": return input is null ? null : CgiEscape(text);
            case "url_decode": return input is null ? null : WebUtility.UrlDecode(text);
            case "uri_escape": return input is null ? null : UriEscape(text);
            case "strip_html": return StripHtml(text);
            case "normalize_whitespace": return Whitespace.Replace(text, " ");
            case "number_of_words": return (long)text.Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries).Length;
            case "slugify": return Slugify(text, args.Count > 0 ? Text(Arg(0)) : "default");
            case "markdownify": return host.Markdownify(text);
            case "smartify": return host.Smartify(text);

            // Numbers.
            case "plus": return Arithmetic(input, Arg(0), '+');
            case "minus": return Arithmetic(input, Arg(0), '-');
            case "times": return Arithmetic(input, Arg(0), '*');
            case "divided_by": return Divide(input, Arg(0));
            case "modulo": return Modulo(input, Arg(0));
            case "abs": return LiquidValues.ToNumber(input) switch { long i => (object)Math.Abs(i == long.MinValue ? long.MaxValue : i), double d => Math.Abs(d), _ => 0L };
            case "ceil": return (long)Math.Ceiling(LiquidValues.ToDouble(LiquidValues.ToNumber(input)));
            case "floor": return (long)Math.Floor(LiquidValues.ToDouble(LiquidValues.ToNumber(input)));
            case "round": return Round(input, LiquidValues.ToInteger(Arg(0)) ?? 0);
            case "at_least": return MaxOrMin(input, Arg(0), max: true);
            case "at_most": return MaxOrMin(input, Arg(0), max: false);
            case "to_integer": return LiquidValues.ToInteger(input) ?? 0L;

            // Arrays.
            case "size": return LiquidValues.Size(input);
            case "first": return input is string ? LiquidValues.Get(input, "first") : LiquidValues.ToList(input).FirstOrDefault();
            case "last": return input is string ? LiquidValues.Get(input, "last") : LiquidValues.ToList(input).LastOrDefault();
            case "join": return string.Join(args.Count > 0 ? Text(Arg(0)) : " ", LiquidValues.ToItems(input).Select(Text));
            case "reverse": return LiquidValues.ToItems(input).Reverse().ToList();
            case "uniq": return Uniq(LiquidValues.ToItems(input), Arg(0));
            case "compact": return LiquidValues.ToItems(input).Where(item => (args.Count > 0 ? Property(item, Arg(0)) : item) is not null).ToList();
            case "concat": return LiquidValues.ToList(input).Concat(LiquidValues.ToList(Arg(0))).ToList();
            case "map": return LiquidValues.ToItems(input).Select(item => Property(item, Arg(0))).ToList();
            case "sort": return Sort(LiquidValues.ToList(input), Arg(0), args.Count > 1 ? Text(Arg(1)) : "first", natural: false);
            case "sort_natural": return Sort(LiquidValues.ToList(input), Arg(0), "first", natural: true);
            case "where": return LiquidValues.ToList(input).Where(item => Matches(item, Arg(0), Arg(1))).ToList();
            case "find": return LiquidValues.ToList(input).FirstOrDefault(item => Matches(item, Arg(0), Arg(1)));
            case "group_by": return GroupBy(LiquidValues.ToList(input), Arg(0));
            case "push": return LiquidValues.ToList(input).Concat([Arg(0)]).ToList();
            case "unshift": return new[] { Arg(0) }.Concat(LiquidValues.ToList(input)).ToList();
            case "pop": return LiquidValues.ToList(input).Take(Math.Max(0, LiquidValues.ToList(input).Count - (int)Math.Max(1, Math.Min(int.MaxValue, LiquidValues.ToInteger(Arg(0)) ?? 1)))).ToList();
            case "shift": return LiquidValues.ToList(input).Skip((int)Math.Max(1, Math.Min(int.MaxValue, LiquidValues.ToInteger(Arg(0)) ?? 1))).ToList();
            case "slice": return Slice(input, LiquidValues.ToInteger(Arg(0)) ?? 0, args.Count > 1 ? LiquidValues.ToInteger(Arg(1)) ?? 1 : 1);
            case "array_to_sentence_string": return Sentence(LiquidValues.ToList(input).Select(Text).ToList(), args.Count > 0 ? Text(Arg(0)) : "and");
            case "jsonify": return Json(input);
            case "inspect": return Json(input);

            // Values, URLs and dates.
            case "default": return Default(input, Arg(0), named.TryGetValue("allow_false", out var allowFalse) && LiquidValues.IsTruthy(allowFalse));
            case "relative_url": return input is null ? null : RelativeUrl(text, host.BaseUrl);
            case "absolute_url": return input is null ? null : AbsoluteUrl(text, host);
            case "date": return FormatDate(input, Text(Arg(0)));
            case "date_to_xmlschema": return SiteTime(input) is { } xml ? RubyTime.Format(xml, "%Y-%m-%dT%H:%M:%S%:z") : input;
            case "date_to_rfc822": return SiteTime(input) is { } rfc ? RubyTime.Format(rfc, "%a, %d %b %Y %H:%M:%S %z") : input;
            case "date_to_string": return SiteTime(input) is { } shortDate ? DateString(shortDate, "%b", Text(Arg(0)), Text(Arg(1))) : input;
            case "date_to_long_string": return SiteTime(input) is { } longDate ? DateString(longDate, "%B", Text(Arg(0)), Text(Arg(1))) : input;
            default: throw new InvalidOperationException("Unknown filter " + name);
        }
    }

    private static string Replace(string text, string search, string replacement, bool all)
    {
        if (search.Length == 0)
        {
            return all ? text : replacement + text;
        }

        if (all)
        {
            return text.Replace(search, replacement);
        }

        var at = text.IndexOf(search, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + replacement + text.Substring(at + search.Length);
    }

    private static string Truncate(string text, long length, string ellipsis)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var keep = (int)Math.Max(0, Math.Min(text.Length, length - ellipsis.Length));
        return text.Substring(0, keep) + ellipsis;
    }

    private static string TruncateWords(string text, long count, string ellipsis)
    {
        var words = text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var keep = (int)Math.Max(1, Math.Min(int.MaxValue, count));
        return words.Length > keep ? string.Join(" ", words.Take(keep)) + ellipsis : text;
    }

    /// <summary>Ruby's <c>String#split</c>: on whitespace runs for " ", into characters for "", without trailing empty fields.</summary>
    private static List<object?> Split(string text, string separator)
    {
        IEnumerable<string> parts = separator switch
        {
            " " => text.Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries),
            "" => text.Select(c => c.ToString()),
            _ => text.Split([separator], StringSplitOptions.None),
        };
        var list = parts.Cast<object?>().ToList();
        while (list.Count > 0 && (string)list[list.Count - 1]! == string.Empty)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    /// <summary>Ruby's <c>CGI.escapeHTML</c>, which Liquid's <c>escape</c> uses.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private static string EscapeOnce(string text)
    {
        var builder = new StringBuilder();
        var last = 0;
        foreach (Match entity in Entity.Matches(text))
        {
            builder.Append(Escape(text.Substring(last, entity.Index - last))).Append(entity.Value);
            last = entity.Index + entity.Length;
        }

        return builder.Append(Escape(text.Substring(last))).ToString();
    }

    /// <summary>Ruby's <c>CGI.escape</c>: letters, digits and <c>*-._</c> kept, a space as <c>+</c>, the rest as UTF-8 percent escapes.</summary>
    private static string CgiEscape(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '*' or '-' or '.' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes what a URI may not hold (spaces, non-ASCII, quotes) and keeps its reserved characters.</summary>
    private static string UriEscape(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".IndexOf(c) >= 0))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Liquid's <c>strip_html</c>: scripts, styles, comments and tags removed; entities left as they are.</summary>
    public static string StripHtml(string html)
    {
        // Liquid's /<script.*?<\/script>/m, then style, comments and /<.*?>/m, each in one pass (the patterns themselves
        // search to the end of the text once for every opening that is never closed).
        var text = RemoveSpans(html, "<script", "</script>", StringComparison.OrdinalIgnoreCase);
        text = RemoveSpans(text, "<style", "</style>", StringComparison.OrdinalIgnoreCase);
        text = RemoveSpans(text, "<!--", "-->", StringComparison.Ordinal);
        return RemoveSpans(text, "<", ">", StringComparison.Ordinal);
    }

    /// <summary>
    /// Removes each <paramref name="open"/> … first <paramref name="close"/> after it, left to right, as a lazy pattern
    /// does. Once an opening finds no closing, none after it can: the rest is kept.
    /// </summary>
    private static string RemoveSpans(string text, string open, string close, StringComparison comparison)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (true)
        {
            var start = text.IndexOf(open, position, comparison);
            var end = start < 0 ? -1 : text.IndexOf(close, start + open.Length, comparison);
            if (end < 0)
            {
                break;
            }

            builder.Append(text, position, start - position);
            position = end + close.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Jekyll's <c>slugify</c> in its modes: raw, default, pretty, ascii, latin and none.</summary>
    public static string Slugify(string text, string mode)
    {
        if (mode == "none")
        {
            return text;
        }

        if (mode == "latin")
        {
            text = new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
            mode = "ascii";
        }

        var pattern = mode switch
        {
            "raw" => @"\s+",
            "pretty" => @"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+",
            "ascii" => "[^A-Za-z0-9]+",
            _ => @"[^\p{M}\p{L}\p{Nd}]+",
        };
        var slug = Regex.Replace(text, pattern, "-", RegexOptions.CultureInvariant);
        slug = Regex.Replace(slug, "^-+|-+$", string.Empty, RegexOptions.CultureInvariant);
        return slug.ToLowerInvariant();
    }

    private static object? Arithmetic(object? left, object? right, char operation)
    {
        var a = LiquidValues.ToNumber(left) ?? 0L;
        var b = LiquidValues.ToNumber(right) ?? 0L;
        if (a is long x && b is long y)
        {
            try
            {
                return operation switch
                {
                    '+' => checked(x + y),
                    '-' => checked(x - y),
                    _ => checked(x * y),
                };
            }
            catch (OverflowException)
            {
                // Ruby's integers grow without bound; past long's range the value becomes a float.
            }
        }

        return Exactly(a, b, operation);
    }

    /// <summary>
    /// Liquid 5 (Jekyll 4.3's, as Debian ships it) turns floats into BigDecimal from their shortest text before it
    /// computes, so <c>0.1 | plus: 0.2</c> is 0.3 and <c>2.675 | round: 2</c> is 2.68. <see cref="decimal"/> gives the
    /// same; values past its range or precision fall back to float arithmetic.
    /// </summary>
    private static double Exactly(object a, object b, char operation)
    {
        if (ToDecimal(a) is { } x && ToDecimal(b) is { } y && !(operation == '/' && y == 0))
        {
            try
            {
                return (double)(operation switch
                {
                    '+' => x + y,
                    '-' => x - y,
                    '*' => x * y,
                    _ => x / y,
                });
            }
            catch (OverflowException)
            {
            }
        }

        var p = LiquidValues.ToDouble(a);
        var q = LiquidValues.ToDouble(b);
        return operation switch
        {
            '+' => p + q,
            '-' => p - q,
            '*' => p * q,
            _ => p / q,
        };
    }

    private static decimal? ToDecimal(object number)
    {
        if (number is long integer)
        {
            return integer;
        }

        var value = LiquidValues.ToDouble(number);
        return Math.Abs(value) < 1e27 && (value == 0 || Math.Abs(value) > 1e-20)
            && decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact
            : null;
    }

    private static object? Divide(object? left, object? right)
    {
        var a = LiquidValues.ToNumber(left) ?? 0L;
        var b = LiquidValues.ToNumber(right) ?? 0L;
        if (a is long x && b is long y)
        {
            if (y == 0)
            {
                throw new LiquidFilterException("divided_by: 0 divides by zero");
            }

            if (x == long.MinValue && y == -1)
            {
                return -(double)long.MinValue;
            }

            // Ruby's integer division rounds towards negative infinity.
            var quotient = x / y;
            return (x % y != 0 && ((x < 0) ^ (y < 0))) ? quotient - 1 : quotient;
        }

        return Exactly(a, b, '/');
    }

    private static object? Modulo(object? left, object? right)
    {
        var a = LiquidValues.ToNumber(left) ?? 0L;
        var b = LiquidValues.ToNumber(right) ?? 0L;
        if (a is long x && b is long y)
        {
            if (y == 0)
            {
                throw new LiquidFilterException("modulo: 0 divides by zero");
            }

            if (y == -1)
            {
                return 0L;
            }

            // Ruby's modulo takes the divisor's sign.
            var remainder = x % y;
            return remainder != 0 && ((remainder < 0) ^ (y < 0)) ? remainder + y : remainder;
        }

        var p = LiquidValues.ToDouble(a);
        var q = LiquidValues.ToDouble(b);
        if (q == 0)
        {
            throw new LiquidFilterException("modulo: 0 divides by zero");
        }

        var r = p % q;
        return r != 0 && ((r < 0) ^ (q < 0)) ? r + q : r;
    }

    private static object? Round(object? input, long digits)
    {
        var number = LiquidValues.ToNumber(input) ?? 0L;
        if (number is long integer)
        {
            return integer;
        }

        var value = LiquidValues.ToDouble(number);
        if (ToDecimal(number) is { } exact && Math.Abs(value) < 9e18)
        {
            // As BigDecimal rounds the float's shortest text: 2.675 is 2.68, where the double itself is 2.67499….
            return digits <= 0
                ? (object)(long)Math.Round(exact, MidpointRounding.AwayFromZero)
                : (double)Math.Round(exact, (int)Math.Min(20, digits), MidpointRounding.AwayFromZero);
        }

        if (digits <= 0)
        {
            return double.IsNaN(value) || Math.Abs(value) >= 9e18 ? value : (long)Math.Round(value, MidpointRounding.AwayFromZero);
        }

        return Math.Round(value, (int)Math.Min(15, digits), MidpointRounding.AwayFromZero);
    }

    private static object? MaxOrMin(object? input, object? other, bool max)
    {
        var a = LiquidValues.ToNumber(input) ?? 0L;
        var b = LiquidValues.ToNumber(other) ?? 0L;
        var pickA = max ? LiquidValues.ToDouble(a) >= LiquidValues.ToDouble(b) : LiquidValues.ToDouble(a) <= LiquidValues.ToDouble(b);
        return pickA ? a : b;
    }

    /// <summary>A property of an item, as <c>map</c>, <c>where</c> and <c>sort</c> read it; an item without properties is its own value.</summary>
    private static object? Property(object? item, object? property) =>
        property is null ? item : LiquidValues.Get(item, property is string name && item is IList && !name.All(char.IsDigit) ? name : property);

    private static bool Matches(object? item, object? property, object? value)
    {
        var actual = Property(item, property);
        var expected = LiquidValues.ToText(value);
        return actual is IList list
            ? list.Cast<object?>().Any(element => LiquidValues.ToText(element) == expected)
            : LiquidValues.ToText(actual) == expected;
    }

    /// <summary>
    /// The items without repeats, as <see cref="LiquidValues.AreEqual"/> tells them apart. Strings, numbers, booleans,
    /// dates and nil are looked up in a set (a list made 100,000 strings take five billion comparisons); hashes, which
    /// compare by content, in a list of their own.
    /// </summary>
    private static List<object?> Uniq(IReadOnlyList<object?> items, object? property)
    {
        var result = new List<object?>();
        var seen = new HashSet<(int Kind, object? Value)>();
        var others = new List<object?>();
        foreach (var item in items)
        {
            var key = property is null ? item : Property(item, property);
            var added = key switch
            {
                null => seen.Add((0, null)),
                string text => seen.Add((1, text)),
                bool flag => seen.Add((2, flag)),
                DateTimeOffset date => seen.Add((3, date)),
                _ when LiquidValues.IsNumber(key) && LiquidValues.ToDouble(key) is var number && !double.IsNaN(number) => seen.Add((4, number)),
                _ => !others.Any(other => LiquidValues.AreEqual(other, key)) && Add(others, key),
            };
            if (added)
            {
                result.Add(item);
            }
        }

        return result;

        static bool Add(List<object?> list, object? value)
        {
            list.Add(value);
            return true;
        }
    }

    /// <summary>Jekyll's <c>sort</c>: by the items or a property of theirs, with nils first (or last), stable.</summary>
    private static List<object?> Sort(IReadOnlyList<object?> items, object? property, string nils, bool natural)
    {
        object? Key(object? item)
        {
            var key = property is null ? item : Property(item, property);
            return natural && key is string text ? text.ToLowerInvariant() : key;
        }

        var keyed = items.Select((item, index) => (Item: item, Key: Key(item), Index: index)).ToList();
        keyed.Sort((a, b) =>
        {
            if (a.Key is null || b.Key is null)
            {
                var nullOrder = a.Key is null && b.Key is null ? 0 : a.Key is null ? -1 : 1;
                return nils == "last" ? -nullOrder : nullOrder != 0 ? nullOrder : a.Index.CompareTo(b.Index);
            }

            var order = LiquidValues.Compare(a.Key, b.Key) ?? string.CompareOrdinal(LiquidValues.ToText(a.Key), LiquidValues.ToText(b.Key));
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        return keyed.Select(entry => entry.Item).ToList();
    }

    private static List<object?> GroupBy(IReadOnlyList<object?> items, object? property)
    {
        // Found by name in a dictionary, in the order first seen: a search of the list made it quadratic.
        var groups = new List<LiquidHash>();
        var byName = new Dictionary<string, LiquidHash>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = LiquidValues.ToText(Property(item, property));
            if (!byName.TryGetValue(name, out var group))
            {
                group = new LiquidHash { ["name"] = name, ["items"] = new List<object?>(), ["size"] = 0L };
                groups.Add(group);
                byName.Add(name, group);
            }

            ((List<object?>)group["items"]!).Add(item);
            group["size"] = (long)((List<object?>)group["items"]!).Count;
        }

        return groups.Cast<object?>().ToList();
    }

    private static object? Slice(object? input, long offset, long length)
    {
        if (input is IList list)
        {
            var start = offset < 0 ? list.Count + offset : offset;
            if (start < 0 || start >= list.Count || length <= 0)
            {
                return new List<object?>();
            }

            return list.Cast<object?>().Skip((int)start).Take((int)Math.Min(int.MaxValue, length)).ToList();
        }

        var text = LiquidValues.ToText(input);
        var from = offset < 0 ? text.Length + offset : offset;
        if (from < 0 || from >= text.Length || length <= 0)
        {
            return offset == text.Length ? string.Empty : null;
        }

        return text.Substring((int)from, (int)Math.Min(text.Length - from, length));
    }

    private static string Sentence(List<string> items, string connector) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => items[0] + " " + connector + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + connector + " " + items[items.Count - 1],
    };

    /// <summary>Liquid 4's <c>default</c>: nil, false, or an empty string, array or hash gives the default.</summary>
    private static object? Default(object? input, object? fallback, bool allowFalse)
    {
        var missing = allowFalse ? input is null : !LiquidValues.IsTruthy(input);
        return missing || LiquidValues.IsEmpty(input) ? fallback : input;
    }

    /// <summary>Jekyll's <c>relative_url</c>: the base URL (without its trailing slash) before a path given a leading slash.</summary>
    public static string RelativeUrl(string path, string baseUrl)
    {
        if (UriScheme.IsMatch(path))
        {
            return path;
        }

        var trimmedBase = baseUrl.EndsWith("/", StringComparison.Ordinal) ? baseUrl.Substring(0, baseUrl.Length - 1) : baseUrl;
        return NormalizeUrl(LeadingSlash(trimmedBase) + LeadingSlash(path));
    }

    private static string AbsoluteUrl(string path, LiquidFilterHost host)
    {
        if (UriScheme.IsMatch(path))
        {
            return path;
        }

        var relative = RelativeUrl(path, host.BaseUrl);
        return host.SiteUrl.Length == 0 ? relative : NormalizeUrl(host.SiteUrl + relative);
    }

    private static string LeadingSlash(string part) => part.Length == 0 || part.StartsWith("/", StringComparison.Ordinal) ? part : "/" + part;

    /// <summary>What Addressable's <c>normalize</c> does to a path Jekyll builds: spaces and non-ASCII characters percent-escaped.</summary>
    private static string NormalizeUrl(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            if (b is > 0x20 and < 0x7F && b != (byte)'"' && b != (byte)'<' && b != (byte)'>' && b != (byte)'`' && b != (byte)'{' && b != (byte)'}' && b != (byte)'|' && b != (byte)'\\' && b != (byte)'^')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A time as Jekyll's own date filters read it: converted to the site's time zone (Ruby's <c>localtime</c> under
    /// the <c>TZ</c> Jekyll sets from <c>timezone</c>), which Jekyll mode takes to be UTC.
    /// </summary>
    private static DateTimeOffset? SiteTime(object? input) => Time(input)?.ToUniversalTime();

    /// <summary>A time from a value: a time as it is, a number as Unix seconds, a string as Jekyll's dates are written.</summary>
    public static DateTimeOffset? Time(object? input)
    {
        switch (input)
        {
            case DateTimeOffset time:
                return time;
            case long seconds when seconds is > -62135596800L and < 253402300800L:
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            case string text:
                var trimmed = text.Trim();
                if (trimmed is "now" or "today" or "Now" or "Today")
                {
                    throw new LiquidUnavailableException("'" + trimmed + "' is the moment of the build, which would make every build differ; write the date, or use page.date");
                }

                if (JekyllDate.Read(trimmed, out var date) == DateReading.Date)
                {
                    return date.ToDateTimeOffset();
                }

                return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
            default:
                return null;
        }
    }

    private static object? FormatDate(object? input, string format)
    {
        if (format.Length == 0 || input is null || (input is string empty && empty.Length == 0))
        {
            return input;
        }

        return Time(input) is { } time ? RubyTime.Format(time, format) : input;
    }

    /// <summary>Jekyll's <c>date_to_string</c> and <c>date_to_long_string</c>, with their <c>"ordinal"</c> and <c>"US"</c> arguments.</summary>
    private static string DateString(DateTimeOffset time, string month, string type, string style)
    {
        if (type != "ordinal")
        {
            return RubyTime.Format(time, "%d " + month + " %Y");
        }

        var day = time.Day;
        var suffix = (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return style == "US"
            ? RubyTime.Format(time, month + " ") + day.ToString(CultureInfo.InvariantCulture) + suffix + RubyTime.Format(time, ", %Y")
            : day.ToString(CultureInfo.InvariantCulture) + suffix + RubyTime.Format(time, " " + month + " %Y");
    }

    /// <summary>Jekyll's <c>jsonify</c>: JSON as Ruby's <c>to_json</c> writes it (times as their Liquid text).</summary>
    public static string Json(object? value)
    {
        var builder = new StringBuilder();
        WriteJson(builder, value, 0);
        return builder.ToString();
    }

    private static void WriteJson(StringBuilder builder, object? value, int depth)
    {
        if (depth > 100)
        {
            builder.Append("null");
            return;
        }

        switch (value)
        {
            case null or Unavailable or EmptyLiteral:
                builder.Append("null");
                break;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                break;
            case long integer:
                builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(double.IsNaN(number) || double.IsInfinity(number) ? "null" : LiquidValues.FloatText(number));
                break;
            case LiquidHash hash:
                builder.Append('{');
                var first = true;
                foreach (var pair in hash)
                {
                    builder.Append(first ? string.Empty : ",");
                    first = false;
                    WriteJsonString(builder, pair.Key);
                    builder.Append(':');
                    WriteJson(builder, pair.Value, depth + 1);
                }

                builder.Append('}');
                break;
            case IList list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    WriteJson(builder, list[i], depth + 1);
                }

                builder.Append(']');
                break;
            default:
                WriteJsonString(builder, LiquidValues.ToText(value));
                break;
        }
    }

    private static void WriteJsonString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
