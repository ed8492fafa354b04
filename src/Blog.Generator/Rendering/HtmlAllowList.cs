using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.Text;

namespace Blog.Generator.Rendering;

/// <summary>
/// The last check of a post's HTML while raw HTML is off (<c>BlogAllowRawHtml=false</c>): every element, attribute and
/// URL must be on the allow-list of what Markdig and the generator's own renderers write for Markdown. Whatever is not is
/// taken out, whichever door it came through; <see cref="ActiveMarkup"/> closes the known doors earlier, at their place
/// in the post, so this check finding anything means a door was missed, and it is reported as such.
/// </summary>
/// <remarks>
/// The HTML checked is the renderers' own: text escaped, attributes double-quoted. Anything else (a comment, a
/// processing instruction, an unquoted attribute, a stray <c>&lt;</c>) is not what they write, so it is escaped as text.
/// </remarks>
internal static class HtmlAllowList
{
    /// <summary>The elements Markdown renders to, with the attributes each may carry besides <see cref="GlobalAttributes"/>.</summary>
    private static readonly Dictionary<string, string[]> Elements = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "rel"],
        ["abbr"] = [],
        ["b"] = [],
        ["blockquote"] = [],
        ["br"] = [],
        ["caption"] = [],
        ["cite"] = [],
        ["code"] = [],
        ["col"] = ["style"],
        ["colgroup"] = [],
        ["dd"] = [],
        ["del"] = [],
        ["div"] = [],
        ["dl"] = [],
        ["dt"] = [],
        ["em"] = [],
        ["figcaption"] = [],
        ["figure"] = [],
        ["footer"] = [],
        ["h1"] = [],
        ["h2"] = [],
        ["h3"] = [],
        ["h4"] = [],
        ["h5"] = [],
        ["h6"] = [],
        ["hr"] = [],
        ["i"] = [],
        ["img"] = ["src", "alt", "width", "height"],
        ["input"] = ["type", "checked", "disabled"],
        ["ins"] = [],
        ["kbd"] = [],
        ["li"] = ["value"],
        ["mark"] = [],
        ["ol"] = ["start", "type", "reversed"],
        ["p"] = [],
        ["pre"] = [],
        ["q"] = [],
        ["s"] = [],
        ["section"] = [],
        ["small"] = [],
        ["span"] = [],
        ["strong"] = [],
        ["sub"] = [],
        ["sup"] = [],
        ["table"] = [],
        ["tbody"] = [],
        ["td"] = ["style", "colspan", "rowspan"],
        ["tfoot"] = [],
        ["th"] = ["style", "colspan", "rowspan"],
        ["thead"] = [],
        ["tr"] = [],
        ["u"] = [],
        ["ul"] = [],
    };

    /// <summary>What any element may carry: none of them can run script, load anything or restyle the page.</summary>
    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.Ordinal) { "id", "class", "title", "role" };

    /// <summary>The only styles the renderers write: a table cell's alignment and a column's width.</summary>
    private static readonly Regex SafeStyle = new(@"\A(text-align: ?(left|center|right|justify);?|width: ?[0-9]{1,3}(\.[0-9]{1,4})?%;?)\z", RegexOptions.CultureInvariant);

    private static readonly Regex Name = new(@"\A[a-z][a-z0-9]*\z", RegexOptions.CultureInvariant);

    /// <summary>The HTML with everything off the allow-list taken out, and what was taken out (empty when nothing was).</summary>
    public static string Clean(string html, List<string> removed)
    {
        if (html.IndexOf('<') < 0)
        {
            return html;
        }

        var output = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                output.Append(html, i, html.Length - i);
                break;
            }

            output.Append(html, i, lt - i);
            var end = Tag(html, lt, output, removed);
            if (end < 0)
            {
                // Not a tag the renderers write: shown as text.
                removed.Add("'<' that opens no element the renderers write");
                output.Append("&lt;");
                i = lt + 1;
            }
            else
            {
                i = end;
            }
        }

        return output.ToString();
    }

    /// <summary>Reads one tag at <paramref name="start"/>, writes what of it is allowed, and returns where it ends; -1 when it is not a tag.</summary>
    private static int Tag(string html, int start, StringBuilder output, List<string> removed)
    {
        var i = start + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && (char.IsLetterOrDigit(html[i]) && html[i] < 128))
        {
            i++;
        }

        var name = html.Substring(nameStart, i - nameStart).ToLowerInvariant();
        if (!Name.IsMatch(name))
        {
            return -1;
        }

        var attributes = new List<(string Name, string? Value)>();
        while (true)
        {
            while (i < html.Length && html[i] is ' ' or '\n' or '\t')
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] == '>' || (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>'))
            {
                var selfClosing = html[i] == '/';
                i += selfClosing ? 2 : 1;
                Write(name, closing, selfClosing, attributes, output, removed);
                return i;
            }

            if (closing)
            {
                return -1;
            }

            var attributeStart = i;
            while (i < html.Length && html[i] is not (' ' or '\n' or '\t' or '=' or '>' or '/' or '"' or '\'' or '<'))
            {
                i++;
            }

            if (i == attributeStart)
            {
                return -1;
            }

            var attribute = html.Substring(attributeStart, i - attributeStart).ToLowerInvariant();
            string? value = null;
            if (i < html.Length && html[i] == '=')
            {
                // The renderers always quote with '"' and escape it inside; anything else is not theirs.
                if (i + 1 >= html.Length || html[i + 1] != '"')
                {
                    return -1;
                }

                var close = html.IndexOf('"', i + 2);
                if (close < 0)
                {
                    return -1;
                }

                value = html.Substring(i + 2, close - i - 2);
                i = close + 1;
            }

            attributes.Add((attribute, value));
        }
    }

    private static void Write(string name, bool closing, bool selfClosing, List<(string Name, string? Value)> attributes, StringBuilder output, List<string> removed)
    {
        // An input is a task list's checkbox or nothing: without its type it would be a text field.
        if (!Elements.TryGetValue(name, out var allowed) || (name == "input" && !attributes.Contains(("type", "checkbox"))))
        {
            removed.Add("the element <" + name + ">");
            return;
        }

        output.Append('<');
        if (closing)
        {
            output.Append('/').Append(name).Append('>');
            return;
        }

        output.Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (Allowed(name, attribute, value, allowed))
            {
                output.Append(' ').Append(attribute);
                if (value is not null)
                {
                    output.Append("=\"").Append(value).Append('"');
                }
            }
            else
            {
                removed.Add("the attribute '" + attribute + "' of <" + name + ">");
            }
        }

        output.Append(selfClosing ? " />" : ">");
    }

    private static bool Allowed(string element, string attribute, string? value, string[] allowed)
    {
        if (!GlobalAttributes.Contains(attribute) && Array.IndexOf(allowed, attribute) < 0)
        {
            return false;
        }

        var decoded = value is null ? null : Decode(value);
        return attribute switch
        {
            "href" or "src" => decoded is not null && SafeUrls.IsSafe(decoded),
            "style" => decoded is not null && SafeStyle.IsMatch(decoded.Trim()),
            "type" when element == "input" => decoded == "checkbox",

            // Text-valued (id, class, title, alt, a size): a reference in one shows as text, it cannot run anything.
            _ => true,
        };
    }

    /// <summary>
    /// An attribute's value as a browser reads it, for the escapes the renderers write; <see langword="null"/> when it
    /// holds any other character reference, which the renderers never write (they escape every <c>&amp;</c>).
    /// </summary>
    private static string? Decode(string value)
    {
        if (value.IndexOf('&') < 0)
        {
            return value;
        }

        var text = value.Replace("&quot;", "\"").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&#39;", "'").Replace("&#x27;", "'");
        var decoded = text.Replace("&amp;", "\u0001");
        return decoded.IndexOf('&') >= 0 ? null : decoded.Replace('\u0001', '&');
    }
}
