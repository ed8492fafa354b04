using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Blog.Generator.Diagnostics;
using Blog.Generator.Jekyll.Liquid;
using Blog.Generator.Models;
using Blog.Generator.Rendering;
using Blog.Generator.Rendering.Kramdown;
using Blog.Generator.Text;

namespace Blog.Generator.Jekyll;

/// <summary>
/// Renders a post's body as Jekyll does, in Jekyll mode: Liquid first (at build time, with the post as <c>page</c> and
/// the site's <c>_config.yml</c>, <c>_data</c> and <c>_includes</c>), then the Markdown as kramdown reads it. The
/// excerpt is cut from the Markdown as written and rendered the same way. Every problem is reported at its place in
/// the post as written.
/// </summary>
internal static class JekyllBodyRenderer
{
    // Ruby's \s, which normalize_whitespace uses: ASCII whitespace only, so a no-break space stays.
    private static readonly Regex Whitespace = new(@"[ \t\r\n\f\v]+", RegexOptions.CultureInvariant);

    /// <param name="body">The body and where it is.</param>
    /// <param name="page">The post, as Liquid's <c>page</c>, and how its Liquid and excerpt are read.</param>
    /// <param name="context">The settings, every post's URL, and the site.</param>
    /// <param name="report">Where problems and the C# fences to compile against the project are added.</param>
    /// <param name="assets">Takes the references to files beside the posts; <see langword="null"/> leaves them as written.</param>
    public static RenderedBody? Render(MarkdownBody body, JekyllPage page, PostReadContext context, FileReport report, AssetCollector? assets = null)
    {
        var options = context.Options;
        var links = context.Links;
        var original = MarkdownRenderer.NormalizeLineEndings(body.Text);
        var positions = new BodyPositions(report.Locator, report.Locator.LineOf(body.Offset), original);
        var environment = JekyllVariables.Environment(page, context.Site, links, options);
        var diagnostics = report.Diagnostics;

        var text = original;
        SourceMap? map = null;
        if (page.RenderLiquid && LiquidRenderer.HasLiquid(original))
        {
            var result = LiquidRenderer.Render(original, environment);
            foreach (var problem in result.Problems)
            {
                var at = positions.Body(problem.At.Start, problem.At.Length);
                diagnostics.Add(problem.Kind switch
                {
                    LiquidProblemKind.Error => DiagnosticInfo.Create(DiagnosticDescriptors.LiquidCannotRender, at, problem.Message),
                    LiquidProblemKind.MissingPost => DiagnosticInfo.Create(DiagnosticDescriptors.LinkToNonPost, at, problem.Message),
                    LiquidProblemKind.OutsideProject => DiagnosticInfo.Create(DiagnosticDescriptors.FileOutsideProject, at, problem.Message),
                    _ => DiagnosticInfo.Create(DiagnosticDescriptors.JekyllSyntaxLeftOut, at, problem.Message),
                });
            }

            if (result.HasErrors)
            {
                return null;
            }

            text = result.Text;
            map = result.Map;
        }

        if (KramdownHtmlBlocks.Rewrite(text) is { } rewrite)
        {
            text = rewrite.Text;
            map = rewrite.Map.After(map);
        }

        var rendered = BodyRenderer.Render(body with { ExcerptSeparator = null }, options, links, report, map is null ? null : (text, map), assets);
        if (rendered is null)
        {
            return null;
        }

        try
        {
            var excerptHtml = RenderExcerpt(original, page.ExcerptSeparator, page.RenderLiquid, environment, page.RelativePath, options, links, assets);
            var excerpt = Whitespace.Replace(WebUtility.HtmlDecode(LiquidFilters.StripHtml(excerptHtml)), " ").Trim(' ');

            // The excerpt is parsed apart from the body: a reference it numbers anew is the body's, already reported there.
            var excerptOnly = assets is null ? [] : assets.Found.Skip(rendered.Assets.Count).Select(found => found.ToReference(null));
            return rendered with { Excerpt = excerpt.Length == 0 ? null : excerpt, ExcerptHtml = excerptHtml, Assets = rendered.Assets.Concat(excerptOnly).ToEquatableArray() };
        }
        catch (HtmlTooLargeException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PostTooLarge, positions.Line(0), "The HTML of this excerpt", exception.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "four times BlogMaxPostSize"));
            return null;
        }
    }

    /// <summary>
    /// The excerpt's HTML: the Markdown before the separator, its Liquid rendered (a problem there was already reported
    /// for the body, which holds the same text), then converted as the body is.
    /// </summary>
    private static string RenderExcerpt(string original, string separator, bool renderLiquid, LiquidEnvironment environment, string relativePath, PostParseOptions options, LinkTargets links, AssetCollector? assets)
    {
        var head = JekyllExcerpt.Extract(original, separator);
        if (renderLiquid && LiquidRenderer.HasLiquid(head))
        {
            // A head Liquid cannot render (a block the cut leaves open that Jekyll's repair does not close) loses its tags
            // rather than show them.
            var result = LiquidRenderer.Render(head, environment);
            head = result.HasErrors ? WithoutLiquid(head) : result.Text;
        }

        if (KramdownHtmlBlocks.Rewrite(head) is { } rewrite)
        {
            head = rewrite.Text;
        }

        var pipeline = MarkdownPipelines.Get(options.MarkdownExtensions, options.AllowRawHtml, options.SyntaxHighlighting, jekyll: true);
        return MarkdownRenderer.RenderPart(head, pipeline, options.AllowRawHtml, new PostLinkRewriter(relativePath, links, assets), BodyRenderer.HtmlLimit(options));
    }

    /// <summary>
    /// The text with every <c>{% … %}</c> and <c>{{ … }}</c> taken out. Linear: each search for a closing mark starts
    /// after the last one found, and once a kind of mark has no closing left, its later openings are kept as text.
    /// </summary>
    private static string WithoutLiquid(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        bool tagsClose = true, outputsClose = true;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '{' && i + 1 < text.Length && ((text[i + 1] == '%' && tagsClose) || (text[i + 1] == '{' && outputsClose)))
            {
                var tag = text[i + 1] == '%';
                var close = text.IndexOf(tag ? "%}" : "}}", i + 2, System.StringComparison.Ordinal);
                if (close >= 0)
                {
                    i = close + 2;
                    continue;
                }

                tagsClose &= !tag;
                outputsClose &= tag;
            }

            builder.Append(text[i]);
            i++;
        }

        return builder.ToString();
    }
}
