using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>Something kramdown syntax holds that Jekyll mode leaves out, where it is in the Markdown (0-based).</summary>
internal sealed record KramdownProblem(int Line, int Column, int Length, string Message);

/// <summary>
/// The kramdown syntax Jekyll posts use, on top of Markdig: block attribute lists (<c>{: .notice}</c> on the line after
/// a paragraph, a table or a list; or before a block), span attribute lists after a link, image or code span,
/// attribute list definitions (<c>{:name: .class}</c>) and references to them, <c>{:toc}</c>, the extensions
/// <c>{::comment}</c>, <c>{::nomarkdown}</c> and <c>{::options}</c>, and typographic quotes and symbols. A use
/// kramdown would ignore is left out and reported, never printed.
/// </summary>
internal sealed class KramdownExtension : IMarkdownExtension
{
    private const string ProblemsKey = "Blog.Generator.Kramdown.Problems";
    private const string DefinitionsKey = "Blog.Generator.Kramdown.Definitions";

    private const string MergedKey = "Blog.Generator.Kramdown.Merged";

    /// <summary>The most classes and attributes references to attribute definitions may copy in one post.</summary>
    public const int MaxMergedAttributes = 200_000;

    /// <summary>What kramdown's GFM ids drop: all but Ruby's word characters (letters, marks, digits, connectors), hyphens and spaces.</summary>
    private static readonly System.Text.RegularExpressions.Regex NotInIds = new(@"[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<KramdownBlockParser>())
        {
            // First, so "{:" lines are never taken for paragraph text.
            pipeline.BlockParsers.Insert(0, new KramdownBlockParser());
        }

        if (!pipeline.BlockParsers.Contains<KramdownTableParser>())
        {
            // Before Markdig's paragraphs, whose pipe tables would otherwise read "|" lines by GFM's rules.
            pipeline.BlockParsers.Insert(1, new KramdownTableParser());
        }

        if (!pipeline.InlineParsers.Contains<KramdownSpanParser>())
        {
            if (pipeline.InlineParsers.Contains<GenericAttributesParser>())
            {
                pipeline.InlineParsers.InsertBefore<GenericAttributesParser>(new KramdownSpanParser());
            }
            else
            {
                pipeline.InlineParsers.Add(new KramdownSpanParser());
            }
        }

        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { TryParseAttributes: { } generic } headings)
        {
            // kramdown reads one brace at a heading's end, its header ID ({#id}); Markdig's {.class} reader would take any
            // brace there, "{: .x}" for an attribute named ":" and "{VALUE} here" for an attribute, dropping the text
            // after it. "{: .x}" is left to the span parser, which reads it as kramdown's; any other brace is text.
            headings.TryParseAttributes = (BlockProcessor processor, ref StringSlice line, IBlock block) =>
            {
                var brace = line.Text.LastIndexOf('{', line.End);
                return brace >= line.Start && HeaderId.Match(line.Text, brace, line.End - brace + 1).Success && generic(processor, ref line, block);
            };
        }

