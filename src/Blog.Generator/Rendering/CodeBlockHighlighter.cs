using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Generator.Rendering;

/// <summary>
/// The Markdig extension behind <c>BlogSyntaxHighlighting</c>: a fenced code block in C# (<see cref="CSharpClassifier"/>,
/// the compiler's own syntax) or in a language <see cref="CodeColorizer"/> knows (ColorCode) is written as Markdig
/// writes it (<c>&lt;pre&gt;&lt;code class="language-cs"&gt;</c>) with class spans around keywords, strings, comments
/// and the rest. Never a <c>style</c> attribute. Any other code block, and any block ColorCode fails on, is left to
/// Markdig's own renderer, byte for byte.
/// </summary>
internal sealed class CodeBlockHighlighter : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <summary>Wraps the code block renderer that Markdig and the other extensions (diagrams' <c>BlocksAsDiv</c>) set up.</summary>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers[html.ObjectRenderers.IndexOf(plain)] = new HighlightingRenderer(plain);
        }
    }

    private sealed class HighlightingRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock obj)
        {
            // Exactly FencedCodeBlock: math and other blocks derived from it keep their own rendering.
            if (obj.GetType() == typeof(FencedCodeBlock) &&
                obj is FencedCodeBlock { Info: { Length: > 0 } info } &&
                renderer.EnableHtmlForBlock &&
                renderer.EnableHtmlEscape &&
                !plain.BlocksAsDiv.Contains(info) &&
                Code(obj) is { } code &&
                (Snippets.SnippetSyntax.IsCSharp(info)
                    ? Snippets.SnippetSyntax.Nesting(code) <= Snippets.SnippetSyntax.MaxNesting ? CSharpClassifier.Classify(code) : null
                    : CodeColorizer.Colorize(info, code)) is { } tokens)
            {
                WriteHighlighted(renderer, obj, code, tokens);
                return;
            }

            ((IMarkdownObjectRenderer)plain).Write(renderer, obj);
        }

        /// <summary>What Markdig's <c>CodeBlockRenderer</c> writes, with the spans between the code's characters.</summary>
        private void WriteHighlighted(HtmlRenderer renderer, CodeBlock block, string code, List<CodeToken> tokens)
        {
            renderer.EnsureLine();
            renderer.Write("<pre");
            if (plain.OutputAttributesOnPre)
            {
                renderer.WriteAttributes(block);
            }

            renderer.Write("><code");
            if (!plain.OutputAttributesOnPre)
            {
                renderer.WriteAttributes(block);
            }

            renderer.Write('>');
            foreach (var token in tokens)
            {
                switch (token.Kind)
                {
                    case CodeTokenKind.Open:
                        renderer.Write("<span class=\"").Write(token.ClassName).Write("\">");
                        break;
                    case CodeTokenKind.Close:
                        renderer.Write("</span>");
                        break;
                    default:
                        WriteText(renderer, code, token.Start, token.Length);
                        break;
                }
            }

            renderer.WriteLine("</code></pre>");
            renderer.EnsureLine();
        }

        /// <summary>Escapes as Markdig escapes code (<c>&lt; &gt; &amp; "</c>) and ends lines as it does.</summary>
        private static void WriteText(HtmlRenderer renderer, string code, int start, int length)
        {
            var end = start + length;
            while (start < end)
            {
                var newLine = code.IndexOf('\n', start, end - start);
                if (newLine < 0)
                {
                    renderer.WriteEscape(code, start, end - start);
                    return;
                }

                renderer.WriteEscape(code, start, newLine - start);
                renderer.WriteLine();
                start = newLine + 1;
            }
        }

        /// <summary>The block's lines, each ended by a line feed, as Markdig writes them; null when it has none.</summary>
        private static string? Code(CodeBlock block)
        {
            var lines = block.Lines.Lines;
            if (lines is null)
            {
                return null;
            }

            var code = new StringBuilder();
            foreach (var line in lines)
            {
                if (line.Slice.Text is null)
                {
                    break;
                }

                code.Append(line.Slice.Text, line.Slice.Start, line.Slice.Length).Append('\n');
            }

            return code.Length == 0 ? null : code.ToString();
        }
    }
}
