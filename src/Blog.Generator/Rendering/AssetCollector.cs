using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text.RegularExpressions;
using Blog.Generator.Models;
using Blog.Generator.Text;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering;

/// <summary>A reference to a file found while rendering, at its place in the rendered Markdown.</summary>
/// <param name="Index">Its placeholder's number.</param>
/// <param name="Url">The URL as the post writes it (character references decoded).</param>
/// <param name="Path">The project-relative path it names.</param>
/// <param name="SiteAbsolute">Whether it was written site-absolute.</param>
/// <param name="Written">The attribute as it is written when the path names no usable file (<c>src="…"</c>, <c>href="…"</c>).</param>
/// <param name="Suffix">The query or fragment after the path.</param>
/// <param name="Line">Its line in the rendered Markdown, from 0.</param>
/// <param name="Column">Its column.</param>
/// <param name="Length">How many characters to underline.</param>
internal sealed record FoundAsset(int Index, string Url, string Path, bool SiteAbsolute, string Written, string Suffix, int Line, int Column, int Length)
{
    /// <summary>The reference as the post's model keeps it, at <paramref name="location"/> in the file.</summary>
    public AssetReference ToReference(LocationInfo? location) => new(Index, Url, Path, SiteAbsolute, Written, Suffix, location);
}

