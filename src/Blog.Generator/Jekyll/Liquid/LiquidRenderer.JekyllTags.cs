using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Blog.Generator.Text;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>Jekyll's own tags: <c>include</c> (from <c>_includes</c>, with parameters), <c>highlight</c> (as a fenced block), <c>post_url</c> and <c>link</c>.</summary>
internal sealed partial class LiquidRenderer
{
    private static readonly Regex IncludeParameter = new(
        @"\G\s*(?<key>[\w-]+)\s*=\s*(?:""(?<dq>[^""\\]*(?:\\.[^""\\]*)*)""|'(?<sq>[^'\\]*(?:\\.[^'\\]*)*)'|(?<variable>[\w.\-\[\]""']+))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

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

        if (include.Text is null)
        {
            Report(tag.At, include.Path, LiquidProblemKind.OutsideProject);
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
        while (true)
        {
            // Past the blanks in place: a copy of the rest per parameter made 50,000 parameters take 31 s.
            while (position < rest.Length && char.IsWhiteSpace(rest[position]))
            {
                position++;
            }

            if (position == rest.Length)
            {
                break;
            }

            Step(tag.At);
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

    private void PostUrl(TagNode tag, Sink sink) => WriteUrl(tag, sink, environment.PostUrl);

    private void Link(TagNode tag, Sink sink) => WriteUrl(tag, sink, environment.LinkUrl);

    /// <summary>Writes the URL a <c>post_url</c> or <c>link</c> names, or reports the post it names as missing.</summary>
    private void WriteUrl(TagNode tag, Sink sink, Func<string, string?> resolve)
    {
        var target = RenderMarkup(tag).Trim();
        if (resolve(target) is { } url)
        {
            sink.Generate(url, tag.At.Start);
        }
        else
        {
            Report(tag.At, target, LiquidProblemKind.MissingPost);
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
}
