using System;
using System.Globalization;

namespace Blog.Generator.Rendering;

/// <summary>What a body would cost Markdig, and its costliest parts.</summary>
/// <param name="Total">The estimated work, in units of about 2–3 ns of Markdig 1.6 on a 2-core machine.</param>
/// <param name="CostliestLine">The 0-based line, in the body, where the costliest part starts.</param>
/// <param name="CostliestPart">That part, in words that fit a diagnostic located at its line.</param>
/// <param name="MostOpenInlines">The most inline containers one paragraph holds open at once (Markdig allows 10,240).</param>
/// <param name="MostOpenInlinesLine">The 0-based line of that paragraph.</param>
/// <param name="DeepestLine">The 0-based line that opens the most blocks (Markdig allows 128).</param>
/// <param name="DeepestNesting">How many blocks that line opens.</param>
internal sealed record RenderCostEstimate(
    long Total,
    int CostliestLine,
    string CostliestPart,
    int MostOpenInlines,
    int MostOpenInlinesLine,
    int DeepestLine,
    int DeepestNesting);

/// <summary>
/// Estimates in one linear pass, before Markdig runs, how much work Markdig would do on a body, so that a post shaped
/// to make it quadratic is refused in milliseconds instead of stalling the build. Each term follows a shape measured on
/// Markdig 1.6 (see docs/limits.md):
/// <list type="bullet">
/// <item>Inline containers held open: every emphasis run (<c>*</c>, <c>_</c>, <c>~</c>) stays an open container until
/// its paragraph ends, as does every unclosed <c>[</c>, <c>](</c> and <c>{</c>, and Markdig walks them all each time it
/// adds an inline: the sum, over the characters an inline parser takes, of the containers open there.</item>
/// <item>Block nesting: each line is matched against every container it is in: depth × line length.</item>
/// <item>Link reference definitions, superlinear in their count: count².</item>
/// <item>Headings whose ids collide (<c>## Setup</c> again and again): Markdig's auto-identifiers try <c>setup-1</c>,
/// <c>setup-2</c>… from 1 for each, so n headings sharing an id cost n²/2 tries of about 50–90 ns each.</item>
/// </list>
/// Fenced code is skipped, as Markdig parses no inlines in it. The estimate errs high for odd shapes rather than low.
/// </summary>
internal static class RenderCost
{
    /// <param name="markdown">The body, with LF line endings.</param>
    /// <param name="headingIds">Whether Markdig gives headings ids (its auto-identifiers): then headings that share one cost.</param>
    public static RenderCostEstimate Estimate(string markdown, bool headingIds = true)
    {
        var scan = new Scan(markdown, headingIds);
        scan.Run();
        return scan.Result();
    }

    /// <summary>A walk through one open container, in units: Markdig takes 4–12 ns for each, a unit is 2–3 ns.</summary>
    private const int WalkUnits = 4;

    /// <summary>One try of a heading id already taken (<c>setup-17</c>), in units: 46–90 ns measured, a unit is 2–3 ns.</summary>
    private const int HeadingIdUnits = 40;

    private sealed class Scan(string text, bool headingIds)
    {
        private long total;
        private long costliest = -1;
        private int costliestLine;
        private string costliestPart = string.Empty;
        private int mostOpen;
        private int mostOpenLine;
        private int deepest;
        private int deepestLine;

        // The paragraph (run of non-blank lines outside fenced code) being read.
        private int runLine = -1;
        private long runWalks;
        private int runPeak;
        private int pendingLinks;
        private int pendingBrackets;
        private int pendingBraces;
        private int delimiterRuns;

        private int references;
        private int firstReferenceLine;

        // Headings by the id Markdig would give them, roughly: their letters and digits, lowercased.
        private readonly System.Collections.Generic.Dictionary<string, (int Count, int FirstLine)> headingsById = new(StringComparer.Ordinal);
        private int previousLineStart = -1;
        private int previousLineEnd = -1;

