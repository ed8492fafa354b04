using System.Collections.Generic;

using static System.FormattableString;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;


namespace Blog.Generator.Rendering.Kramdown;

/// <summary>Where a row of a kramdown table goes.</summary>
internal enum KramdownTableSection
{
    Head,
    Body,
    Foot,
}

/// <summary>
/// A kramdown table: its lines while it is read, then its rows. Each row holds one paragraph per cell, so the cells'
/// Markdown is parsed, typeset and counted as any other text is.
/// </summary>
internal sealed class KramdownTable(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The table's lines as read, each with where it starts in the Markdown.</summary>
    public List<(StringSlice Text, int Line, int Column)> Lines { get; } = [];

    /// <summary>Each column's <c>text-align</c>, from the header separator (<c>|:--|:-:|--:|</c>), or <see langword="null"/>.</summary>
    public List<string?> Alignments { get; } = [];
}

/// <summary>A row of a kramdown table: its section, and which body group (between <c>|---</c> lines) it is in.</summary>
internal sealed class KramdownTableRow(BlockParser parser, KramdownTableSection section, int group) : ContainerBlock(parser)
{
    public KramdownTableSection Section { get; } = section;

    public int Group { get; } = group;
}

/// <summary>
/// Reads kramdown's tables in Jekyll mode: every line starts with <c>|</c>; a separator line (<c>|---</c>, with
/// <c>:</c> for alignment and <c>+</c> between columns) after the first rows makes them the header, a later one
/// starts a new body group, and <c>|===</c> starts the footer. A table needs no header, and its rows need no closing
/// pipe; short rows are padded. As in kramdown, a table does not interrupt a paragraph, and lines that run on into
/// text with no blank line between are a paragraph, not a table.
/// </summary>
internal sealed class KramdownTableParser : BlockParser
{
    /// <summary>The most empty cells padding may add to one table.</summary>
    private const long MaxCells = 100_000;

    public KramdownTableParser() => OpeningCharacters = ['|'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || (processor.CurrentContainer is MarkdownDocument && !EndsAtABoundary(processor.Line)))
        {
            return BlockState.None;
        }

        var table = new KramdownTable(this) { Span = new SourceSpan(processor.Start, processor.Line.End), Line = processor.LineIndex, Column = processor.Column };
        table.Lines.Add((processor.Line, processor.LineIndex, processor.Column));
        processor.NewBlocks.Push(table);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var line = processor.Line;
        line.TrimStart();
        if (block is not KramdownTable table || processor.IsBlankLine || line.CurrentChar != '|')
        {
            return BlockState.None;
        }

