using System.Collections.Generic;
using Blog.Generator.Text;

namespace Blog.Generator.FrontMatter;

/// <summary>
/// Reads YAML as Jekyll's parser (Ruby's Psych, on libyaml) does where it is more lenient than YamlDotNet: a quoted
/// scalar or a flow collection (<c>[a,</c> … <c>b]</c>) whose continuation lines are not indented past their key.
/// libyaml joins such lines; YamlDotNet rejects them. Only when YamlDotNet rejects the text are those lines indented
/// (which changes no value: a quoted scalar folds its line breaks and drops leading spaces) and the text read again,
/// with a map that keeps every position where it was written.
/// </summary>
internal static class LenientYaml
{
    /// <summary>
    /// The YAML's root node; when <paramref name="lenient"/> and only the leniency makes it readable, <paramref name="map"/>
    /// leads the retry's positions back. When lenient, a key given twice is read as Psych reads it (the last value wins)
    /// and added to <paramref name="repeatedKeys"/>, at positions in the text that was read.
    /// </summary>
    public static YamlNode? Read(string yaml, bool lenient, out YamlProblem? problem, out SourceMap? map, List<YamlProblem>? repeatedKeys = null)
    {
        map = null;
        var repeated = lenient ? new List<YamlProblem>() : null;
        var root = YamlTreeReader.Read(yaml, out problem, repeated);
        if (problem is null || !lenient || Indent(yaml) is not { } indented)
        {
            repeatedKeys?.AddRange(repeated ?? []);
            return root;
        }

        var retried = new List<YamlProblem>();
        var retry = YamlTreeReader.Read(indented.Text, out var retryProblem, retried);
        if (retryProblem is not null)
        {
            // Still unreadable: the first reading's problem is the one at the place as written.
            return root;
        }

        problem = null;
        map = indented.Map;
        repeatedKeys?.AddRange(retried);
        return retry;
    }

    /// <summary>The YAML with the continuation lines of quoted scalars and flow collections indented, or <see langword="null"/> when none needs it.</summary>
    public static (string Text, SourceMap Map)? Indent(string yaml)
    {
        var builder = new SourceMap.Builder();
        var changed = false;
        var quote = '\0';
        var flowDepth = 0;
        var constructIndent = 0;
        var blockScalarParent = -1;
        var position = 0;
        while (position <= yaml.Length)
        {
            var lineEnd = yaml.IndexOf('\n', position);
            var end = lineEnd < 0 ? yaml.Length : lineEnd + 1;
            var line = yaml.Substring(position, end - position);
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            var blank = line.Trim().Length == 0;
            if (blockScalarParent >= 0 && (blank || indent > blockScalarParent))
            {
                builder.Copy(line, position);
                position = end;
                if (lineEnd < 0)
                {
                    break;
                }

                continue;
            }

            blockScalarParent = -1;
            if ((quote != '\0' || flowDepth > 0) && !blank && indent <= constructIndent)
            {
                builder.Generate(new string(' ', constructIndent + 1 - indent), position);
                changed = true;
            }

            var inConstruct = quote != '\0' || flowDepth > 0;
            for (var j = indent; j < line.Length; j++)
            {
                var c = line[j];
                if (quote == '"')
                {
                    if (c == '\\')
                    {
                        j++;
                    }
                    else if (c == '"')
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (quote == '\'')
                {
                    if (c == '\'' && j + 1 < line.Length && line[j + 1] == '\'')
                    {
                        j++;
                    }
                    else if (c == '\'')
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (c == '#' && (j == 0 || line[j - 1] is ' ' or '\t'))
                {
                    break;
                }

                if (c is '"' or '\'' or '[' or '{' && StartsValue(line, j, indent, flowDepth))
                {
                    if (!inConstruct && flowDepth == 0)
                    {
                        constructIndent = indent;
                        inConstruct = true;
                    }

                    if (c is '[' or '{')
                    {
                        flowDepth++;
                    }
                    else
                    {
                        quote = c;
                    }
                }
                else if (c is ']' or '}' && flowDepth > 0)
                {
                    flowDepth--;
                }
                else if (c is '|' or '>' && flowDepth == 0 && StartsValue(line, j, indent, 0))
                {
                    blockScalarParent = indent;
                    break;
                }
            }

            builder.Copy(line, position);
            position = end;
            if (lineEnd < 0)
            {
                break;
            }
        }

        return changed ? (builder.ToString(), builder.ToMap()) : null;
    }

    /// <summary>Whether the character at <paramref name="at"/> starts a value: first on its line, or after <c>: </c>, <c>- </c>, <c>? </c>, or a flow collection's <c>[</c>, <c>{</c> or <c>,</c>.</summary>
    private static bool StartsValue(string line, int at, int indent, int flowDepth)
    {
        var before = at - 1;
        while (before >= indent && line[before] is ' ' or '\t')
        {
            before--;
        }

        if (before < indent)
        {
            return true;
        }

        var previous = line[before];
        if (previous is ':' or '-' or '?')
        {
            // "key: value" and "- item" need a space after the indicator; a colon in a flow needs none.
            return before + 1 < at || (flowDepth > 0 && previous == ':');
        }

        return flowDepth > 0 && previous is '[' or '{' or ',';
    }
}
