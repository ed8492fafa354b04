using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>A place in a Liquid template: where a tag, an output or a filter starts, and how long it is.</summary>
internal readonly record struct LiquidSpan(int Start, int Length);

/// <summary>How a problem in a template is reported.</summary>
internal enum LiquidProblemKind
{
    /// <summary>The template cannot be read or costs too much: the post is not generated (Jekyll fails its build too).</summary>
    Error,

    /// <summary>A tag, filter or value a static build cannot evaluate: left out of the page, with a warning.</summary>
    Unsupported,

    /// <summary>A <c>post_url</c> or <c>link</c> to a post that does not exist (BLOG021).</summary>
    MissingPost,

    /// <summary>An include that lies outside the project (BLOG046), whose message is its path: the post is not generated.</summary>
    OutsideProject,
}

/// <summary>Something in a template that cannot be evaluated at build time, at its place.</summary>
internal sealed record LiquidProblem(LiquidSpan At, string Message, LiquidProblemKind Kind = LiquidProblemKind.Error);

/// <summary>A node of a parsed template.</summary>
internal abstract record LiquidNode(LiquidSpan At);

/// <summary>Text copied as it is, at its offset in the template.</summary>
internal sealed record TextNode(LiquidSpan At, string Text) : LiquidNode(At);

/// <summary><c>{{ expression | filter: argument }}</c>.</summary>
internal sealed record OutputNode(LiquidSpan At, string Markup, int MarkupOffset) : LiquidNode(At);

/// <summary>A tag (<c>{% name markup %}</c>), with the nodes of its body and of its branches for a block tag.</summary>
/// <param name="At">The opening tag.</param>
/// <param name="Name">The tag's name.</param>
/// <param name="Markup">What follows the name.</param>
/// <param name="MarkupOffset">Where the markup starts in the template.</param>
/// <param name="Branches">For a block: its branches in order (the body, then each <c>elsif</c>/<c>else</c>/<c>when</c>), else empty.</param>
internal sealed record TagNode(LiquidSpan At, string Name, string Markup, int MarkupOffset, IReadOnlyList<TagBranch> Branches) : LiquidNode(At);

/// <summary>A branch of a block tag: the tag that opened it (the block's own tag for the first) and its nodes.</summary>
internal sealed record TagBranch(string Name, string Markup, int MarkupOffset, LiquidSpan At, IReadOnlyList<LiquidNode> Nodes);

/// <summary>
/// Reads Liquid into nodes: text, outputs and tags, with <c>{%-</c>/<c>-%}</c> whitespace control, <c>raw</c> and
/// <c>comment</c> taken verbatim, and block tags (<c>if</c>, <c>for</c>, <c>capture</c>…) nested with their branches.
/// Every node knows its place, so a problem is reported at its line and column in the post.
/// </summary>
internal static class LiquidSyntax
{
    /// <summary>The tags that open a block, with the tags that may split it into branches.</summary>
    private static readonly Dictionary<string, string[]> Blocks = new(StringComparer.Ordinal)
    {
        ["if"] = ["elsif", "else"],
        ["unless"] = ["elsif", "else"],
        ["case"] = ["when", "else"],
        ["for"] = ["else"],
        ["capture"] = [],
        ["highlight"] = [],
        ["tablerow"] = [],
    };

    private static readonly Regex TagStart = new(@"\{\{-?|\{%-?", RegexOptions.CultureInvariant);

    /// <summary>Blocks inside blocks past this are refused, so no template can make the parser recurse without end.</summary>
    public const int MaxNesting = 100;

    /// <summary>The nodes of <paramref name="template"/>; problems (an unclosed tag, a stray <c>endif</c>) are added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<LiquidNode> Parse(string template, List<LiquidProblem> problems)
    {
        var tokens = Tokens(template, problems);

        // A tag that is not Liquid's but has an end tag somewhere (a plugin's block, as {% mermaid %}…{% endmermaid %}) is
        // read as a block, so the renderer can leave all of it out with one warning.
        var ends = new HashSet<string>(tokens.Where(token => token.Name.StartsWith("end", StringComparison.Ordinal)).Select(token => token.Name.Substring(3)), StringComparer.Ordinal);
        var index = 0;
        return ParseNodes(new ParseState(tokens, ends, problems), ref index, null, 0, out _);
    }

    private sealed record ParseState(List<Token> Tokens, HashSet<string> EndNames, List<LiquidProblem> Problems)
    {
        /// <summary>Set when nesting ran past the limit: the blocks left open then are that problem, not each its own.</summary>
        public bool Abandoned { get; set; }
    }

    /// <summary>A lexed piece: text, an output, or a tag with its name.</summary>
    private sealed record Token(LiquidSpan At, string? Text, bool IsOutput, string Name, string Markup, int MarkupOffset);

