using System;
using System.Collections.Generic;
using Blog.Generator.Models;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Text;

/// <summary>
/// Turns character offsets in a post file into the line-and-column locations diagnostics carry. Lines are found as far
/// into the file as a location needs, so a reader that reports nothing past the front matter never scans the body.
/// </summary>
internal sealed class TextLocator
{
    private readonly string filePath;
    private readonly string text;
    private readonly List<int> lineStarts = [0];

    /// <summary>Where the search for line breaks goes on from: every line start before it is in <see cref="lineStarts"/>.</summary>
    private int scanned;

    public TextLocator(string filePath, string text)
    {
        this.filePath = filePath;
        this.text = text;
    }

    public LocationInfo WholeFile() => Span(0, text.Length);

    public LocationInfo Span(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        return new LocationInfo(filePath, TextSpan.FromBounds(start, end), new LinePositionSpan(Position(start), Position(end)));
    }

    /// <summary>The span of a whole line without its line break, by 0-based line number.</summary>
    public LocationInfo Line(int line)
    {
        line = Math.Max(0, line);
        ScanToLine(line + 1);
        line = Math.Min(line, lineStarts.Count - 1);
        var start = lineStarts[line];
        var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : text.Length;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return Span(start, end);
    }

    /// <summary>The span of <paramref name="length"/> characters from a 0-based line and column, kept inside that line.</summary>
    public LocationInfo At(int line, int column, int length)
    {
        var whole = Line(line);
        var start = Math.Min(whole.TextSpan.Start + Math.Max(0, column), whole.TextSpan.End);
        return Span(start, Math.Min(start + length, whole.TextSpan.End));
    }

    /// <summary>The 0-based line holding an offset.</summary>
    public int LineOf(int offset) => Position(Math.Max(0, Math.Min(offset, text.Length))).Line;

    private LinePosition Position(int offset)
    {
        ScanToOffset(offset);
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    /// <summary>Finds line starts until the one after <paramref name="offset"/>'s line is known, or the text ends.</summary>
    private void ScanToOffset(int offset)
    {
        while (scanned < text.Length && lineStarts[lineStarts.Count - 1] <= offset)
        {
            ScanOneLine();
        }
    }

    /// <summary>Finds line starts until line <paramref name="line"/> starts, or the text ends.</summary>
    private void ScanToLine(int line)
    {
        while (scanned < text.Length && lineStarts.Count <= line)
        {
            ScanOneLine();
        }
    }

    /// <summary>A line ends at LF, at CRLF, or at a CR alone.</summary>
    private void ScanOneLine()
    {
        for (var i = scanned; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
                scanned = i + 1;
                return;
            }
        }

        scanned = text.Length;
    }
}
