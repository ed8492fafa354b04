using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// kramdown's typographic quotes and symbols, as Jekyll renders them (<c>smart_quotes: lsquo,rsquo,ldquo,rdquo</c>,
/// characters rather than entities): <c>don't</c> becomes <c>don’t</c>, <c>"Stick"</c> <c>“Stick”</c>, <c>--</c> an en
/// dash, <c>...</c> an ellipsis. kramdown's rules (from RubyPants) look at the characters around each quote in the
/// source, so each text run is read with the text of its paragraph around it. Code, HTML and URLs are never touched.
/// </summary>
internal static class KramdownTypography
{
    private const string Word = "[A-Za-z0-9_]";
    private const string Space = "[ \\t\\r\\n\\f\\v]";
    private const string Punctuation = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
    private const string Closing = "[^ \\\\\\t\\r\\n\\[{(-]";

    /// <summary>kramdown's rules in its order: a pattern at the quote, and what each part becomes.</summary>
    private static readonly (Regex Pattern, string[] Output)[] Rules =
    [
        (Rule("([\"'])(?=[_*]{1,2}\\S)"), ["L1"]),
        (Rule("([\"'])(?=" + Punctuation + "(?!\\.\\.)(?!" + Word + "))"), ["R1"]),
        (Rule("(" + Space + "?)\"'(?=" + Word + ")"), ["1", "“", "‘"]),
        (Rule("(" + Space + "?)'\"(?=" + Word + ")"), ["1", "‘", "“"]),
        (Rule("(" + Space + "?)'(?=[0-9][0-9]s)"), ["1", "’"]),
        (Rule("(" + Space + ")([\"'])(?=" + Word + ")"), ["1", "L2"]),
        (Rule("(" + Closing + ")([\"'])"), ["1", "R2"]),
        (Rule("([\"'])(?=" + Space + "|s(?!" + Word + ")|$)"), ["R1"]),
        (Rule("([\\s\\S]?)'"), ["1", "‘"]),
        (Rule("([\\s\\S]?)\""), ["1", "“"]),
    ];

    private static readonly Regex Symbols = new(@"---|--|\.\.\.|<< | >>|<<|>>", RegexOptions.CultureInvariant);

    private static Regex Rule(string pattern) => new(@"\G" + pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>Applies the rules to every text run of a parsed document.</summary>
    public static void Apply(MarkdownDocument document)
    {
        var literals = new List<LiteralInline>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
            {
                foreach (var literal in inline.Descendants<LiteralInline>())
                {
                    literals.Add(literal);
                }
            }
        }

        // Each run is read against the original paragraph text, so all are worked out before any is replaced.
        var replacements = new List<(LiteralInline Literal, string Text)>();
        foreach (var literal in literals)
        {
            var content = literal.Content;
            if (content.Length == 0 || content.Text is null)
            {
                continue;
            }

            var first = content.Start + (literal.IsFirstCharacterEscaped ? 1 : 0);
            var prefix = literal.IsFirstCharacterEscaped ? content.Text[content.Start].ToString() : string.Empty;
            var replaced = prefix + Transform(content.Text, first, content.End + 1);
            if (replaced != content.ToString())
            {
                replacements.Add((literal, replaced));
            }
        }

        foreach (var (literal, text) in replacements)
        {
            literal.Content = new StringSlice(text);
        }
    }

    /// <summary>The rules applied to a whole text (Jekyll's <c>smartify</c>).</summary>
    public static string Apply(string text) => Transform(text, 0, text.Length);

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> of <paramref name="source"/>, with its quotes and symbols made typographic.</summary>
    private static string Transform(string source, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        var position = start;
        while (position < end)
        {
            var quote = source.IndexOfAny(['"', '\''], position, end - position);
            if (quote < 0)
            {
                builder.Append(Symbols.Replace(source.Substring(position, end - position), Symbol));
                break;
            }

            // kramdown's scanner stands on the character before the quote (unless it is a backslash or already read).
            var at = quote > position && source[quote - 1] != '\\' ? quote - 1 : quote;
            builder.Append(Symbols.Replace(source.Substring(position, at - position), Symbol));
            position = Quote(source, at, end, builder);
        }

        return builder.ToString();
    }

    /// <summary>Applies the first rule that matches at <paramref name="at"/> and returns where reading goes on.</summary>
    private static int Quote(string source, int at, int end, StringBuilder builder)
    {
        foreach (var (pattern, output) in Rules)
        {
            var match = pattern.Match(source, at);
            if (!match.Success || match.Index != at || match.Index + match.Length > end)
            {
                continue;
            }

            foreach (var part in output)
            {
                builder.Append(part switch
                {
                    "1" => match.Groups[1].Value,
                    "L1" => match.Groups[1].Value == "\"" ? "“" : "‘",
                    "R1" => match.Groups[1].Value == "\"" ? "”" : "’",
                    "L2" => match.Groups[2].Value == "\"" ? "“" : "‘",
                    "R2" => match.Groups[2].Value == "\"" ? "”" : "’",
                    _ => part,
                });
            }

            return at + match.Length;
        }

        // No rule took it (a quote at the run's very end): kept as written.
        builder.Append(source, at, 1);
        return at + 1;
    }

    private static string Symbol(Match match) => match.Value switch
    {
        "---" => "—",
        "--" => "–",
        "..." => "…",
        "<< " => "«\u00A0",
        " >>" => "\u00A0»",
        "<<" => "«",
        _ => "»",
    };
}