    private static List<Token> Tokens(string template, List<LiquidProblem> problems)
    {
        var tokens = new List<Token>();
        var position = 0;
        var trimNext = false;
        while (position < template.Length)
        {
            var match = TagStart.Match(template, position);
            var textEnd = match.Success ? match.Index : template.Length;
            AddText(tokens, template, position, textEnd, trimNext, match.Success && match.Value.EndsWith("-", StringComparison.Ordinal));
            trimNext = false;
            if (!match.Success)
            {
                break;
            }

            var output = match.Value.StartsWith("{{", StringComparison.Ordinal);
            var close = output ? "}}" : "%}";
            var end = template.IndexOf(close, match.Index + match.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                problems.Add(new LiquidProblem(new LiquidSpan(match.Index, match.Length), "this " + (output ? "{{" : "{%") + " is never closed by " + close));
                break;
            }

            var innerStart = match.Index + match.Length;
            var innerEnd = end;
            if (innerEnd > innerStart && template[innerEnd - 1] == '-')
            {
                innerEnd--;
                trimNext = true;
            }

            var span = new LiquidSpan(match.Index, end + 2 - match.Index);
            var inner = template.Substring(innerStart, innerEnd - innerStart);
            if (output)
            {
                tokens.Add(new Token(span, null, true, string.Empty, inner, innerStart));
                position = end + 2;
                continue;
            }

            var (name, markup, markupOffset) = SplitTag(inner, innerStart);
            if (name is "raw" or "comment")
            {
                // Verbatim to the matching end tag: its own whitespace control applies as for any tag.
                var closing = (name == "raw" ? EndRaw : EndComment).Match(template, end + 2);
                if (!closing.Success)
                {
                    problems.Add(new LiquidProblem(span, "{% " + name + " %} is never closed by {% end" + name + " %}"));
                    break;
                }

                if (name == "raw")
                {
                    AddText(tokens, template, end + 2, closing.Index, trimNext, closing.Value.StartsWith("{%-", StringComparison.Ordinal));
                }

                trimNext = closing.Value.EndsWith("-%}", StringComparison.Ordinal);
                position = closing.Index + closing.Length;
                continue;
            }

            tokens.Add(new Token(span, null, false, name, markup, markupOffset));
            position = end + 2;
        }

        return tokens;
    }

    private static readonly Regex EndRaw = new(@"\{%-?\s*endraw\s*-?%\}", RegexOptions.CultureInvariant);
    private static readonly Regex EndComment = new(@"\{%-?\s*endcomment\s*-?%\}", RegexOptions.CultureInvariant);

    /// <summary>Adds the text from <paramref name="start"/> to <paramref name="end"/>, less the whitespace a <c>-</c> trims.</summary>
    private static void AddText(List<Token> tokens, string template, int start, int end, bool trimStart, bool trimEnd)
    {
        if (trimStart)
        {
            while (start < end && char.IsWhiteSpace(template[start]))
            {
                start++;
            }
        }

        if (trimEnd)
        {
            while (end > start && char.IsWhiteSpace(template[end - 1]))
            {
                end--;
            }
        }

        if (end > start)
        {
            tokens.Add(new Token(new LiquidSpan(start, end - start), template.Substring(start, end - start), false, string.Empty, string.Empty, 0));
        }
    }

    private static (string Name, string Markup, int MarkupOffset) SplitTag(string inner, int innerStart)
    {
        var i = 0;
        while (i < inner.Length && char.IsWhiteSpace(inner[i]))
        {
            i++;
        }

        var nameStart = i;
        while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
        {
            i++;
        }

        var name = inner.Substring(nameStart, i - nameStart);
        while (i < inner.Length && char.IsWhiteSpace(inner[i]))
        {
            i++;
        }

        return (name, inner.Substring(i).TrimEnd(), innerStart + i);
    }

    /// <summary>Nodes up to a tag that ends or splits the enclosing block (returned in <paramref name="stop"/>).</summary>
    private static List<LiquidNode> ParseNodes(ParseState state, ref int index, string? block, int depth, out Token? stop)
    {
        var nodes = new List<LiquidNode>();
        var tokens = state.Tokens;
        stop = null;
        while (index < tokens.Count)
        {
            var token = tokens[index++];
            if (token.Text is not null)
            {
                nodes.Add(new TextNode(token.At, token.Text));
                continue;
            }

            if (token.IsOutput)
            {
                nodes.Add(new OutputNode(token.At, token.Markup, token.MarkupOffset));
                continue;
            }

            if (block is not null && (token.Name == "end" + block || (Blocks.TryGetValue(block, out var splits) && splits.Contains(token.Name))))
            {
                stop = token;
                return nodes;
            }

            if (token.Name.StartsWith("end", StringComparison.Ordinal) || token.Name is "else" or "elsif" or "when")
            {
                state.Problems.Add(new LiquidProblem(token.At, "{% " + token.Name + " %} closes or splits no open block here"));
                continue;
            }

            if (!Blocks.ContainsKey(token.Name) && !state.EndNames.Contains(token.Name))
            {
                nodes.Add(new TagNode(token.At, token.Name, token.Markup, token.MarkupOffset, []));
                continue;
            }

            if (depth >= MaxNesting)
            {
                state.Problems.Add(new LiquidProblem(token.At, "blocks are nested more than " + MaxNesting + " deep here"));
                state.Abandoned = true;
                index = tokens.Count;
                return nodes;
            }

            var branches = new List<TagBranch>();
            var opening = token;
            var (name, markup, offset, at) = (token.Name, token.Markup, token.MarkupOffset, token.At);
            while (true)
            {
                var body = ParseNodes(state, ref index, opening.Name, depth + 1, out var end);
                branches.Add(new TagBranch(name, markup, offset, at, body));
                if (end is null)
                {
                    if (state.Abandoned)
                    {
                        break;
                    }

                    state.Problems.Add(new LiquidProblem(opening.At, "{% " + opening.Name + " %} is never closed by {% end" + opening.Name + " %}"));
                    break;
                }

                if (end.Name == "end" + opening.Name)
                {
                    break;
                }

                (name, markup, offset, at) = (end.Name, end.Markup, end.MarkupOffset, end.At);
            }

            nodes.Add(new TagNode(opening.At, opening.Name, opening.Markup, opening.MarkupOffset, branches));
        }

        return nodes;
    }

    /// <summary>Whether a tag opens a block (<c>if</c>, <c>for</c>…); a plugin's block is known by its end tag.</summary>
    public static bool IsBlock(string name) => Blocks.ContainsKey(name);
}
