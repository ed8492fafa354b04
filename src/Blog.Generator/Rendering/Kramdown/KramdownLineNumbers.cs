using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// Line numbers for <c>{% highlight lang linenos %}</c>, laid out as Jekyll's Rouge lays them out: a table of class
/// <c>rouge-table</c>, the numbers in <c>td.gutter pre.lineno</c> and the code, as the code block renderer writes it
/// (coloured when highlighting is on), in <c>td.code</c>. A theme's styles for Rouge's line numbers apply as they are.
/// Added after the highlighter, so it wraps whichever code block renderer is in place.
/// </summary>
internal sealed class KramdownLineNumbers : IMarkdownExtension
{
    /// <summary>The class Jekyll mode gives a fence made from <c>highlight … linenos</c>.</summary>
    public const string ClassName = "linenos";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        for (var i = 0; i < html.ObjectRenderers.Count; i++)
        {
            if (html.ObjectRenderers[i] is { } inner && inner is not Numbered && inner.Accept(html, typeof(FencedCodeBlock)))
            {
                html.ObjectRenderers[i] = new Numbered(inner);
                return;
            }
        }
    }

    private sealed class Numbered(IMarkdownObjectRenderer inner) : IMarkdownObjectRenderer
    {
        public bool Accept(RendererBase renderer, System.Type objectType) => inner.Accept(renderer, objectType);

        public void Write(RendererBase renderer, MarkdownObject obj)
        {
            if (renderer is not HtmlRenderer html || obj is not FencedCodeBlock block || !(block.GetAttributes().Classes?.Contains(ClassName) ?? false))
            {
                inner.Write(renderer, obj);
                return;
            }

            var numbers = new StringBuilder();
            for (var line = 1; line <= block.Lines.Count; line++)
            {
                numbers.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            html.EnsureLine();
            html.Write("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">").Write(numbers.ToString()).Write("</pre></td><td class=\"code\">");
            inner.Write(renderer, obj);
            html.EnsureLine();
            html.WriteLine("</td></tr></tbody></table>");
        }
    }
}
