using System;
using System.Net;
using System.Text;

namespace Blog.Generator.Text;

/// <summary>
/// The URLs a post may use while raw HTML is off (<c>BlogAllowRawHtml=false</c>): a relative URL, a fragment, or one
/// whose scheme is <c>http</c>, <c>https</c>, <c>mailto</c> or <c>tel</c>. An allow-list, read as a browser reads the
/// URL: character references decoded, and the tabs, line breaks and control characters it drops taken out first, so
/// <c>jav&amp;#x09;ascript:</c> is <c>javascript:</c> here too.
/// </summary>
internal static class SafeUrls
{
    /// <summary>The schemes a post may link or point to, as the message names them.</summary>
    public const string Allowed = "http, https, mailto or tel, or a relative URL";

    /// <summary>Whether the URL (as written, or as an attribute's value holds it) is one a post may use.</summary>
    public static bool IsSafe(string url) => SchemeOf(url) is not { } scheme || scheme is "http" or "https" or "mailto" or "tel";

    /// <summary>
    /// The URL's scheme in lower case, or <see langword="null"/> for a relative URL. A character reference left
    /// undecoded before the path (HTML5's <c>&amp;colon;</c>, which <see cref="WebUtility"/> does not know) makes the
    /// scheme unknown, "&amp;": not allowed, since a browser might read it as a colon.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var decoded = url.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(url) : url;
        var cleaned = new StringBuilder(Math.Min(decoded.Length, 64));
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (c is '/' or '?' or '#')
            {
                return null;
            }

            if (c == '&' && decoded.IndexOf(';', i) is var semicolon and > 0 && decoded.IndexOfAny(['/', '?', '#'], i) is var path && (path < 0 || semicolon < path))
            {
                return "&";
            }

            if (c == ':')
            {
                return cleaned.Length == 0 ? null : cleaned.ToString().ToLowerInvariant();
            }

            // Browsers strip ASCII whitespace and controls anywhere in a URL's scheme.
            if (c > ' ' && c != '\u007F')
            {
                cleaned.Append(c);
            }
        }

        return null;
    }
}
