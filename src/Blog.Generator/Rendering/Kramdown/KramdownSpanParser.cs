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
/// </summary>
internal sealed class KramdownSpanParser : InlineParser
{
    private static readonly Regex SpanList = new(@"\G\{:(?!:)(?<body>(?:\\\}|[^}\n])*)\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    private static readonly Regex SpanExtension = new(@"\G\{::(?<name>[\w-]+)(?<attrs>[^}\n]*?)(?:/\}|\}(?<content>.*?)\{:/(?:\k<name>)?\})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    public KramdownSpanParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        processor.GetSourcePosition(start, out var line, out var column);
        var extension = SpanExtension.Match(text, start, slice.End - start + 1);
        if (extension.Success)
        {
            var name = extension.Groups["name"].Value;
            if (name == "nomarkdown")
            {
                processor.Inline = new HtmlInline(extension.Groups["content"].Value) { Span = new SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(start + extension.Length - 1)), Line = line, Column = column };
            }
            else if (name != "comment")
            {
                KramdownExtension.Report(processor.Document, line, column, extension.Length, "kramdown's {::" + name + "} does not apply here and is left out");
            }

            slice.Start += extension.Length;
            return true;
        }

        var match = SpanList.Match(text, start, slice.End - start + 1);
        if (!match.Success)
        {
            return false;
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
}
