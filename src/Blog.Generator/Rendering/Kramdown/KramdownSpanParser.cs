using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// Reads kramdown's span-level <c>{: .class}</c>, which applies to the link, image or code span just before it
/// (<c>![photo](a.jpg){: .full}</c>, <c>[Go](/){: .btn}</c>), and the span forms of <c>{::comment}</c> and
/// <c>{::options /}</c>. It runs before Markdig's own <c>{.class}</c> parser, which would take the colon for an attribute.
/// Any other brace is text, as kramdown prints it (<c>{VALUE}</c> in an Alexa skill's template, <c>{R}</c> in maths),
/// except a heading's closing <c>{#id}</c>, which kramdown reads too and Markdig's parser is left to.
/// </summary>
internal sealed class KramdownSpanParser : InlineParser
{
    private static readonly Regex SpanList = new(@"\G\{:(?![:/])(?<body>(?:\\\}|[^}\n])*)\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    /// <summary>An extension's opening, <c>{::name …}</c> or <c>{::name … /}</c>, on one line.</summary>
    private static readonly Regex SpanExtensionStart = new(@"\G\{::(?<name>[\w-]+)(?<attrs>[^}\n]*?)(?<empty>/)?\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A closing <c>{:/name}</c> or <c>{:/}</c>.</summary>
    private static readonly Regex SpanExtensionEnd = new(@"\G\{:/(?<name>[\w-]*)\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private const string ClosingsKey = "Blog.Generator.Kramdown.SpanClosings";

    public KramdownSpanParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        processor.GetSourcePosition(start, out var line, out var column);
        if (slice.PeekChar() != ':')
        {
            if (processor.Block is HeadingBlock && KramdownExtension.HeaderId.Match(text, start, slice.End - start + 1).Success)
            {
                return false;
            }

            processor.Inline = new LiteralInline("{") { Span = new SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(start)), Line = line, Column = column };
            slice.Start++;
            return true;
        }

        if (Extension(processor.Document, text, start, slice.End) is { } extension)
        {
            if (extension.Name == "nomarkdown")
            {
                processor.Inline = new HtmlInline(extension.Content) { Span = new SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(start + extension.Length - 1)), Line = line, Column = column };
            }
            else if (extension.Name != "comment")
            {
                KramdownExtension.Report(processor.Document, line, column, extension.Length, "kramdown's {::" + extension.Name + "} does not apply here and is left out");
            }

            slice.Start += extension.Length;
            return true;
        }

        var match = SpanList.Match(text, start, slice.End - start + 1);
        if (!match.Success)
        {
            // Text, as kramdown prints it ("{::x}" never closed): taken here so Markdig's {.class} reader, next in line,
            // does not turn it into an attribute named "::x" on the paragraph.
            processor.Inline = new LiteralInline("{") { Span = new SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(start)), Line = line, Column = column };
            slice.Start++;
            return true;
        }

        var attributes = KramdownAttributeList.Parse(match.Groups["body"].Value);
        var target = processor.Inline;
        if (attributes is null)
        {
            KramdownExtension.Report(processor.Document, line, column, match.Length, "'" + match.Value + "' cannot be read as an attribute list; it is left out");
        }
        else if (target is LinkInline or CodeInline or AutolinkInline)
        {
            KramdownExtension.Resolve(processor.Document, attributes, line, column, match.Length).ApplyTo(target);
        }
        else if (processor.Block is HeadingBlock heading && new StringSlice(text, start + match.Length, slice.End).IsEmptyOrWhitespace())
        {
            // At the end of a heading's line, as Markdig's own {#id} is read.
            KramdownExtension.Resolve(processor.Document, attributes, line, column, match.Length).ApplyTo(heading);
        }
        else
        {
            KramdownExtension.Report(processor.Document, line, column, match.Length, "'" + match.Value + "' follows no link, image or code span, which is all a span attribute list applies to; it is left out");
        }

        slice.Start += match.Length;
        return true;
    }

    /// <summary>
    /// The span extension at <paramref name="start"/>: self-closing, or running to the first <c>{:/</c> after it when
    /// that closes it (<c>{:/name}</c> or <c>{:/}</c>). The closings of a text are found once and searched by halves, so
    /// a paragraph of many unclosed openings costs linear time, not one scan to its end for each.
    /// </summary>
    private static (string Name, string Content, int Length)? Extension(MarkdownDocument document, string text, int start, int end)
    {
        var opening = SpanExtensionStart.Match(text, start, end - start + 1);
        if (!opening.Success)
        {
            return null;
        }

        var name = opening.Groups["name"].Value;
        if (opening.Groups["empty"].Success)
        {
            return (name, string.Empty, opening.Length);
        }

        var closings = Closings(document, text);
        var index = closings.BinarySearch(start + opening.Length);
        index = index < 0 ? ~index : index;
        if (index == closings.Count || closings[index] > end)
        {
            return null;
        }

        var closing = SpanExtensionEnd.Match(text, closings[index], end - closings[index] + 1);
        if (!closing.Success || (closing.Groups["name"].Length > 0 && closing.Groups["name"].Value != name))
        {
            return null;
        }

        var contentStart = start + opening.Length;
        return (name, text.Substring(contentStart, closings[index] - contentStart), closings[index] + closing.Length - start);
    }

    /// <summary>Where each <c>{:/</c> of a text is, found once per text and kept with the document.</summary>
    private static List<int> Closings(MarkdownDocument document, string text)
    {
        if (document.GetData(ClosingsKey) is SpanClosings cached && ReferenceEquals(cached.Text, text))
        {
            return cached.Positions;
        }

        var closings = new List<int>();
        for (var at = text.IndexOf("{:/", System.StringComparison.Ordinal); at >= 0; at = text.IndexOf("{:/", at + 3, System.StringComparison.Ordinal))
        {
            closings.Add(at);
        }

        document.SetData(ClosingsKey, new SpanClosings(text, closings));
        return closings;
    }

    /// <summary>The <c>{:/</c> positions of the text being parsed (kept per document: the parser is shared between threads).</summary>
    private sealed record SpanClosings(string Text, List<int> Positions);
}
