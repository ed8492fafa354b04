using System;
using System.Collections.Generic;
using Blog.Generator.Models;

namespace Blog.Generator.Text;

/// <summary>
/// Turns a line and column in the Markdown that was rendered into a location in the post file. Usually that Markdown
/// is the body itself, a fixed number of lines down the file; in Jekyll mode it is the body after Liquid and kramdown's
/// HTML blocks rewrote it, and the <see cref="SourceMap"/> leads each place back to what produced it.
/// </summary>
internal sealed class BodyPositions
{
    private readonly TextLocator locator;
    private readonly int bodyLine;
    private readonly SourceMap? map;
    private readonly List<int>? renderedLines;
    private readonly string body;
    private List<int>? bodyLines;

    /// <param name="locator">Positions in the file.</param>
    /// <param name="bodyLine">The file's line the body starts on.</param>
    /// <param name="body">The body with LF line endings, as written.</param>
    /// <param name="rendered">The Markdown rendered, when it is not <paramref name="body"/>.</param>
    /// <param name="map">Where each character of <paramref name="rendered"/> came from in <paramref name="body"/>.</param>
    public BodyPositions(TextLocator locator, int bodyLine, string body, string? rendered = null, SourceMap? map = null)
    {
        this.locator = locator;
        this.bodyLine = bodyLine;
        this.body = body;
        if (rendered is not null && map is not null)
        {
            this.map = map;
            renderedLines = LineStarts(rendered);
        }
    }

    /// <summary>The span of <paramref name="length"/> characters from a 0-based line and column of the rendered Markdown.</summary>
    public LocationInfo At(int line, int column, int length)
    {
        var (fileLine, fileColumn) = ToBody(line, column);
        return locator.At(bodyLine + fileLine, fileColumn, length);
    }

    /// <summary>The whole line of the file that a line of the rendered Markdown came from.</summary>
    public LocationInfo Line(int line) => locator.Line(bodyLine + ToBody(line, 0).Line);

    /// <summary>The span at an offset of the body as written (a Liquid tag's place).</summary>
    public LocationInfo Body(int offset, int length)
    {
        var (line, column) = Position(BodyLines, offset);
        return locator.At(bodyLine + line, column, length);
    }

    private (int Line, int Column) ToBody(int line, int column)
    {
        if (map is null || renderedLines is null)
        {
            return (line, column);
        }

        var offset = renderedLines[Math.Max(0, Math.Min(line, renderedLines.Count - 1))] + Math.Max(0, column);
        return Position(BodyLines, map.Map(offset));
    }

    private List<int> BodyLines => bodyLines ??= LineStarts(body);

    private static (int Line, int Column) Position(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        line = Math.Max(0, line);
        return (line, offset - lineStarts[line]);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