        table.Lines.Add((line, processor.LineIndex, processor.Column + (line.Start - processor.Line.Start)));
        table.UpdateSpanEnd(line.End);
        return BlockState.ContinueDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is KramdownTable table)
        {
            Build(processor.Document, table);
        }

        return true;
    }

    /// <summary>
    /// Whether the run of table lines starting here ends at a blank line, the end of the text or an attribute list:
    /// kramdown reads a table only then (this looks at the raw text, so only for tables at the top level).
    /// </summary>
    private static bool EndsAtABoundary(StringSlice line)
    {
        var text = line.Text;
        var position = text.IndexOf('\n', line.End + 1);
        if (position < 0)
        {
            return true;
        }

        position++;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var start = position;
            while (start < end && (text[start] == ' ' || text[start] == '\t'))
            {
                start++;
            }

            if (start == end || (start + 1 < end && text[start] == '{' && text[start + 1] == ':'))
            {
                return true;
            }

            if (text[start] != '|')
            {
                return false;
            }

            position = end + 1;
        }

        return true;
    }

    private void Build(MarkdownDocument document, KramdownTable table)
    {
        var section = KramdownTableSection.Body;
        var group = 0;
        var rows = new List<(List<ParagraphBlock> Cells, KramdownTableSection Section, int Group)>();
        foreach (var (read, line, readColumn) in table.Lines)
        {
            var text = read;
            text.TrimStart();
            var column = readColumn + (text.Start - read.Start);
            var cells = Split(text);
            if (IsSeparator(text, out var footer))
            {
                if (footer)
                {
                    section = KramdownTableSection.Foot;
                }
                else if (section == KramdownTableSection.Body && rows.Count > 0)
                {
                    // The first separator after rows makes them the header; later ones start a new body group.
                    if (table.Alignments.Count == 0 && group == 0 && rows.TrueForAll(row => row.Section == KramdownTableSection.Body))
                    {
                        for (var i = 0; i < rows.Count; i++)
                        {
                            rows[i] = (rows[i].Cells, KramdownTableSection.Head, 0);
                        }

                        foreach (var separator in text.ToString().Trim().Trim('|').Split('|', '+'))
                        {
                            table.Alignments.Add(Alignment(separator.Trim()));
                        }
                    }
                    else
                    {
                        group++;
                    }
                }

                continue;
            }

            var paragraphs = new List<ParagraphBlock>();
            foreach (var (start, end) in cells)
            {
                var paragraph = new ParagraphBlock(this) { Line = line, Column = column + (start - text.Start), Span = new SourceSpan(start, end), IsOpen = false, Lines = new StringLineGroup(1) };
                var cell = new StringSlice(text.Text, start, end);
                cell.Trim();
                if (!cell.IsEmpty)
                {
                    paragraph.AppendLine(ref cell, column + (cell.Start - text.Start), line, cell.Start, false);
                }

                paragraphs.Add(paragraph);
            }

            rows.Add((paragraphs, section, group));
        }

        var columns = 0;
        var written = 0L;
        foreach (var row in rows)
        {
            columns = System.Math.Max(columns, row.Cells.Count);
            written += row.Cells.Count;
        }

        // Padding short rows to the widest would let one wide row multiply every other (10,000 rows by 100,000 columns).
        if ((long)columns * rows.Count > MaxCells + written)
        {
            KramdownExtension.Report(document, table.Line, table.Column, 1, Invariant($"this table has {rows.Count:N0} rows and up to {columns:N0} cells in a row; its short rows are not padded with empty cells, as kramdown would, past {MaxCells:N0} cells"));
            columns = 0;
        }

        foreach (var (cells, rowSection, rowGroup) in rows)
        {
            var row = new KramdownTableRow(this, rowSection, rowGroup) { Line = cells.Count > 0 ? cells[0].Line : table.Line };
            foreach (var cell in cells)
            {
                row.Add(cell);
            }

            for (var i = cells.Count; i < columns; i++)
            {
                row.Add(new ParagraphBlock(this) { IsOpen = false, Lines = new StringLineGroup(1) });
            }

            table.Add(row);
        }
    }

    /// <summary>Whether a line is a separator (only <c>|</c>, <c>+</c>, <c>:</c>, <c>-</c>, <c>=</c> and spaces, with a <c>-</c> or <c>=</c>); <c>=</c> makes it the footer's.</summary>
    private static bool IsSeparator(StringSlice line, out bool footer)
    {
        footer = false;
        var dashes = false;
        for (var i = line.Start; i <= line.End; i++)
        {
            switch (line.Text[i])
            {
                case '-':
                    dashes = true;
                    break;
                case '=':
                    footer = true;
                    break;
                case '|' or '+' or ':' or ' ' or '\t':
                    break;
                default:
                    footer = false;
                    return false;
            }
        }

        return dashes || footer;
    }

    private static string? Alignment(string separator) =>
        separator.StartsWith(":", System.StringComparison.Ordinal)
            ? separator.Length > 1 && separator.EndsWith(":", System.StringComparison.Ordinal) ? "center" : "left"
            : separator.EndsWith(":", System.StringComparison.Ordinal) ? "right" : null;

    /// <summary>
    /// The cells of a row, as inclusive ranges of the Markdown: between pipes that are neither escaped (<c>\|</c>) nor
    /// inside a code span, without the line's opening pipe and its closing one. Linear in the line: each backtick run
    /// is matched to the next run of its length through a table built in one pass from the right.
    /// </summary>
    private static List<(int Start, int End)> Split(StringSlice line)
    {
        var text = line.Text;
        var end = line.End;
        while (end >= line.Start && (text[end] == ' ' || text[end] == '\t'))
        {
            end--;
        }

        var runs = BacktickRuns(text, line.Start + 1, end);
        var runAt = new Dictionary<int, int>(runs.Count);
        for (var r = 0; r < runs.Count; r++)
        {
            runAt[runs[r].Start] = r;
        }

        var cells = new List<(int, int)>();
        var start = line.Start + 1;
        var i = start;
        while (i <= end)
        {
            var c = text[i];
            if (c == '\\' && i < end)
            {
                i += 2;
                continue;
            }

            if (c == '`' && runAt.TryGetValue(i, out var run))
            {
                // A code span runs to the next run of as many backticks; a run that none closes is text.
                var close = runs[run].Next;
                i = close < 0 ? i + runs[run].Length : runs[close].Start + runs[close].Length;
                continue;
            }

            if (c == '|')
            {
                cells.Add((start, i - 1));
                start = i + 1;
            }

            i++;
        }

        // Text after the last pipe is a cell; a closing pipe leaves none.
        if (start <= end)
        {
            cells.Add((start, end));
        }

        return cells;
    }

    /// <summary>The backtick runs from <paramref name="from"/> to <paramref name="end"/>, each with the index of the next run of the same length (-1 if none).</summary>
    private static List<(int Start, int Length, int Next)> BacktickRuns(string text, int from, int end)
    {
        var runs = new List<(int Start, int Length, int Next)>();
        for (var i = from; i <= end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == '`')
            {
                var length = 1;
                while (i + length <= end && text[i + length] == '`')
                {
                    length++;
                }

                runs.Add((i, length, -1));
                i += length - 1;
            }
        }

        var nextOfLength = new Dictionary<int, int>();
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            runs[r] = (runs[r].Start, runs[r].Length, nextOfLength.TryGetValue(runs[r].Length, out var next) ? next : -1);
            nextOfLength[runs[r].Length] = r;
        }

        return runs;
    }
}

