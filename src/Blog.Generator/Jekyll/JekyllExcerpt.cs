using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Jekyll.Liquid;

namespace Blog.Generator.Jekyll;

/// <summary>
/// Cuts a post's excerpt from its Markdown as Jekyll 4.3 does (<c>Jekyll::Excerpt#extract_excerpt</c>): everything before
/// the first excerpt separator (a blank line unless configured), with Liquid blocks it leaves open closed, and the
/// rest of the post's link reference definitions after it, so its reference links resolve. The result is then
/// rendered like a post.
/// </summary>
internal static class JekyllExcerpt
{
    // A label holds at most 999 characters (CommonMark's limit), which also bounds how far each "[" is searched from.
    private static readonly Regex LinkDefinition = new(@"^ {0,3}(?:(\[[^\]]{1,999}\])(:.+))$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static string Extract(string content, string separator)
    {
        var cut = separator.Length == 0 ? -1 : content.IndexOf(separator, System.StringComparison.Ordinal);
        if (cut < 0)
        {
            return content;
        }

        var head = content.Substring(0, cut);
        var tail = content.Substring(cut + separator.Length);
        if (tail.Length == 0)
        {
            return head;
        }

        if (head.IndexOf("{%", System.StringComparison.Ordinal) >= 0)
        {
            head = CloseLiquidBlocks(head);
        }

        // Jekyll copies the definitions whose label the head uses; the others render nothing, so all are copied. Looking
        // each label up in the head would cost the head's length once per definition.
        var definitions = LinkDefinition.Matches(tail).Cast<Match>()
            .Select(match => match.Groups[1].Value + match.Groups[2].Value)
            .ToList();
        return definitions.Count == 0 ? head : head + "\n\n" + string.Join("\n", definitions);
    }

    /// <summary>Jekyll's <c>sanctify_liquid_tags</c>: an end tag appended for each block tag the excerpt opens and never closes.</summary>
    private static string CloseLiquidBlocks(string head)
    {
        var names = TagNames(head);
        var hasEnd = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        var closed = new System.Text.StringBuilder(head);
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var name = names[i];
            if (!LiquidSyntax.IsBlock(name) && name is not ("raw" or "comment"))
            {
                continue;
            }

            if (!hasEnd.TryGetValue(name, out var ended))
            {
                // Jekyll's /\{%-?\s*end#{name}.*?\s*-?%\}/: any tag whose name starts with "end" and the name.
                ended = names.Exists(other => other.StartsWith("end" + name, System.StringComparison.Ordinal));
                hasEnd[name] = ended;
            }

            if (!ended)
            {
                closed.Append("\n{% end").Append(name).Append(" %}");
            }
        }

        return closed.ToString();
    }

    /// <summary>
    /// The names of the tags in a text, as Jekyll's /\{%-?\s*(\w+)\s*.*?-?%\}/m finds them: from each <c>{%</c> to the
    /// first <c>%}</c> after it. In one pass: once no <c>%}</c> is left, no later tag can close.
    /// </summary>
    private static List<string> TagNames(string text)
    {
        var names = new List<string>();
        var at = text.IndexOf("{%", System.StringComparison.Ordinal);
        while (at >= 0)
        {
            var close = text.IndexOf("%}", at + 2, System.StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            var i = at + 2;
            if (i < close && text[i] == '-')
            {
                i++;
            }

            while (i < close && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < close && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            if (i > start)
            {
                names.Add(text.Substring(start, i - start));
            }

            at = text.IndexOf("{%", close + 2, System.StringComparison.Ordinal);
        }

        return names;
    }
}
