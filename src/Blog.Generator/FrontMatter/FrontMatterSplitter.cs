
namespace Blog.Generator.FrontMatter;

/// <summary>Where a post's YAML front matter and its Markdown body lie in the file.</summary>
/// <param name="Yaml">The text between the fences.</param>
/// <param name="YamlOffset">Offset of <paramref name="Yaml"/> in the file, to map YAML positions back onto it.</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="BodyOffset">Offset of <paramref name="Body"/> in the file.</param>
internal sealed record FrontMatterSplit(string Yaml, int YamlOffset, string Body, int BodyOffset);

/// <summary>
/// Splits a post into front matter and body, Jekyll style: the file starts with a line <c>---</c> and the front
/// matter ends at the next line that is <c>---</c> or <c>...</c>. Accepts LF, CRLF and a leading BOM.
/// </summary>
internal static class FrontMatterSplitter
{
    public enum Failure
    {
        None,
        NoOpeningFence,
        NoClosingFence,
    }

    public static Failure TrySplit(string text, out FrontMatterSplit? split)
    {
        split = null;
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!IsFence(text, position, out var yamlStart, allowDots: false))
        {
            return Failure.NoOpeningFence;
        }

        var lineStart = yamlStart;
        while (lineStart < text.Length)
        {
            if (IsFence(text, lineStart, out var bodyStart, allowDots: true))
            {
                split = new FrontMatterSplit(text.Substring(yamlStart, lineStart - yamlStart), yamlStart, text.Substring(bodyStart), bodyStart);
                return Failure.None;
            }

            lineStart = NextLine(text, lineStart);
        }

        return Failure.NoClosingFence;
    }

    /// <summary>True when the line at <paramref name="start"/> is a fence; <paramref name="next"/> is the line after it.</summary>
    private static bool IsFence(string text, int start, out int next, bool allowDots)
    {
        next = NextLine(text, start);
        if (string.CompareOrdinal(text, start, "---", 0, 3) != 0 &&
            !(allowDots && string.CompareOrdinal(text, start, "...", 0, 3) == 0))
        {
            return false;
        }

        for (var i = start + 3; i < text.Length && text[i] != '\n' && text[i] != '\r'; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static int NextLine(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (text[i] == '\r')
            {
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }

        return text.Length;
    }
}