/// <summary>Writes a kramdown table as kramdown does: <c>thead</c>, a <c>tbody</c> per body group, <c>tfoot</c>, and each column's alignment as a <c>style</c>.</summary>
internal sealed class KramdownTableRenderer : HtmlObjectRenderer<KramdownTable>
{
    protected override void Write(HtmlRenderer renderer, KramdownTable table)
    {
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        string? open = null;
        foreach (var block in table)
        {
            var row = (KramdownTableRow)block;
            var section = row.Section switch
            {
                KramdownTableSection.Head => "thead",
                KramdownTableSection.Foot => "tfoot",
                _ => "tbody" + row.Group,
            };
            if (section != open)
            {
                Close(renderer, open);
                renderer.WriteLine("  <" + Tag(section) + ">");
                open = section;
            }

            renderer.WriteLine("    <tr>");
            var cell = row.Section == KramdownTableSection.Head ? "th" : "td";
            for (var i = 0; i < row.Count; i++)
            {
                var alignment = i < table.Alignments.Count ? table.Alignments[i] : null;
                renderer.Write("      <" + cell + (alignment is null ? string.Empty : " style=\"text-align: " + alignment + "\"") + ">");
                if (row[i] is ParagraphBlock { Inline: not null } paragraph)
                {
                    renderer.WriteLeafInline(paragraph);
                }

                renderer.WriteLine("</" + cell + ">");
            }

            renderer.WriteLine("    </tr>");
        }

        Close(renderer, open);
        renderer.WriteLine("</table>");
    }

    private static string Tag(string section) => section.StartsWith("tbody", System.StringComparison.Ordinal) ? "tbody" : section;

    private static void Close(HtmlRenderer renderer, string? section)
    {
        if (section is not null)
        {
            renderer.WriteLine("  </" + Tag(section) + ">");
        }
    }
}
