using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Parsing;

namespace Blog.Generator.Liquid;

/// <summary>An include file: its path (for messages) and its text.</summary>
internal sealed record LiquidInclude(string Path, string Text);

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
    public bool HasErrors => Problems.Any(problem => problem.Kind == LiquidProblemKind.Error);
}

/// <summary>
/// Evaluates a post's Liquid at build time, as Jekyll 4.3 does before it converts the Markdown: outputs and filters,
/// <c>assign</c>, <c>capture</c>, <c>if</c>/<c>unless</c>/<c>case</c>, <c>for</c>, <c>include</c>, <c>highlight</c>
/// (as a fenced code block), <c>post_url</c> and <c>link</c>. What cannot be known at build time (another post's data,
/// the build's time, a plugin's tag) is left out of the page and reported at its place. Loops, includes and the output
/// are bounded, so no post can make a build take minutes or gigabytes.
/// </summary>
internal sealed class LiquidRenderer
{
    /// <summary>Nodes, loop turns and filters one post may evaluate: far past any real post, reached in well under a second.</summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>Includes inside includes past this are refused (Jekyll has no limit and overflows its stack).</summary>
    public const int MaxIncludeDepth = 16;

    /// <summary>The most items a range such as <c>(1..n)</c> may give.</summary>
    public const int MaxRange = 100_000;