        public void Run()
        {
            var fence = '\0';
            var line = 0;
            for (var start = 0; start <= text.Length; line++)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var (indent, contentStart) = Indentation(start, end);
                var fenceChar = '\0';
                var lineIsFence = indent <= 3 && IsFence(contentStart, end, out fenceChar);
                if (fence != '\0')
                {
                    // A closing fence of the opening character ends the code; this closes as early as Markdig or earlier.
                    if (lineIsFence && fenceChar == fence)
                    {
                        fence = '\0';
                    }
                }
                else if (contentStart == end)
                {
                    EndParagraph();
                }
                else if (lineIsFence)
                {
                    EndParagraph();
                    fence = fenceChar;
                }
                else
                {
                    ReadLine(line, start, end, indent, contentStart);
                }

                start = end + 1;
            }

            EndParagraph();
            if (references > 0)
            {
                Add((long)references * references, firstReferenceLine, Invariant($"the post defines {references:N0} link references, the first here"));
            }

            foreach (var pair in headingsById)
            {
                var (count, firstLine) = pair.Value;
                if (count > 1)
                {
                    Add(HeadingIdUnits * ((long)count * (count - 1) / 2), firstLine, Invariant($"{count:N0} headings would share the id '{pair.Key}', the first here (Markdig tries each id again from '{pair.Key}-1')"));
                }
            }
        }

        /// <summary>
        /// Counts a heading by the id Markdig would give it: its text's letters and digits, lowercased (Markdig drops
        /// or folds the rest, so this key errs toward more collisions, never fewer); "section" when none is left.
        /// </summary>
        private void CountHeading(int line, int start, int end)
        {
            if (!headingIds)
            {
                return;
            }

            var key = new System.Text.StringBuilder(Math.Min(end - start, 64));
            for (var i = start; i < end && key.Length < 64; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    key.Append(char.ToLowerInvariant(text[i]));
                }
            }