        pipeline.DocumentProcessed -= Process;
        pipeline.DocumentProcessed += Process;
    }

    /// <summary>kramdown's header ID, <c>{#id}</c> at the end of a heading's line.</summary>
    internal static readonly System.Text.RegularExpressions.Regex HeaderId = new(@"\G\{#[A-Za-z][\w-]*\}\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new KramdownFootnoteGroupRenderer());
            html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new KramdownFootnoteLinkRenderer());
            if (!html.ObjectRenderers.Contains<KramdownTableRenderer>())
            {
                html.ObjectRenderers.Add(new KramdownTableRenderer());
            }

            html.ObjectRenderers.Replace<Markdig.Extensions.TaskLists.HtmlTaskListRenderer>(new KramdownTaskListRenderer());
        }
    }

    /// <summary>What kramdown syntax the document holds that was left out.</summary>
    public static IReadOnlyList<KramdownProblem> ProblemsOf(MarkdownDocument document) =>
        document.GetData(ProblemsKey) as List<KramdownProblem> ?? [];

    internal static void Report(MarkdownDocument document, int line, int column, int length, string message)
    {
        if (document.GetData(ProblemsKey) is not List<KramdownProblem> problems)
        {
            problems = [];
            document.SetData(ProblemsKey, problems);
        }

        problems.Add(new KramdownProblem(line, column, length, message));
    }

    /// <summary>The list with the definitions it references merged in; an unknown reference is reported.</summary>
    internal static KramdownAttributeList Resolve(MarkdownDocument document, KramdownAttributeList list, int line, int column, int length)
    {
        if (list.References.Count == 0)
        {
            return list;
        }

        var definitions = Definitions(document);
        foreach (var reference in list.References.Where(reference => reference != "toc"))
        {
            if (definitions.TryGetValue(reference, out var definition))
            {
                // A definition of 100,000 classes referenced on every paragraph would copy them all each time.
                var before = document.GetData(MergedKey) as long? ?? 0L;
                var merged = before + definition.Classes.Count + definition.Properties.Count;
                if (merged > MaxMergedAttributes)
                {
                    // Said once, at the first reference left out; every later one is left out too.
                    if (before <= MaxMergedAttributes)
                    {
                        Report(document, line, column, length, "the attribute lists' references would copy more than " + MaxMergedAttributes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " classes and attributes in all; '" + reference + "' is left out here, and every reference after it");
                        document.SetData(MergedKey, (long)MaxMergedAttributes + 1);
                    }

                    continue;
                }

                document.SetData(MergedKey, merged);
                list.Merge(definition);
            }
            else
            {
                Report(document, line, column, length, "the attribute list refers to '" + reference + "', which no {:" + reference + ": …} line defines; the reference is left out");
            }
        }

        return list;
    }

    private static Dictionary<string, KramdownAttributeList> Definitions(MarkdownDocument document)
    {
        if (document.GetData(DefinitionsKey) is not Dictionary<string, KramdownAttributeList> definitions)
        {
            // kramdown reads every definition before it applies any, so one may come after its use.
            definitions = document.Descendants<KramdownAttributeBlock>()
                .Where(block => block.DefinitionName is not null && block.Attributes is not null)
                .GroupBy(block => block.DefinitionName!)
                .ToDictionary(group => group.Key, group => group.Last().Attributes!);
            document.SetData(DefinitionsKey, definitions);
        }

        return definitions;
    }

    private static void Process(MarkdownDocument document)
    {
        Definitions(document);
        foreach (var block in document.Descendants<KramdownAttributeBlock>().ToList())
        {
            Apply(document, block);
        }

        foreach (var block in document.Descendants<KramdownExtensionBlock>().ToList())
        {
            Expand(document, block);
        }

        RemoveSeparatorRows(document);
        KramdownTypography.Apply(document);
        KramdownTaskLists.Apply(document);
        AssignHeadingIds(document);

        // After the typography, so the table of contents shows the headings as the page does. Each {:toc} lists every
        // heading, so 2,000 of them over 2,000 headings made four million entries: past KramdownToc.MaxEntries in all,
        // the rest are left as the lists they are.
        var tocs = document.Descendants<ListBlock>().Where(list => list.GetData(typeof(KramdownToc)) is KramdownAttributeList).ToList();
        if (tocs.Count == 0)
        {
            return;
        }

        var headings = KramdownToc.Headings(document);
        var built = (int)System.Math.Min(tocs.Count, KramdownToc.MaxEntries / System.Math.Max(1, headings.Count));
        for (var i = 0; i < built; i++)
        {
            Replace(tocs[i], KramdownToc.Build(headings, tocs[i], (KramdownAttributeList)tocs[i].GetData(typeof(KramdownToc))!));
        }

        if (built < tocs.Count)
        {
            // Said once, at the first left out.
            var first = tocs[built];
            Report(document, first.Line, first.Column, 1, "this {:toc} and the " + (tocs.Count - built - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " after it would take the post's tables of contents past " + KramdownToc.MaxEntries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " entries in all; they are left as the lists they are");
        }
    }

    /// <summary>
    /// Gives each heading without an id the one kramdown's GFM input generates, from the text as the page shows it
    /// (after the typography, so <c>--</c> is a dash and drops out as punctuation): lower case, everything but word
    /// characters, hyphens and spaces removed, spaces as hyphens, and <c>-1</c>, <c>-2</c>… on repeats.
    /// </summary>
    private static void AssignHeadingIds(MarkdownDocument document)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not null)
            {
                continue;
            }

            var id = NotInIds.Replace(PlainText.Of(heading.Inline).Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-').Replace('\t', '-');
            if (id.Length == 0)
            {
                continue;
            }

            counts.TryGetValue(id, out var count);
            counts[id] = count + 1;
            attributes.Id = count == 0 ? id : id + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Applies a block attribute list to the block it touches: the one just before it, else the one just after it.
    /// Separated from both by blank lines, it applies to nothing (as in kramdown) and is reported.
    /// </summary>
    private static void Apply(MarkdownDocument document, KramdownAttributeBlock block)
    {
        var parent = block.Parent!;
        var index = parent.IndexOf(block);
        parent.RemoveAt(index);
        if (block.DefinitionName is not null)
        {
            if (block.Attributes is null)
            {
                Report(document, block.Line, block.Column, block.Text.Length, "'" + block.Text + "' cannot be read as an attribute list definition; it is left out");
            }

            return;
        }

        if (block.Attributes is null)
        {
            Report(document, block.Line, block.Column, block.Text.Length, "'" + block.Text + "' cannot be read as an attribute list; it is left out");
            return;
        }

        var previous = index > 0 ? parent[index - 1] : null;
        var next = index < parent.Count ? parent[index] : null;
        // kramdown: right after a block, the list is that block's; otherwise it waits for the next block, blank lines or not.
        var target = previous is not null && !BlankLineBetween(block.Source, previous.Span.End, block.Span.Start) ? previous : next;
        if (target is null)
        {
            Report(document, block.Line, block.Column, block.Text.Length, "'" + block.Text + "' follows no block directly and no block comes after it, so kramdown applies it to nothing; it is left out");
            return;
        }

        var attributes = Resolve(document, block.Attributes, block.Line, block.Column, block.Text.Length);
        if (attributes.References.Contains("toc"))
        {
            if (target is ListBlock list)
            {
                list.SetData(typeof(KramdownToc), attributes);
            }
            else
            {
                Report(document, block.Line, block.Column, block.Text.Length, "{:toc} follows no list, which is what kramdown replaces with the table of contents; it is left out");
            }

            return;
        }

        attributes.ApplyTo(target);
    }

    private static void Expand(MarkdownDocument document, KramdownExtensionBlock block)
    {
        switch (block.Name)
        {
            case "comment":
                block.Parent!.Remove(block);
                break;
            case "nomarkdown":
                var html = new HtmlBlock(null) { Span = block.Span, Line = block.Line, Column = block.Column, Lines = block.Lines };
                Replace(block, html);
                break;
            default:
                Report(document, block.Line, block.Column, 3 + block.Name.Length, "kramdown's {::" + block.Name + "} does not apply here and is left out");
                block.Parent!.Remove(block);
                break;
        }

        if (!block.Closed)
        {
            Report(document, block.Line, block.Column, 3 + block.Name.Length, "{::" + block.Name + "} is never closed by {:/" + block.Name + "} or {:/}; it runs to the end of the post");
        }
    }

    /// <summary>
    /// kramdown's table separator lines: <c>|----|</c> between rows starts a new body and <c>|====|</c> the footer. Markdig
    /// reads them as rows of dashes; they are taken out, and the rows they separate kept in order.
    /// </summary>
    private static void RemoveSeparatorRows(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader && IsSeparator(row)).ToList())
            {
                table.Remove(row);
            }
        }
    }

    private static bool IsSeparator(TableRow row)
    {
        var text = string.Concat(row.Descendants<LeafBlock>().Select(block => PlainText.Of(block.Inline)));
        return text.Trim().Length > 0 && text.All(c => c is '-' or '=' or ':' or '+' or '|' || char.IsWhiteSpace(c)) && (text.IndexOf("--", System.StringComparison.Ordinal) >= 0 || text.IndexOf("==", System.StringComparison.Ordinal) >= 0);
    }

    private static void Replace(Block old, Block replacement)
    {
        var parent = old.Parent!;
        var index = parent.IndexOf(old);
        parent.RemoveAt(index);
        parent.Insert(index, replacement);
    }

    /// <summary>Whether an empty (or blank) line stands between two offsets of the Markdown.</summary>
    private static bool BlankLineBetween(string source, int from, int to)
    {
        from = System.Math.Max(0, System.Math.Min(from + 1, source.Length));
        to = System.Math.Max(from, System.Math.Min(to, source.Length));
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                if (++newlines >= 2)
                {
                    return true;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                newlines = 0;
            }
        }

        return false;
    }
}
