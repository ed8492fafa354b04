using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Blog.Generator.Models;
using Blog.Generator.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering;

/// <summary>
/// Turns links and images whose target is a relative path to another post's <c>.md</c> file into that post's URL.
/// The path is resolved against the linking post's folder, as a browser would on the file system; a query or a
/// fragment (<c>other.md#setup</c>) is kept. Every other URL that may name a file beside the posts is handed to the
/// <see cref="AssetCollector"/>, when there is one; the rest is left as written.
/// </summary>
internal sealed class PostLinkRewriter(string postPath, LinkTargets targets, AssetCollector? assets = null)
{
    private static readonly Regex Scheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    /// <summary>Rewrites the document's links to posts in place and returns the links to <c>.md</c> files that are not posts.</summary>
    public List<BrokenLink> Rewrite(MarkdownDocument document)
    {
        var broken = new List<BrokenLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || !TrySplit(url, out var path, out var suffix))
            {
                assets?.Take(link);
                continue;
            }

            if (Resolve(path) is { } resolved && targets.TryGetUrl(resolved, out var target))
            {
                link.Url = target + suffix;
            }
            else
            {
                broken.Add(new BrokenLink(link.Line, link.Column, Math.Max(1, link.Span.Length), url));
            }
        }

        assets?.TakeRawHtml(document);
        return broken;
    }

    /// <summary>A relative URL whose path ends in <c>.md</c>, split into that path and the query or fragment after it.</summary>
    private static bool TrySplit(string url, out string path, out string suffix)
    {
        var end = url.IndexOfAny(['?', '#']);
        path = end < 0 ? url : url.Substring(0, end);
        suffix = end < 0 ? string.Empty : url.Substring(end);
        return path.Length > 0 &&
            path[0] is not ('/' or '\\') &&
            !Scheme.IsMatch(path) &&
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The project-relative path a link points at, or <see langword="null"/> when it climbs above the project.</summary>
    private string? Resolve(string path)
    {
        var resolved = ProjectPaths.Combine(ProjectPaths.FolderOf(postPath), Uri.UnescapeDataString(path).Replace('\\', '/'), out var above);
        return above == 0 ? resolved : null;
    }
}
