using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Models;

/// <summary>
/// A place in a post file, kept as plain data so it can live in cached pipeline models
/// (a Roslyn <see cref="Location"/> must not).
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);

    /// <summary>A place in a C# file, for diagnostics about a schema class; kept as data like any other.</summary>
    public static LocationInfo From(Location location)
    {
        var lineSpan = location.GetLineSpan();
        return new(lineSpan.Path ?? string.Empty, location.SourceSpan, lineSpan.Span);
    }

    /// <summary>The first character of a file: used only where nothing narrower exists.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));
}