/// <summary>
/// Replaces the URL of every Markdown image and link, and of every raw <c>&lt;img src&gt;</c> when raw HTML is on, that
/// may name a file beside the posts (a relative path, or a site-absolute one) with a placeholder, and records what it
/// named. Rendering then needs no knowledge of the files: a later step, which alone depends on them, puts in each
/// file's URL and size (<see cref="AssetHtml"/>), so replacing an image re-renders no post.
/// </summary>
internal sealed class AssetCollector
{
    // [^<>] rather than [^>]: a line of a thousand "<img" with no ">" is scanned once, not once per "<img".
    private static readonly Regex ImageSource = new(
        """(<img\b[^<>]*?\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private const int MaxPath = 4096;

    private readonly string postFolder;
    private readonly string siteBase;
    private readonly bool rawHtml;
    private readonly List<FoundAsset> found = [];
    private readonly Dictionary<(bool Raw, string Attribute, string Url), int> known = [];

    /// <param name="postPath">The post's file, relative to the project: relative paths are resolved against its folder.</param>
    /// <param name="token">The placeholder prefix (<see cref="TokenFor"/>).</param>
    /// <param name="siteBase">Jekyll's <c>baseurl</c> (<c>/blog</c>), taken off site-absolute paths; empty for none.</param>
    /// <param name="rawHtml">Whether raw HTML is on, so raw <c>&lt;img&gt;</c> tags reach the page.</param>
    public AssetCollector(string postPath, string token, string siteBase, bool rawHtml)
    {
        postFolder = ProjectPaths.FolderOf(postPath);
        Token = token;
        this.siteBase = siteBase.TrimEnd('/');
        this.rawHtml = rawHtml;
    }

    public string Token { get; }

    public IReadOnlyList<FoundAsset> Found => found;

    /// <summary>A placeholder prefix no text of the post can hold by chance: it carries a hash of the text itself.</summary>
    public static string TokenFor(string markdown) => "blog-asset-" + StableHash.Hex(markdown) + "-";

    /// <summary>Replaces a Markdown image's or link's URL with a placeholder when it may name a file.</summary>
    public void Take(LinkInline link)
    {
        if (link.Url is not { } url || Classify(url) is not { } target)
        {
            return;
        }

        var attribute = link.IsImage ? "src" : "href";
        var index = Add(link.Line, link.Column, Math.Max(1, link.Span.Length), (false, attribute, url), target, () => attribute + "=\"" + EscapeUrl(url) + "\"");
        link.Url = Token + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A reference written outside the body (the front matter's <c>image</c>), or <see langword="null"/> for a URL with a scheme.</summary>
    public AssetReference? Reference(string url, LocationInfo at) =>
        Classify(url) is { } target ? new AssetReference(-1, url, target.Path, target.SiteAbsolute, url, target.Suffix, at) : null;

    /// <summary>Replaces the <c>src</c> of raw <c>&lt;img&gt;</c> tags in the document's HTML with placeholders, when raw HTML is on.</summary>
    public void TakeRawHtml(MarkdownDocument document)
    {
        if (!rawHtml)
        {
            return;
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlInline inline when inline.Tag.IndexOf("<img", StringComparison.OrdinalIgnoreCase) >= 0:
                    inline.Tag = Replace(inline.Tag, inline.Line, inline.Column);
                    break;
                case HtmlBlock block:
                    var lines = block.Lines;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var line = lines.Lines[i];
                        var text = line.Slice.ToString();
                        if (text.IndexOf("<img", StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            lines.Lines[i] = new StringLine(new StringSlice(Replace(text, line.Line, line.Column)), line.Line, line.Column, line.Position, line.NewLine);
                        }
                    }

                    break;
            }
        }
    }

    private string Replace(string html, int line, int column) => ImageSource.Replace(html, match =>
    {
        var value = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Success ? match.Groups[3].Value : match.Groups[4].Value;
        var url = WebUtility.HtmlDecode(value);
        if (Classify(url) is not { } target)
        {
            return match.Value;
        }

        var source = match.Value.Substring(match.Groups[1].Length);
        var at = match.Index + match.Groups[1].Length;
        var index = Add(line, column + at, source.Length, (true, source, url), target, () => source);
        return match.Groups[1].Value + "src=\"" + Token + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";
    });

    /// <summary>
    /// The placeholder number of a URL: one per distinct URL and attribute, reported where it is first written, so a
    /// post that names one image 100,000 times (or the excerpt, parsed again) holds one reference, not 100,000.
    /// </summary>
    private int Add(int line, int column, int length, (bool Raw, string Attribute, string Url) key, (string Path, bool SiteAbsolute, string Suffix) target, Func<string> written)
    {
        if (known.TryGetValue(key, out var index))
        {
            return index;
        }

        index = found.Count;
        known[key] = index;
        found.Add(new FoundAsset(index, key.Url, target.Path, target.SiteAbsolute, written(), target.Suffix, line, column, length));
        return index;
    }

    /// <summary>
    /// What a URL may name: a path relative to the post's folder, or a site-absolute one with Jekyll's <c>baseurl</c>
    /// taken off; <see langword="null"/> for a URL with a scheme (read as a browser reads it, so an obfuscated
    /// <c>java&amp;#x09;script:</c> is never taken, and raw HTML being off still removes it), a protocol-relative one,
    /// a fragment alone, or a post.
    /// </summary>
    private (string Path, bool SiteAbsolute, string Suffix)? Classify(string url)
    {
        // No file system holds a path this long: such a URL is left to the render's own size limits.
        if (url.Length == 0 || url.Length > MaxPath || url[0] is '#' or '?' || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(Token, StringComparison.Ordinal) || SafeUrls.SchemeOf(url) is not null)
        {
            return null;
        }

        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url.Substring(0, end);
        var suffix = end < 0 ? string.Empty : url.Substring(end);
        if (path.Length == 0 || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/", StringComparison.Ordinal))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path).Replace('\\', '/');
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (decoded[0] == '/')
        {
            if (siteBase.Length > 0 && decoded.StartsWith(siteBase + "/", StringComparison.Ordinal))
            {
                decoded = decoded.Substring(siteBase.Length);
            }

            return (Normalize(string.Empty, decoded), true, suffix);
        }

        return (Normalize(postFolder, decoded), false, suffix);
    }

    /// <summary>The path with <c>.</c> and <c>..</c> taken out; a path that climbs above the project keeps a leading <c>../</c>, which names no file.</summary>
    private static string Normalize(string folder, string path)
    {
        var joined = ProjectPaths.Combine(folder, path, out var above);
        return above == 0 ? joined : string.Concat(System.Linq.Enumerable.Repeat("../", above)) + joined;
    }

    /// <summary>The URL as Markdig writes it into an attribute, for a reference left as written.</summary>
    private static string EscapeUrl(string url)
    {
        using var writer = new StringWriter();
        new HtmlRenderer(writer).WriteEscapeUrl(url);
        return writer.ToString();
    }
}
