using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering;

/// <summary>The text a reader sees in parsed Markdown, for headings, excerpts and word counts.</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    /// <summary>Counts runs of non-space characters holding a letter or digit, across every block of the document.</summary>
    public static int CountWords(MarkdownDocument document)
    {
        var count = 0;
        var builder = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            builder.Clear();
            if (block.Inline is { } inline)
            {
                Append(builder, inline);
            }
            else if (block is CodeBlock or HtmlBlock)
            {
                AppendLines(builder, block.Lines);
            }

            count += CountWords(builder);
        }

        return count;
    }

    private static int CountWords(StringBuilder text)
    {
        var count = 0;
        var inWord = false;
        var wordHasLetter = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasLetter)
                {
                    count++;
                }

                inWord = false;
                wordHasLetter = false;
            }
            else
            {
                inWord = true;
                wordHasLetter |= char.IsLetterOrDigit(c);
            }
        }

        return count;
    }

    private static void AppendLines(StringBuilder builder, StringLineGroup lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            AppendSlice(builder, lines.Lines[i].Slice).Append('\n');
        }
    }

    /// <summary>Appends a slice without making a string of it first: word counting walks every block of every post.</summary>
    private static StringBuilder AppendSlice(StringBuilder builder, StringSlice slice) =>
        slice.Length > 0 ? builder.Append(slice.Text, slice.Start, slice.Length) : builder;

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                AppendSlice(builder, literal.Content);
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                AppendSlice(builder, entity.Transcoded);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case SmartyPant smartyPant:
                // The characters the page shows, so excerpts and headings keep their quotes and dashes.
                builder.Append(smartyPant.Type switch
                {
                    SmartyPantType.LeftQuote => '\u2018',
                    SmartyPantType.RightQuote => '\u2019',
                    SmartyPantType.LeftDoubleQuote => '\u201C',
                    SmartyPantType.RightDoubleQuote => '\u201D',
                    SmartyPantType.LeftAngleQuote => '\u00AB',
                    SmartyPantType.RightAngleQuote => '\u00BB',
                    SmartyPantType.Ellipsis => '\u2026',
                    SmartyPantType.Dash2 => '\u2013',
                    SmartyPantType.Dash3 => '\u2014',
                    SmartyPantType.DoubleQuote => '"',
                    _ => '\'',
                });
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
