using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>A line <c>{: .class}</c> (a block attribute list) or <c>{:name: .class}</c> (a definition), until it is applied.</summary>
internal sealed class KramdownAttributeBlock(BlockParser parser, string source, string? definitionName, KramdownAttributeList? attributes, string text) : LeafBlock(parser)
{
    /// <summary>The whole Markdown text, to tell whether a blank line stands between this line and its neighbours.</summary>
    public string Source { get; } = source;

    /// <summary>For a definition (<c>{:name: …}</c>), the name references use.</summary>
    public string? DefinitionName { get; } = definitionName;

    /// <summary>The attributes, or <see langword="null"/> when the line cannot be read as any.</summary>
    public KramdownAttributeList? Attributes { get; } = attributes;

    /// <summary>The line as written, for messages.</summary>
    public string Text { get; } = text;
}

/// <summary>
/// A kramdown extension block: <c>{::comment}…{:/comment}</c> (left out), <c>{::nomarkdown}…{:/nomarkdown}</c> (its
/// lines are HTML) or <c>{::options … /}</c> (kramdown's settings, which do not apply here).
/// </summary>
internal sealed class KramdownExtensionBlock(BlockParser parser, string name, bool closed) : LeafBlock(parser)
{
    public string Name { get; } = name;

    /// <summary>Whether its end (<c>{:/name}</c>, <c>{:/}</c> or <c>/}</c>) has been read.</summary>
    public bool Closed { get; set; } = closed;
}

/// <summary>
/// Reads kramdown's block-level lines that start with <c>{:</c>. Such a line may interrupt a paragraph: in kramdown
/// <c>{: .notice}</c> straight after a paragraph's last line applies to that paragraph, where CommonMark would read it as
/// more of the paragraph's text.
/// </summary>
internal sealed class KramdownBlockParser : BlockParser
{
    private static readonly Regex AttributeLine = new(@"^\{:(?!:)(?:(?<name>[\w-]+):)?(?<body>(?:\\\}|[^}])*)\}\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    private static readonly Regex ExtensionStart = new(@"^\{::(?<name>[\w-]+)(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public KramdownBlockParser() => OpeningCharacters = ['{'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.ToString();
        var start = processor.Start;
        var lineNumber = processor.LineIndex;
        var column = processor.Column;

        var extension = ExtensionStart.Match(text);
        if (extension.Success)
        {
            var name = extension.Groups["name"].Value;
            var rest = extension.Groups["rest"].Value.TrimEnd();

            // "{::options key="value" /}" ends on its line; so may "{::comment}text{:/comment}". Text after the opening
            // "}" on the first line belongs to the block.
            var close = rest.IndexOf('}');
            var content = close >= 0 ? rest.Substring(close + 1) : string.Empty;
            var end = content.IndexOf("{:/", System.StringComparison.Ordinal);
            var closed = end >= 0 || (close == rest.Length - 1 && rest.EndsWith("/}", System.StringComparison.Ordinal));
            var block = new KramdownExtensionBlock(this, name, closed) { Span = new SourceSpan(start, line.End), Line = lineNumber, Column = column };
            processor.NewBlocks.Push(block);
            var firstLine = end >= 0 ? content.Substring(0, end) : content;
            if (firstLine.Length > 0)
            {
                var slice = new StringSlice(firstLine);
                block.AppendLine(ref slice, column, lineNumber, start, false);
            }

            // Markdig adds a line to the block itself on Continue; the opening line's own text was added above.
            return closed ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        var match = AttributeLine.Match(text);
        if (!match.Success)
        {
            return BlockState.None;
        }

        var definition = match.Groups["name"].Success ? match.Groups["name"].Value : null;
        processor.NewBlocks.Push(new KramdownAttributeBlock(this, line.Text, definition, KramdownAttributeList.Parse(match.Groups["body"].Value), text.Trim())
        {
            Span = new SourceSpan(start, line.End),
            Line = lineNumber,
            Column = column,
        });
        return BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is not KramdownExtensionBlock extension || extension.Closed)
        {
            return BlockState.None;
        }

        var text = processor.Line.ToString();
        var end = text.IndexOf("{:/", System.StringComparison.Ordinal);
        if (end >= 0)
        {
            if (end > 0)
            {
                var before = new StringSlice(text.Substring(0, end));
                extension.AppendLine(ref before, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
            }

            extension.Closed = true;
            extension.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        // Markdig adds the line to the block.
        extension.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }
}
