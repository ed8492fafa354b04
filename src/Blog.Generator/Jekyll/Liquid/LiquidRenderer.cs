using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Text;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>An include file: its path (for messages) and its text.</summary>
internal sealed record LiquidInclude(string Path, string? Text);

/// <summary>Everything a template may read or call while it renders.</summary>
/// <param name="Variables">The variables every template sees: <c>page</c>, <c>site</c>.</param>
/// <param name="Includes">The files <c>include</c> may name, by their name under <c>_includes</c>.</param>
/// <param name="PostUrl">The URL of the post a <c>post_url</c> names (<c>2010-07-07-name</c>), or <see langword="null"/>.</param>
/// <param name="LinkUrl">The URL of the file a <c>link</c> names (<c>_posts/2010-07-07-name.md</c>), or <see langword="null"/> when it is Markdown that is no post.</param>
/// <param name="Filters">What the filters need from the site.</param>
/// <param name="MaxOutput">The most characters the output, or any one value, may hold.</param>
internal sealed record LiquidEnvironment(
    LiquidHash Variables,
    IReadOnlyDictionary<string, LiquidInclude> Includes,
    Func<string, string?> PostUrl,
    Func<string, string?> LinkUrl,
    LiquidFilterHost Filters,
    int MaxOutput);

/// <summary>A rendered template: its text, where each part of it came from, and what could not be evaluated.</summary>
internal sealed record LiquidResult(string Text, SourceMap Map, IReadOnlyList<LiquidProblem> Problems)
{
    public bool HasErrors => Problems.Any(problem => problem.Kind is LiquidProblemKind.Error or LiquidProblemKind.OutsideProject);
}

/// <summary>
/// Evaluates a post's Liquid at build time, as Jekyll 4.3 does before it converts the Markdown: outputs and filters,
/// <c>assign</c>, <c>capture</c>, <c>if</c>/<c>unless</c>/<c>case</c>, <c>for</c>, <c>include</c>, <c>highlight</c>
/// (as a fenced code block), <c>post_url</c> and <c>link</c>. What cannot be known at build time (another post's data,
/// the build's time, a plugin's tag) is left out of the page and reported at its place. Loops, includes and the output
/// are bounded, so no post can make a build take minutes or gigabytes.
/// </summary>
internal sealed partial class LiquidRenderer
{
    /// <summary>Nodes, loop turns and filters one post may evaluate: far past any real post, reached in well under a second.</summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>Includes inside includes past this are refused (Jekyll has no limit and overflows its stack).</summary>
    public const int MaxIncludeDepth = 16;

    /// <summary>The most items a range such as <c>(1..n)</c> may give.</summary>
    public const int MaxRange = 100_000;

    /// <summary>
    /// The characters and items the filters and ranges of one post may walk and build, each filter's input and output
    /// counted as <see cref="LiquidValues.Measure"/> counts them: steps alone let a loop sort 100,000 strings a million
    /// times. About a second of work.
    /// </summary>
    public const long MaxWork = 50_000_000;

    /// <summary>How deep arrays and hashes a post builds may nest (the filters that print them walk them recursively).</summary>
    public const int MaxValueDepth = 100;

    private readonly LiquidEnvironment environment;
    private readonly List<LiquidProblem> problems = [];
    private readonly HashSet<(int, string)> reported = [];
    private readonly LiquidHash globals = new();
    private readonly List<LiquidHash> scopes = [];
    private readonly Dictionary<string, long> counters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> cycles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<LiquidNode>> parsedIncludes = new(StringComparer.Ordinal);
    private readonly Stack<IncludeFrame> includes = new();
    private int steps;
    private long work;

    private LiquidRenderer(LiquidEnvironment environment) => this.environment = environment;

    /// <summary>An include being rendered: where it was included in the post, and its file, for messages.</summary>
    private sealed record IncludeFrame(LiquidSpan Tag, LiquidInclude File);

    /// <summary>Why rendering stopped: a budget ran out, at the place that ran it out.</summary>
    private sealed class LimitException(LiquidSpan at, string message) : Exception(message)
    {
        public LiquidSpan At { get; } = at;
    }

    private enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    /// <summary>Renders <paramref name="template"/>; with any error the text is not to be used.</summary>
    public static LiquidResult Render(string template, LiquidEnvironment environment)
    {
        var renderer = new LiquidRenderer(environment);
        var nodes = LiquidSyntax.Parse(template, renderer.problems);
        var output = new SourceMap.Builder();
        if (renderer.problems.Count == 0)
        {
            try
            {
                renderer.RenderNodes(nodes, new Sink(output, null));
            }
            catch (LimitException limit)
            {
                renderer.problems.Add(new LiquidProblem(limit.At, limit.Message));
            }
        }

        return new LiquidResult(output.ToString(), output.ToMap(), renderer.problems);
    }