    private static readonly Regex IncludeParameter = new(
        @"\G\s*(?<key>[\w-]+)\s*=\s*(?:""(?<dq>[^""\\]*(?:\\.[^""\\]*)*)""|'(?<sq>[^'\\]*(?:\\.[^'\\]*)*)'|(?<variable>[\w.\-\[\]""']+))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

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
            case "include":
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

        IEnumerable<object?> items = LiquidValues.ToList(Value(loop.Collection));
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

    private void Include(TagNode tag, Sink sink)
    {
        var markup = tag.Markup.Trim();
        var split = Regex.Match(markup, @"^(?<file>(?:\{\{.*?\}\}|[^\s{])+)(?<params>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        if (!split.Success)
        {
            Error(tag.At, "{% include %} needs the name of a file in _includes");
            return;
        }

        var file = split.Groups["file"].Value;
        if (file.IndexOf("{{", StringComparison.Ordinal) >= 0)
        {
            // {% include {{ page.kind }}.html %}: the name is itself a template.
            var nameOutput = new SourceMap.Builder();
            var nameProblems = new List<LiquidProblem>();
            RenderNodes(LiquidSyntax.Parse(file, nameProblems), new Sink(nameOutput, tag.At.Start));
            file = nameOutput.ToString().Trim();
        }

        if (!environment.Includes.TryGetValue(file, out var include))
        {
            Error(tag.At, "_includes/" + file + " is not among the includes the compiler is given (Jekyll mode adds the _includes folder's files as AdditionalFiles)");
            return;
        }

        if (includes.Count >= MaxIncludeDepth)
        {
            throw new LimitException(TopTag(tag.At), "includes are nested more than " + MaxIncludeDepth + " deep (an include that includes itself?)");
        }

        var parameters = new LiquidHash();
        var rest = split.Groups["params"].Value;
        var restOffset = tag.MarkupOffset + tag.Markup.IndexOf(markup, StringComparison.Ordinal) + split.Groups["params"].Index;
        var position = 0;
        while (position < rest.Length && rest.Substring(position).Trim().Length > 0)
        {
            var parameter = IncludeParameter.Match(rest, position);
            if (!parameter.Success)
            {
                Unsupported(new LiquidSpan(restOffset + position, rest.Length - position), "this part of the include's parameters cannot be read: '" + rest.Substring(position).Trim() + "'");
                break;
            }

            var key = parameter.Groups["key"].Value;
            if (parameter.Groups["dq"].Success)
            {
                parameters[key] = parameter.Groups["dq"].Value.Replace("\\\"", "\"");
            }
            else if (parameter.Groups["sq"].Success)
            {
                parameters[key] = parameter.Groups["sq"].Value.Replace("\\'", "'");
            }
            else
            {
                var group = parameter.Groups["variable"];
                var expression = Evaluate(() => LiquidExpressionParser.ParseOutput(group.Value, restOffset + group.Index));
                parameters[key] = expression is null ? null : Value(expression);
            }

            position = parameter.Index + parameter.Length;
        }

        if (!parsedIncludes.TryGetValue(file, out var nodes))
        {
            var parseProblems = new List<LiquidProblem>();
            nodes = LiquidSyntax.Parse(include.Text, parseProblems);
            foreach (var problem in parseProblems)
            {
                Report(tag.At, problem.Message + InIncludeSuffix(include, problem.At), LiquidProblemKind.Error);
            }

            parsedIncludes[file] = nodes;
            if (parseProblems.Count > 0)
            {
                return;
            }
        }

        var scope = new LiquidHash { ["include"] = parameters };
        scopes.Add(scope);
        includes.Push(new IncludeFrame(TopTag(tag.At), include));
        try
        {
            RenderNodes(nodes, new Sink(sink.Builder, sink.Anchor ?? tag.At.Start));
        }
        finally
        {
            includes.Pop();
            scopes.RemoveAt(scopes.Count - 1);
        }
    }

    private void Highlight(TagNode tag, Sink sink)
    {
        var options = tag.Markup.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var language = options.Length > 0 ? options[0] : string.Empty;
        if (language.Length == 0 || !Regex.IsMatch(language, @"^[\w+#.-]+$"))
        {
            Error(tag.At, "{% highlight %} needs a language, as in {% highlight ruby %}");
            return;
        }

        var linenos = false;
        foreach (var option in options.Skip(1))
        {
            if (option is "linenos" or "linenos=table" or "linenos=inline")
            {
                linenos = true;
            }
            else
            {
                Unsupported(tag.At, "the highlight option '" + option + "' is not supported; the code is shown without it");
            }
        }

        var body = new SourceMap.Builder();
        RenderNodes(tag.Branches[0].Nodes, new Sink(body, sink.Anchor));
        var code = body.ToString();

        // Jekyll drops the line breaks around the code; a fence longer than any backtick run inside it holds it whole.
        var leading = 0;
        while (leading < code.Length && code[leading] is '\n' or '\r')
        {
            leading++;
        }

        code = code.Substring(leading).TrimEnd('\n', '\r');
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        var start = sink.Builder.LastChar == '\n' ? string.Empty : "\n";
        sink.Generate(start + fence + language + (linenos ? " {." + Rendering.Kramdown.KramdownLineNumbers.ClassName + "}" : string.Empty) + "\n", tag.At.Start);

        // The code keeps its place in the post, so a C# fence's error is reported on its own line.
        var copied = Math.Min(leading, body.Length);
        var bodyMapStart = tag.Branches[0].Nodes.Count > 0 ? tag.Branches[0].Nodes[0].At.Start : tag.At.Start;
        if (sink.Anchor is null && tag.Branches[0].Nodes.Count == 1 && tag.Branches[0].Nodes[0] is TextNode)
        {
            sink.Copy(code, bodyMapStart + copied);
        }
        else
        {
            sink.Generate(code, tag.At.Start);
        }

        sink.Generate("\n" + fence + "\n", tag.At.Start);
    }

    private static int LongestRun(string text, char c)
    {
        var longest = 0;
        var run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private void PostUrl(TagNode tag, Sink sink)
    {
        var name = RenderMarkup(tag).Trim();
        if (environment.PostUrl(name) is { } url)
        {
            sink.Generate(url, tag.At.Start);
        }
        else
        {
            Report(tag.At, name, LiquidProblemKind.MissingPost);
        }
    }

    private void Link(TagNode tag, Sink sink)
    {
        var path = RenderMarkup(tag).Trim();
        if (environment.LinkUrl(path) is { } url)
        {
            sink.Generate(url, tag.At.Start);
        }
        else
        {
            Report(tag.At, path, LiquidProblemKind.MissingPost);
        }
    }

    /// <summary>A tag's markup with any <c>{{ }}</c> in it rendered, as Jekyll does for <c>link</c> and <c>post_url</c>.</summary>
    private string RenderMarkup(TagNode tag)
    {
        if (!HasLiquid(tag.Markup))
        {
            return tag.Markup;
        }

        var output = new SourceMap.Builder();
        var parseProblems = new List<LiquidProblem>();
        var nodes = LiquidSyntax.Parse(tag.Markup, parseProblems);
        foreach (var problem in parseProblems)
        {
            Error(tag.At, problem.Message);
        }

        RenderNodes(nodes, new Sink(output, tag.At.Start));
        return output.ToString();
    }

    private object? Value(LiquidExpression expression)
    {
        Step(expression.At);
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value;
            case VariableExpression variable:
                return Lookup(variable);
            case RangeExpression range:
                var from = LiquidValues.ToInteger(Value(range.From)) ?? 0;
                var to = LiquidValues.ToInteger(Value(range.To)) ?? 0;
                if (to - from >= MaxRange)
                {
                    throw new LimitException(TopTag(range.At), "this range holds " + (to - from + 1).ToString("N0", CultureInfo.InvariantCulture) + " numbers, more than the " + MaxRange.ToString("N0", CultureInfo.InvariantCulture) + " a post may loop over");
                }

                var numbers = new List<object?>();
                for (var i = from; i <= to; i++)
                {
                    numbers.Add(i);
                }

                return numbers;
            case ComparisonExpression comparison:
                return Compare(comparison);
            case LogicalExpression logical:
                var left = LiquidValues.IsTruthy(Value(logical.Left));
                if (logical.IsAnd && !left)
                {
                    return false;
                }

                if (!logical.IsAnd && left)
                {
                    return true;
                }

                return LiquidValues.IsTruthy(Value(logical.Right));
            case FilteredExpression filtered:
                return ApplyFilters(filtered);
            default:
                return null;
        }
    }

    private object? Compare(ComparisonExpression comparison)
    {
        var left = Value(comparison.Left);
        var right = Value(comparison.Right);
        switch (comparison.Operator)
        {
            case "==":
                return LiquidValues.AreEqual(left, right);
            case "!=":
                return !LiquidValues.AreEqual(left, right);
            case "contains":
                return left switch
                {
                    string text when right is not null => text.IndexOf(LiquidValues.ToText(right), StringComparison.Ordinal) >= 0,
                    IList list => list.Cast<object?>().Any(item => LiquidValues.AreEqual(item, right)),
                    LiquidHash hash when right is string key => hash.ContainsKey(key),
                    _ => false,
                };
            default:
                if (LiquidValues.Compare(left, right) is not { } order)
                {
                    // Liquid raises "comparison of A with B failed" and prints it where the tag stood.
                    if (left is not null && right is not null)
                    {
                        Unsupported(comparison.At, "'" + comparison.Operator + "' cannot compare " + Describe(left) + " with " + Describe(right) + "; the condition is false");
                    }

                    return false;
                }

                return comparison.Operator switch
                {
                    "<" => order < 0,
                    ">" => order > 0,
                    "<=" => order <= 0,
                    _ => order >= 0,
                };
        }
    }

    private static string Describe(object? value) => value switch
    {
        string => "a string",
        long or double => "a number",
        bool => "true or false",
        DateTimeOffset => "a date",
        IList => "an array",
        LiquidHash => "a hash",
        _ => "nil",
    };

    private object? ApplyFilters(FilteredExpression filtered)
    {
        var value = Value(filtered.Input);
        foreach (var filter in filtered.Filters)
        {
            Step(filter.At);
            if (!LiquidFilters.Names.Contains(filter.Name))
            {
                Unsupported(filter.At, filter.Name is "sassify" or "scssify" or "sample" or "where_exp" or "find_exp" or "group_by_exp" or "xml_escape_once"
                    ? "the filter '" + filter.Name + "' is not supported at build time; the value is passed on unfiltered"
                    : "the filter '" + filter.Name + "' is not Liquid's or Jekyll's own (a plugin's?); the value is passed on unfiltered");
                continue;
            }

            var arguments = filter.Arguments.Select(Value).ToList();
            var named = filter.Named.ToDictionary(pair => pair.Key, pair => Value(pair.Value), StringComparer.Ordinal);
            try
            {
                value = LiquidFilters.Apply(filter.Name, value is Unavailable ? null : value, arguments, named, environment.Filters);
            }
            catch (LiquidUnavailableException unavailable)
            {
                Unsupported(filter.At, unavailable.Message);
                value = null;
            }
            catch (LiquidFilterException failure)
            {
                // Liquid prints "Liquid error: divided by 0" into the page; the warning says where instead.
                Unsupported(filter.At, failure.Message + "; the output is left empty");
                value = null;
            }

            CheckValue(value, filter.At);
        }

        return value;
    }

    private object? Lookup(VariableExpression variable)
    {
        object? value;
        if (variable.Root.Length == 0)
        {
            value = Find(LiquidValues.ToText(Value(variable.Keys[0])));
            return ReadKeys(variable, value, 1);
        }

        value = Find(variable.Root);
        return ReadKeys(variable, value, 0);
    }

    private object? ReadKeys(VariableExpression variable, object? value, int first)
    {
        for (var i = first; i < variable.Keys.Count && value is not null; i++)
        {
            var key = Value(variable.Keys[i]);
            value = LiquidValues.Get(value, key);
            if (value is Unavailable unavailable)
            {
                Unsupported(variable.At, variable.Path + ": " + unavailable.Reason);
                return null;
            }
        }

        return value is Unavailable rootUnavailable ? UnavailableRoot(variable, rootUnavailable) : value;
    }

    private object? UnavailableRoot(VariableExpression variable, Unavailable unavailable)
    {
        Unsupported(variable.At, variable.Path + ": " + unavailable.Reason);
        return null;
    }

    private object? Find(string name)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].ContainsKey(name))
            {
                return scopes[i][name];
            }
        }

        return globals.ContainsKey(name) ? globals[name] : environment.Variables[name];
    }

    /// <summary>Parses markup, reporting a syntax problem as a warning and giving <see langword="null"/>.</summary>
    private LiquidExpression? Evaluate(Func<LiquidExpression> parse)
    {
        try
        {
            return parse();
        }
        catch (LiquidSyntaxException exception)
        {
            // Jekyll's Liquid runs in lax mode: markup it cannot read renders as nothing, with a warning.
            Unsupported(exception.At, "this Liquid cannot be read: " + exception.Message);
            return null;
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

    private void CheckValue(object? value, LiquidSpan at)
    {
        var size = value switch
        {
            string text => text.Length,
            IList list => list.Count,
            _ => 0,
        };
        CheckSize(size, at);
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
        for (var i = 0; i < at.Start && i < include.Text.Length; i++)
        {
            if (include.Text[i] == '\n')
            {
                line++;
            }
        }

        return " (in " + include.Path + ", line " + line.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
