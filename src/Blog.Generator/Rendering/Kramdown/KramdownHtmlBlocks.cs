using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Text;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// Where kramdown and CommonMark read HTML blocks differently, rewrites the Markdown so Markdig reads it as kramdown
/// does, keeping a map back to the lines as written:
/// <list type="bullet">
/// <item><c>&lt;div markdown="1"&gt;</c>: kramdown parses the element's content as Markdown; blank lines are put after
/// the opening tag and before the closing one, where CommonMark needs them to stop the HTML block, and the attribute is
/// dropped (kramdown drops it too).</item>
/// <item>A block-level element (<c>&lt;figure&gt;</c>, <c>&lt;div&gt;</c>…) that starts a line is one HTML block in
/// kramdown, to its closing tag: CommonMark ends it at the first blank line (which Liquid's tags often leave) and reads
/// the indented HTML after it as code. Its blank lines become empty comments, and a blank line is put after its closing
/// tag, so Markdown straight after it is read as Markdown, as kramdown reads it.</item>
/// </list>
/// Fenced code is left alone.
/// </summary>
internal static class KramdownHtmlBlocks
{
    private static readonly Regex MarkdownAttribute = new(
        @"^(?<indent> {0,3})<(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attrs>[^>]*?)(?<attr>\s+markdown\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>""']+)))(?<rest>[^>]*)>",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>kramdown's block-level HTML elements: opened at the start of a line, each is one HTML block to its closing tag.</summary>
    private static readonly Regex BlockElement = new(
        @"^ {0,3}<(?<tag>address|article|aside|blockquote|body|caption|center|colgroup|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|html|iframe|legend|li|main|map|menu|nav|noscript|ol|optgroup|p|picture|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio)(?=[\s/>])[^>]*>",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    private static readonly Regex Fence = new(@"^ {0,3}(?<fence>`{3,}|~{3,})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>An edit: at <paramref name="At"/>, drop <paramref name="Remove"/> characters and put <paramref name="Insert"/>.</summary>
    private readonly record struct Edit(int At, int Remove, string Insert);

    /// <summary>The rewritten Markdown and its map, or <see langword="null"/> when nothing needs rewriting.</summary>
    public static (string Text, SourceMap Map)? Rewrite(string markdown)
    {
        var edits = new List<Edit>();
        var closes = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var lines = Lines(markdown);
        var lineStarts = lines.Select(line => line.Start).ToList();
        var markdownAttributes = Regex.Matches(markdown, @"\smarkdown\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Cast<Match>().Select(match => match.Index).ToList();
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, length) = lines[i];
            var line = markdown.Substring(start, length);
            if (Fence.Match(line) is { Success: true } fenceMatch)
            {
                var run = fenceMatch.Groups["fence"].Value;
                if (fence is null)
                {
                    fence = run;
                }
                else if (run[0] == fence[0] && run.Length >= fence.Length && line.Trim() == run)
                {
                    fence = null;
                }

                continue;
            }

            if (fence is not null)
            {
                continue;
            }

            // Without a '>' the line holds no whole tag, and the pattern would backtrack over it for nothing.
            if (line.IndexOf('>') >= 0 && MarkdownAttribute.Match(line) is { Success: true } element)
            {
                var attribute = element.Groups["attr"];
                edits.Add(new Edit(start + attribute.Index, attribute.Length, string.Empty));
                if (element.Groups["value"].Value != "0" && Closes(markdown, element.Groups["tag"].Value.ToLowerInvariant(), closes).TryGetValue(start + element.Length, out var close))
                {
                    edits.Add(new Edit(start + element.Length, 0, "\n\n"));
                    edits.Add(new Edit(close, 0, "\n\n"));
                }

                continue;
            }

            if (BlockElement.Match(line) is { Success: true } block &&
                Closes(markdown, block.Groups["tag"].Value.ToLowerInvariant(), closes).TryGetValue(start + block.Length, out var end))
            {
                var index = lineStarts.BinarySearch(end);
                var closeLine = index >= 0 ? index : ~index - 1;

                // kramdown ends the element's HTML at its closing tag, blank lines or not; CommonMark ends it at a blank
                // line. Each blank line inside becomes an empty comment, and a blank line follows the closing tag's line.
                // An element holding markdown="1" is left to the rule above, which needs its blank lines.
                if (!AnyBetween(markdownAttributes, start, end))
                {
                    for (var inner = i + 1; inner < closeLine; inner++)
                    {
                        if (markdown.Substring(lines[inner].Start, lines[inner].Length).Trim().Length == 0)
                        {
                            edits.Add(new Edit(lines[inner].Start, lines[inner].Length, "<!-- -->"));
                        }
                    }

                    i = closeLine;
                }

                var (closeStart, closeLength) = lines[closeLine];
                if (closeLine + 1 < lines.Count && markdown.Substring(lines[closeLine + 1].Start, lines[closeLine + 1].Length).Trim().Length > 0 &&
                    !BlockElement.IsMatch(markdown.Substring(lines[closeLine + 1].Start, lines[closeLine + 1].Length)))
                {
                    edits.Add(new Edit(closeStart + closeLength, 0, "\n"));
                }
            }
        }

        return edits.Count == 0 ? null : Apply(markdown, edits);
    }

    /// <summary>The tag names whose elements are matched up; past this, an element's attribute is only dropped.</summary>
    private const int MaxTagNames = 32;

    /// <summary>
    /// Where each element named <paramref name="tag"/> closes, by where its opening tag ends: one pass over the text per
    /// tag name, so a post of many such elements costs no more than one.
    /// </summary>
    private static Dictionary<int, int> Closes(string markdown, string tag, Dictionary<string, Dictionary<int, int>> cache)
    {
        if (cache.TryGetValue(tag, out var closes))
        {
            return closes;
        }

        closes = [];
        if (cache.Count >= MaxTagNames)
        {
            return closes;
        }

        cache[tag] = closes;
        var open = new Stack<int>();

        // Each "<tag" or "</tag" runs to the next '>'. That '>' is found once for all the tags before it, so a text of
        // many "<div" with no '>' costs one pass, not one to its end for each.
        var nextGreater = -1;
        for (var at = markdown.IndexOf('<'); at >= 0; at = markdown.IndexOf('<', at + 1))
        {
            var closing = at + 1 < markdown.Length && markdown[at + 1] == '/';
            var name = at + (closing ? 2 : 1);
            if (name + tag.Length >= markdown.Length
                || string.Compare(markdown, name, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) != 0
                || !(char.IsWhiteSpace(markdown[name + tag.Length]) || markdown[name + tag.Length] is '/' or '>'))
            {
                continue;
            }

            if (nextGreater < name)
            {
                nextGreater = markdown.IndexOf('>', name);
                if (nextGreater < 0)
                {
                    break;
                }
            }

            if (closing)
            {
                if (open.Count > 0)
                {
                    closes[open.Pop()] = at;
                }
            }
            else if (markdown[nextGreater - 1] != '/')
            {
                open.Push(nextGreater + 1);
            }

            at = nextGreater;
        }

        return closes;
    }

    private static (string Text, SourceMap Map) Apply(string markdown, List<Edit> edits)
    {
        var builder = new SourceMap.Builder();
        var position = 0;
        foreach (var edit in edits.OrderBy(edit => edit.At))
        {
            if (edit.At < position)
            {
                continue;
            }

            builder.Copy(markdown.Substring(position, edit.At - position), position);
            builder.Generate(edit.Insert, edit.At);
            position = edit.At + edit.Remove;
        }

        builder.Copy(markdown.Substring(position), position);
        return (builder.ToString(), builder.ToMap());
    }

    /// <summary>Whether a sorted list holds an offset from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static bool AnyBetween(List<int> sorted, int from, int to)
    {
        var index = sorted.BinarySearch(from);
        index = index >= 0 ? index : ~index;
        return index < sorted.Count && sorted[index] < to;
    }

    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i - start));
                start = i + 1;
            }
        }

        return lines;
    }
}