    /// <summary>Whether a text holds anything Liquid would read (Jekyll renders Liquid only then).</summary>
    public static bool HasLiquid(string text) => text.IndexOf("{{", StringComparison.Ordinal) >= 0 || text.IndexOf("{%", StringComparison.Ordinal) >= 0;

    /// <summary>Where output goes: the post's text and map, or a capture; inside an include, everything maps to the include tag.</summary>
    private sealed class Sink(SourceMap.Builder builder, int? anchor)
    {
        public SourceMap.Builder Builder { get; } = builder;

        public int? Anchor { get; } = anchor;

        public void Copy(string text, int source)
        {
            if (Anchor is { } at)
            {
                Builder.Generate(text, at);
            }
            else
            {
                Builder.Copy(text, source);
            }
        }

        public void Generate(string text, int source) => Builder.Generate(text, Anchor ?? source);
    }

    private Flow RenderNodes(IReadOnlyList<LiquidNode> nodes, Sink sink)
    {
        foreach (var node in nodes)
        {
            Step(node.At);
            switch (node)
            {
                case TextNode text:
                    sink.Copy(text.Text, text.At.Start);
                    break;
                case OutputNode output:
                    if (Evaluate(() => LiquidExpressionParser.ParseOutput(output.Markup, output.MarkupOffset)) is { } expression)
                    {
                        sink.Generate(LiquidValues.ToText(Value(expression)), output.At.Start);
                    }

                    break;
                case TagNode tag:
                    var flow = RenderTag(tag, sink);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }

                    break;
            }

            CheckSize(sink.Builder.Length, node.At);
        }

