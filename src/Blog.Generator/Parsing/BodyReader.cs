using System;
using System.Collections.Generic;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Rendering;

namespace Blog.Generator.Parsing;

/// <summary>Renders the Markdown body of a post or an entry, reporting what rendering finds at its place in the file.</summary>
internal static class BodyReader
{
    /// <summary>
    /// The rendered body, or <see langword="null"/> when Markdig refuses it (BLOG019); a link to a Markdown file that is
    /// no post is reported (BLOG021) and left as written.
    /// </summary>
    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="bodyOffset">Where the body starts in the file.</param>
    /// <param name="relativePath">The file, for resolving relative links.</param>
    /// <param name="options">How Markdown is rendered.</param>
    /// <param name="excerptSeparator">The text that ends the excerpt.</param>
    /// <param name="links">Every post's URL.</param>
    /// <param name="locator">Positions in the file.</param>
    /// <param name="diagnostics">Where problems are added.</param>
    public static RenderedBody? Render(
        string body,
        int bodyOffset,
        string relativePath,
        PostParseOptions options,
        string excerptSeparator,
        LinkTargets links,
        TextLocator locator,
        List<DiagnosticInfo> diagnostics)
    {
        var pipeline = MarkdownPipelines.Get(options.MarkdownExtensions, options.AllowRawHtml, options.SyntaxHighlighting);
        RenderedBody rendered;
        try
        {
            rendered = MarkdownRenderer.Render(body, pipeline, excerptSeparator, new PostLinkRewriter(relativePath, links));
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested"))
        {
            // Markdig refuses input nested past its depth limit rather than overflow the stack.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MarkdownTooDeep, locator.Line(locator.LineOf(bodyOffset))));
            return null;
        }

        var bodyLine = locator.LineOf(bodyOffset);
        foreach (var link in rendered.BrokenLinks)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LinkToNonPost, locator.At(bodyLine + link.Line, link.Column, link.Length), link.Url));
        }

        return rendered;
    }
}
