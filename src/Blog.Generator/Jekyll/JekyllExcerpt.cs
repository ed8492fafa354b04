using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Liquid;

namespace Blog.Generator.Jekyll;

/// <summary>
/// Cuts a post's excerpt from its Markdown as Jekyll 4.3 does (<c>Jekyll::Excerpt#extract_excerpt</c>): everything before
/// the first excerpt separator (a blank line unless configured), with Liquid blocks it leaves open closed, and the
/// definitions of the reference links it uses copied from the rest of the post. The result is then rendered like a post.
/// </summary>
internal static class JekyllExcerpt
{
    private static readonly Regex LiquidTag = new(@"\{%-?\s*(\w+)\s*.*?-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex LinkDefinition = new(@"^ {0,3}(?:(\[[^\]]+\])(:.+))$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

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

        var definitions = LinkDefinition.Matches(tail).Cast<Match>()
            .Where(match => head.IndexOf(match.Groups[1].Value, System.StringComparison.Ordinal) >= 0)
            .Select(match => match.Groups[1].Value + match.Groups[2].Value)
            .ToList();
        return definitions.Count == 0 ? head : head + "\n\n" + string.Join("\n", definitions);
    }

    /// <summary>Jekyll's <c>sanctify_liquid_tags</c>: an end tag appended for each block tag the excerpt opens and never closes.</summary>
    private static string CloseLiquidBlocks(string head)
    {
        var names = LiquidTag.Matches(head).Cast<Match>().Select(match => match.Groups[1].Value).ToList();
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
                ended = Regex.IsMatch(head, @"\{%-?\s*end" + Regex.Escape(name) + @".*?\s*-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant);
                hasEnd[name] = ended;
            }

            if (!ended)
            {
                closed.Append("\n{% end").Append(name).Append(" %}");
            }
        }

        return closed.ToString();
    }
}