        return Flow.Normal;
    }

    private Flow RenderTag(TagNode tag, Sink sink)
    {
        switch (tag.Name)
        {
            case "assign":
                Assign(tag);
                return Flow.Normal;
            case "capture":
                var name = tag.Markup.Trim().Trim('"', '\'');
                var captured = new SourceMap.Builder();
                var flow = RenderNodes(tag.Branches[0].Nodes, new Sink(captured, null));
                globals[name] = captured.ToString();
                return flow;
            case "if" or "unless":
                return RenderConditional(tag, sink);
            case "case":
                return RenderCase(tag, sink);
            case "for":
                return RenderFor(tag, sink);
            case "break":
                return Flow.Break;
            case "continue":
                return Flow.Continue;
            case "increment" or "decrement":
                var counter = tag.Markup.Trim();
                counters.TryGetValue(counter, out var count);
                if (tag.Name == "decrement")
                {
                    count--;
                }

                sink.Generate(count.ToString(CultureInfo.InvariantCulture), tag.At.Start);
                counters[counter] = tag.Name == "increment" ? count + 1 : count;
                return Flow.Normal;
            case "cycle":
                Cycle(tag, sink);
                return Flow.Normal;
            // jekyll-include-cache's include_cached renders as include does; the cache is a build-speed matter.
            case "include" or "include_cached":
                Include(tag, sink);
                return Flow.Normal;
            case "highlight":
                Highlight(tag, sink);
                return Flow.Normal;
            case "post_url":
                PostUrl(tag, sink);
                return Flow.Normal;
            case "link":
                Link(tag, sink);
                return Flow.Normal;
            case "include_relative":
                Unsupported(tag.At, "{% include_relative %} names a file beside the post, which the compiler is not given; move it to _includes and use {% include %}");
                return Flow.Normal;
            case "tablerow":
                Unsupported(tag.At, "{% tablerow %} is not supported; write the table with {% for %}");
                return Flow.Normal;
            default:
                Unsupported(tag.At, "the tag '" + tag.Name + "' is not Liquid's or Jekyll's own (a plugin's?) and cannot run at build time");
                return Flow.Normal;
        }
    }

    private void Assign(TagNode tag)
    {
        var expression = Evaluate(() =>
        {
            var parser = LiquidExpressionParser.Over(tag.Markup, tag.MarkupOffset);
            var name = parser.Identifier();
            while (parser.Accept("."))
            {
                name += "." + parser.Identifier();
            }

            if (!parser.Accept("="))
            {
                throw new LiquidSyntaxException(tag.At, "assign needs 'name = value'");
            }

            var value = parser.Filtered();
            parser.ExpectEnd();
            return new AssignExpression(tag.At, name, value);
        });
        if (expression is AssignExpression assign)
        {
            globals[assign.Name] = Value(assign.Value);
        }
    }

    /// <summary><c>assign</c>'s parsed markup.</summary>
    private sealed record AssignExpression(LiquidSpan At, string Name, LiquidExpression Value) : LiquidExpression(At);

    private Flow RenderConditional(TagNode tag, Sink sink)
    {
        foreach (var branch in tag.Branches)
        {
            if (branch.Name == "else")
            {
                return RenderNodes(branch.Nodes, sink);
            }

            if (Evaluate(() => LiquidExpressionParser.ParseCondition(branch.Markup, branch.MarkupOffset)) is not { } condition)
            {
                return Flow.Normal;
            }

            var truth = LiquidValues.IsTruthy(Value(condition));
            if (branch.Name == "unless" ? !truth : truth)
            {
                return RenderNodes(branch.Nodes, sink);
            }
        }

        return Flow.Normal;
    }

    private Flow RenderCase(TagNode tag, Sink sink)
    {
        if (Evaluate(() => LiquidExpressionParser.ParseOutput(tag.Markup, tag.MarkupOffset)) is not { } subjectExpression)
        {
            return Flow.Normal;
        }

        var subject = Value(subjectExpression);
        var matched = false;
        foreach (var branch in tag.Branches.Skip(1))
        {
            if (branch.Name == "else")
            {
                return matched ? Flow.Normal : RenderNodes(branch.Nodes, sink);
            }

            var values = Evaluate(() =>
            {
                var parser = LiquidExpressionParser.Over(branch.Markup, branch.MarkupOffset);
                var list = new List<LiquidExpression> { parser.Primary() };
                while (parser.Accept("or") || parser.Accept(","))
                {
                    list.Add(parser.Primary());
                }

                parser.ExpectEnd();
                return new WhenExpression(branch.At, list);
            });
            if (values is WhenExpression when && when.Values.Any(value => LiquidValues.AreEqual(Value(value), subject)))
            {
                matched = true;
                var flow = RenderNodes(branch.Nodes, sink);
                if (flow != Flow.Normal)
                {
                    return flow;
                }
            }
        }

        return Flow.Normal;
    }

    /// <summary><c>when</c>'s values.</summary>
    private sealed record WhenExpression(LiquidSpan At, IReadOnlyList<LiquidExpression> Values) : LiquidExpression(At);

    /// <summary><c>for</c>'s parsed markup.</summary>
    private sealed record ForExpression(LiquidSpan At, string Variable, LiquidExpression Collection, LiquidExpression? Limit, LiquidExpression? Offset, bool Reversed) : LiquidExpression(At);

    private Flow RenderFor(TagNode tag, Sink sink)
    {
        var parsed = Evaluate(() =>
        {
            var parser = LiquidExpressionParser.Over(tag.Markup, tag.MarkupOffset);
            var variable = parser.Identifier();
            if (!parser.Accept("in"))
            {
                throw new LiquidSyntaxException(tag.At, "for needs 'item in collection'");
            }

            var collection = parser.Primary();
            LiquidExpression? limit = null;
            LiquidExpression? offset = null;
            var reversed = false;
            while (!parser.AtEnd)
            {
                if (parser.Accept("reversed"))
                {
                    reversed = true;
                }
                else if (parser.Accept("limit"))
                {
                    parser.Accept(":");
                    limit = parser.Primary();
                }
                else if (parser.Accept("offset"))
                {
                    parser.Accept(":");
                    offset = parser.Primary();
                }
                else
                {
                    parser.ExpectEnd();
                }
            }

            return new ForExpression(tag.At, variable, collection, limit, offset, reversed);
        });
        if (parsed is not ForExpression loop)
        {
            return Flow.Normal;
        }

        var all = LiquidValues.ToList(Value(loop.Collection));
        Work(all.Count, loop.At);
        IEnumerable<object?> items = all;
        if (loop.Offset is not null)
        {
            items = items.Skip((int)Math.Max(0, Math.Min(int.MaxValue, LiquidValues.ToInteger(Value(loop.Offset)) ?? 0)));
        }

        if (loop.Limit is not null)
        {
            items = items.Take((int)Math.Max(0, Math.Min(int.MaxValue, LiquidValues.ToInteger(Value(loop.Limit)) ?? 0)));
        }

        var list = items.ToList();
        if (loop.Reversed)
        {
            list.Reverse();
        }

        if (list.Count == 0)
        {
            return tag.Branches.Count > 1 ? RenderNodes(tag.Branches[1].Nodes, sink) : Flow.Normal;
        }

        var parent = Find("forloop");
        var scope = new LiquidHash();
        scopes.Add(scope);
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                Step(tag.At);
                scope[loop.Variable] = list[i];
                scope["forloop"] = new LiquidHash
                {
                    ["index"] = (long)(i + 1),
                    ["index0"] = (long)i,
                    ["rindex"] = (long)(list.Count - i),
                    ["rindex0"] = (long)(list.Count - i - 1),
                    ["first"] = i == 0,
                    ["last"] = i == list.Count - 1,
                    ["length"] = (long)list.Count,
                    ["parentloop"] = parent,
                };
                if (RenderNodes(tag.Branches[0].Nodes, sink) == Flow.Break)
                {
                    break;
                }
            }
        }
        finally
        {
            scopes.RemoveAt(scopes.Count - 1);
        }

        return Flow.Normal;
    }

    private void Cycle(TagNode tag, Sink sink)
    {
        var markup = tag.Markup;
        var group = markup;
        var colon = markup.IndexOf(':');
        if (colon > 0 && markup.Substring(0, colon).Trim() is { } groupName && Regex.IsMatch(groupName, @"^(""[^""]*""|'[^']*'|[\w-]+)$"))
        {
            group = groupName;
            markup = markup.Substring(colon + 1);
        }

        var offset = tag.MarkupOffset + (tag.Markup.Length - markup.Length);
        var values = Evaluate(() =>
        {
            var parser = LiquidExpressionParser.Over(markup, offset);
            var list = new List<LiquidExpression> { parser.Primary() };
            while (parser.Accept(","))
            {
                list.Add(parser.Primary());
            }

            parser.ExpectEnd();
            return new WhenExpression(tag.At, list);
        });
        if (values is WhenExpression cycle)
        {
            cycles.TryGetValue(group, out var position);
            sink.Generate(LiquidValues.ToText(Value(cycle.Values[position % cycle.Values.Count])), tag.At.Start);
            cycles[group] = position + 1;
        }
    }

    private void Step(LiquidSpan at)
    {
        if (++steps > MaxSteps)
        {
            throw new LimitException(TopTag(at), "this post's Liquid takes more than " + MaxSteps.ToString("N0", CultureInfo.InvariantCulture) + " steps to render (a loop too long, or includes repeated too often)");
        }
    }

    private void CheckSize(int length, LiquidSpan at)
    {
        if (length > environment.MaxOutput)
        {
            throw new LimitException(TopTag(at), "this post's Liquid renders more than " + environment.MaxOutput.ToString("N0", CultureInfo.InvariantCulture) + " characters (four times BlogMaxPostSize)");
        }
    }

    /// <summary>Counts a value a filter takes or gives against the work budget, and bounds its size and depth; returns its size (0 for a scalar).</summary>
    private long CheckValue(object? value, LiquidSpan at)
    {
        if (value is not (string or IList or LiquidHash))
        {
            return 0;
        }

        var (size, depth) = LiquidValues.Measure(value, environment.MaxOutput);
        if (size > environment.MaxOutput)
        {
            throw new LimitException(TopTag(at), "this value holds more than " + environment.MaxOutput.ToString("N0", CultureInfo.InvariantCulture) + " characters and items (four times BlogMaxPostSize)");
        }

        if (depth > MaxValueDepth)
        {
            throw new LimitException(TopTag(at), "this value nests arrays or hashes more than " + MaxValueDepth + " deep");
        }

        Work(size, at);
        return size;
    }

    /// <summary>Counts <paramref name="units"/> characters and items walked or built against <see cref="MaxWork"/>.</summary>
    private void Work(long units, LiquidSpan at)
    {
        work += units;
        if (work > MaxWork)
        {
            throw new LimitException(TopTag(at), "this post's Liquid walks and builds more than " + MaxWork.ToString("N0", CultureInfo.InvariantCulture) + " characters and items in its filters and ranges (a loop over large values too long)");
        }
    }

    /// <summary>The place in the post: inside an include, the outermost include tag.</summary>
    private LiquidSpan TopTag(LiquidSpan at) => includes.Count > 0 ? includes.Last().Tag : at;

    private void Unsupported(LiquidSpan at, string message) => Report(at, message, LiquidProblemKind.Unsupported);

    private void Error(LiquidSpan at, string message) => Report(at, message, LiquidProblemKind.Error);

    private void Report(LiquidSpan at, string message, LiquidProblemKind kind)
    {
        if (includes.Count > 0)
        {
            var frame = includes.Peek();
            message += InIncludeSuffix(frame.File, at);
            at = includes.Last().Tag;
        }

        // A loop reports a problem once, not once a turn.
        if (reported.Add((at.Start, message)))
        {
            problems.Add(new LiquidProblem(at, message, kind));
        }
    }

    private static string InIncludeSuffix(LiquidInclude include, LiquidSpan at)
    {
        var line = 1;
        var text = include.Text ?? string.Empty;
        for (var i = 0; i < at.Start && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return " (in " + include.Path + ", line " + line.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
