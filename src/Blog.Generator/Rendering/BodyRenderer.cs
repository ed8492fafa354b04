using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.Rendering;

/// <summary>A Markdown body to render: its text, where it starts in its file, and what ends its excerpt.</summary>
/// <param name="Text">The Markdown after the front matter.</param>
/// <param name="Offset">Where it starts in the file.</param>
/// <param name="RelativePath">The file, relative to the project, for resolving relative links.</param>
/// <param name="ExcerptSeparator">The text that ends the excerpt; <see langword="null"/> when the caller makes the excerpt itself (Jekyll mode).</param>
internal sealed record MarkdownBody(string Text, int Offset, string RelativePath, string? ExcerptSeparator = null);

/// <summary>Renders the Markdown body of a post or an entry, reporting what rendering finds at its place in the file.</summary>
internal static class BodyRenderer
{
    /// <summary>
    /// The rendered body, or <see langword="null"/> when it would cost more than the render budget (BLOG035), Markdig
    /// refuses it (BLOG019) or its HTML is too large (BLOG034); a link to a Markdown file that is no post is reported
    /// (BLOG021) and left as written.
    /// </summary>
    /// <param name="body">The body and where it is.</param>
    /// <param name="options">How Markdown is rendered.</param>
    /// <param name="links">Every post's URL.</param>
    /// <param name="report">Where problems and the C# fences to compile against the project are added.</param>
    /// <param name="rewritten">In Jekyll mode, the body after Liquid and kramdown's HTML blocks rewrote it, with the map back to it.</param>
    /// <param name="assets">Takes the references to files beside the posts; <see langword="null"/> leaves them as written.</param>
    public static RenderedBody? Render(MarkdownBody body, PostParseOptions options, LinkTargets links, FileReport report, (string Markdown, SourceMap Map)? rewritten = null, AssetCollector? assets = null)
    {
        var locator = report.Locator;
        var diagnostics = report.Diagnostics;

        // Markdig keeps CR in some constructs; LF-only input makes the HTML the same for LF and CRLF copies of a post, and
        // gives the estimate the same lines.
        var original = MarkdownRenderer.NormalizeLineEndings(body.Text);
        var markdown = rewritten?.Markdown ?? original;
        var positions = new BodyPositions(locator, locator.LineOf(body.Offset), original, rewritten?.Markdown, rewritten?.Map);

        // Estimated before Markdig runs: a post shaped to make Markdig quadratic is refused before it costs minutes.
        var pipeline = MarkdownPipelines.Get(options.MarkdownExtensions, options.AllowRawHtml, options.SyntaxHighlighting, options.Jekyll);
        var cost = RenderCost.Estimate(markdown, headingIds: pipeline.Extensions.Contains<Markdig.Extensions.AutoIdentifiers.AutoIdentifierExtension>());
        if (cost.Total > options.MaxRenderCost)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MarkdownTooCostly,
                positions.Line(cost.CostliestLine),
                Number(cost.Total),
                Number(options.MaxRenderCost),
                cost.CostliestPart));
            return null;
        }

        RenderedBody rendered;
        try
        {
            rendered = MarkdownRenderer.Render(markdown, pipeline, options.AllowRawHtml, body.ExcerptSeparator, new PostLinkRewriter(body.RelativePath, links, assets), HtmlLimit(options), options.SnippetChecks);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested"))
        {
            // Markdig refuses input nested past its depth limits rather than overflow the stack; the estimate says which.
            var inlines = cost.MostOpenInlines * 2 > InlineDepthLimit || cost.DeepestNesting < BlockDepthLimit;
            var (line, reason) = inlines
                ? (cost.MostOpenInlinesLine, Invariant($"the paragraph here holds about {cost.MostOpenInlines:N0} emphasis runs or unclosed brackets at once, and Markdig parses at most {InlineDepthLimit:N0} in one paragraph"))
                : (cost.DeepestLine, Invariant($"this line opens about {cost.DeepestNesting:N0} nested blocks (lists, quotes), and Markdig allows {BlockDepthLimit}"));
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MarkdownTooDeep, positions.Line(line), reason));
            return null;
        }
        catch (HtmlTooLargeException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.PostTooLarge, positions.Line(0), "The HTML this body renders to", Number(exception.Limit), "four times BlogMaxPostSize"));
            return null;
        }

        foreach (var link in rendered.BrokenLinks)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LinkToNonPost, positions.At(link.Line, link.Column, link.Length), link.Url));
        }

        foreach (var problem in rendered.KramdownProblems)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.JekyllSyntaxLeftOut, positions.At(problem.Line, problem.Column, problem.Length), problem.Message));
        }

        foreach (var problem in rendered.Markup)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ActiveMarkupLeftOut, positions.At(problem.Line, problem.Column, problem.Length), problem.Message));
        }

        ReportFences(rendered.Fences, positions, options.SnippetChecks.Severity, diagnostics, report.Snippets);
        return assets is null ? rendered : rendered with
        {
            Assets = assets.Found.Select(found => found.ToReference(positions.At(found.Line, found.Column, found.Length))).ToEquatableArray(),
        };
    }

    /// <summary>
    /// A C# fence's unreadable options (BLOG040) and syntax errors (BLOG037) at their places in the file; a fence to
    /// compile that parses is passed on, with where each of its lines is in the file, to be bound against the project.
    /// </summary>
    private static void ReportFences(EquatableArray<Snippets.CheckedFence> fences, BodyPositions positions, Microsoft.CodeAnalysis.DiagnosticSeverity severity, List<DiagnosticInfo> diagnostics, List<CSharpSnippet> snippets)
    {
        foreach (var fence in fences)
        {
            var opening = positions.Line(fence.FenceLine);
            foreach (var problem in fence.OptionProblems)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FenceOptionUnreadable, opening, severity, problem));
            }

            foreach (var error in fence.SyntaxErrors)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SnippetDoesNotParse,
                    positions.At(error.At.Line, error.At.Column, Math.Max(1, error.Length)),
                    severity,
                    error.Message,
                    error.Id));
            }

            if (fence.Mode == CheckMode.Compile && fence.SyntaxErrors.IsEmpty)
            {
                var lines = fence.Lines
                    .Select(line => positions.At(line.Line, line.Column, 0))
                    .Select(location => new SnippetLine(location.LineSpan.Start.Line, location.LineSpan.Start.Character, location.TextSpan.Start))
                    .ToEquatableArray();
                snippets.Add(new CSharpSnippet(fence.Code, fence.Usings, fence.Expected, lines, opening));
            }
        }
    }

    /// <summary>A front-matter excerpt, written in Markdown, as HTML; or <see langword="null"/> when it is too large (BLOG034).</summary>
    public static string? RenderExcerpt(string excerpt, LocationInfo at, PostParseOptions options, FileReport report)
    {
        try
        {
            var markup = new List<MarkupProblem>();
            var html = MarkdownRenderer.RenderFragment(excerpt, MarkdownPipelines.Get(options.MarkdownExtensions, options.AllowRawHtml, options.SyntaxHighlighting, options.Jekyll), options.AllowRawHtml, HtmlLimit(options), markup);
            foreach (var problem in markup)
            {
                report.Add(DiagnosticDescriptors.ActiveMarkupLeftOut, at, problem.Message);
            }

            return html;
        }
        catch (HtmlTooLargeException exception)
        {
            report.Add(DiagnosticDescriptors.PostTooLarge, at, "The HTML of this excerpt", Number(exception.Limit), "four times BlogMaxPostSize");
            return null;
        }
    }

    // Markdig 1.6's limits (ThrowHelper.DefaultDepthLimit and LargeDepthLimit).
    private const int BlockDepthLimit = 128;
    private const int InlineDepthLimit = 10 * 1024;

    public static int HtmlLimit(PostParseOptions options) => (int)Math.Min(int.MaxValue / 2, 4L * options.MaxPostSize);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