            var id = key.Length == 0 ? "section" : key.ToString();
            headingsById[id] = headingsById.TryGetValue(id, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, line);
        }

        public RenderCostEstimate Result() =>
            new(total, costliestLine, costliestPart, mostOpen, mostOpenLine, deepestLine, deepest);

        // indent is the columns of leading whitespace, already measured; they end at contentStart.
        private void ReadLine(int line, int start, int end, int indent, int contentStart)
        {
            if (runLine < 0)
            {
                runLine = line;
            }

            // Container markers at the start of the line: quotes, list bullets, ordered list numbers, and indentation.
            var position = contentStart;
            var columns = indent;
            var markers = 0;
            while (position < end)
            {
                var c = text[position];
                if (c == ' ')
                {
                    columns++;
                    position++;
                }
                else if (c == '\t')
                {
                    columns += 4 - (columns % 4);
                    position++;
                }
                else if (c == '>')
                {
                    markers++;
                    position++;
                }
                else if ((c == '-' || c == '*' || c == '+') && position + 1 < end && text[position + 1] is ' ' or '\t')
                {
                    markers++;
                    position += 2;
                }
                else if (OrderedMarkerEnd(position, end) is var after && after > 0)
                {
                    markers++;
                    position = after;
                }
                else
                {
                    break;
                }
            }

            var depth = markers + (columns / 2);
            if (depth > deepest)
            {
                deepest = depth;
                deepestLine = line;
            }

            Add((long)depth * (end - start), line, Invariant($"this line opens about {depth:N0} nested blocks"));

            // An ATX heading (# to ######, then a space or the end), or a setext underline under the line before.
            var hashes = 0;
            while (position + hashes < end && text[position + hashes] == '#')
            {
                hashes++;
            }

            if (hashes is >= 1 and <= 6 && (position + hashes == end || text[position + hashes] is ' ' or '\t'))
            {
                CountHeading(line, position + hashes, end);
            }
            else if (previousLineStart >= 0 && position < end && text[position] is '=' or '-' && IsUnderline(position, end))
            {
                CountHeading(line, previousLineStart, previousLineEnd);
            }

            previousLineStart = position;
            previousLineEnd = end;

            if (IsReferenceDefinition(position, end))
            {
                if (references++ == 0)
                {
                    firstReferenceLine = line;
                }
            }

            ReadInlines(position, end);
        }

        private void ReadInlines(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                switch (text[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        pendingBrackets++;
                        break;
                    case ']':
                        if (pendingBrackets > 0)
                        {
                            pendingBrackets--;
                        }

                        if (i + 1 < end && text[i + 1] == '(')
                        {
                            pendingLinks++;
                            i++;
                        }

                        break;
                    case ')':
                        if (pendingLinks > 0)
                        {
                            pendingLinks--;
                        }

                        break;
                    case '{':
                        pendingBraces++;
                        break;
                    case '}':
                        if (pendingBraces > 0)
                        {
                            pendingBraces--;
                        }

                        break;
                    case '*' or '_' or '~':
                        i = EmphasisRunEnd(i, start, end) - 1;
                        break;
                    case '!' or '`' or '<' or '&' or '|' or '$':
                        break;
                    default:
                        continue;
                }

                // Each character an inline parser takes adds an inline, and Markdig walks every open container to add it.
                var open = pendingLinks + pendingBrackets + pendingBraces + delimiterRuns;
                runWalks += open;
                if (open > runPeak)
                {
                    runPeak = open;
                }
            }
        }

        /// <summary>Counts a run of one emphasis character that can open or close (its flanking, as CommonMark defines it).</summary>
        private int EmphasisRunEnd(int i, int lineStart, int end)
        {
            var c = text[i];
            var j = i;
            while (j < end && text[j] == c)
            {
                j++;
            }

            var before = i > lineStart ? text[i - 1] : ' ';
            var after = j < end ? text[j] : ' ';
            var canOpen = !char.IsWhiteSpace(after) && (c != '_' || !char.IsLetterOrDigit(before));
            var canClose = !char.IsWhiteSpace(before) && (c != '_' || !char.IsLetterOrDigit(after));
            if (canOpen || canClose)
            {
                delimiterRuns++;
            }

            return j;
        }

        /// <summary>Whether the rest of the line is one character repeated (<c>===</c>, <c>---</c>), then blanks.</summary>
        private bool IsUnderline(int position, int end)
        {
            var c = text[position];
            var i = position;
            while (i < end && text[i] == c)
            {
                i++;
            }

            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i == end;
        }

        private void EndParagraph()
        {
            previousLineStart = -1;
            if (runLine >= 0)
            {
                if (runPeak > mostOpen)
                {
                    mostOpen = runPeak;
                    mostOpenLine = runLine;
                }

                Add(
                    WalkUnits * runWalks,
                    runLine,
                    Invariant($"this paragraph holds up to {runPeak:N0} emphasis runs or unclosed '[', '](' or '{{' open at once"));
            }

            runLine = -1;
            runWalks = 0;
            runPeak = pendingLinks = pendingBrackets = pendingBraces = delimiterRuns = 0;
        }

        private void Add(long cost, int line, string part)
        {
            total = total > long.MaxValue - cost ? long.MaxValue : total + cost;
            if (cost > costliest)
            {
                costliest = cost;
                costliestLine = line;
                costliestPart = part;
            }
        }

        private (int Columns, int ContentStart) Indentation(int start, int end)
        {
            var columns = 0;
            var i = start;
            for (; i < end && text[i] is ' ' or '\t'; i++)
            {
                columns += text[i] == '\t' ? 4 - (columns % 4) : 1;
            }

            return (columns, i);
        }

        private bool IsFence(int start, int end, out char fenceChar)
        {
            fenceChar = start < end ? text[start] : '\0';
            if (fenceChar is not ('`' or '~'))
            {
                return false;
            }

            var i = start;
            while (i < end && text[i] == fenceChar)
            {
                i++;
            }

            // A backtick in a backtick fence's info string makes the line a code span in a paragraph, not a fence; taking
            // it for a fence would skip the rest of the body while Markdig parses it.
            return i - start >= 3 && (fenceChar == '~' || text.IndexOf('`', i, end - i) < 0);
        }

        /// <summary>After <c>1.</c> or <c>12)</c> and a space (up to nine digits, as CommonMark allows), else 0.</summary>
        private int OrderedMarkerEnd(int start, int end)
        {
            var i = start;
            while (i < end && i - start < 9 && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            return i > start && i + 1 < end && text[i] is '.' or ')' && text[i + 1] is ' ' or '\t' ? i + 2 : 0;
        }

        private bool IsReferenceDefinition(int start, int end)
        {
            if (start >= end || text[start] != '[')
            {
                return false;
            }

            var close = text.IndexOf(']', start + 1, end - start - 1);
            return close > start + 1 && close + 1 < end && text[close + 1] == ':';
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
