using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Blog.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Blog.Generator.FrontMatter;

/// <summary>A front-matter problem found while reading YAML, located by offsets in the YAML text.</summary>
internal sealed record YamlProblem(DiagnosticDescriptor Descriptor, int Start, int End, string[] Arguments);

/// <summary>
/// Reads front-matter YAML with YamlDotNet's event parser into <see cref="YamlNode"/>s. Building the tree here,
/// without recursion, lets us bound nesting depth and alias expansion and report duplicate keys at the key itself.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 64;
    public const long MaxValues = 100_000;

    /// <summary>
    /// How many characters aliases may add, all together. Without aliases the values are never longer than the YAML
    /// text, so this bounds what a small file can expand to (4,000 characters named 100,000 times was 400 MB of C#).
    /// </summary>
    public const long MaxAliasCharacters = 1_000_000;

    /// <summary>How many repeated keys one text reports; more are read the same way, unreported.</summary>
    public const int MaxRepeatedKeysReported = 100;

    /// <param name="yaml">The text.</param>
    /// <param name="problem">The first problem that makes it unreadable.</param>
    /// <param name="repeatedKeys">
    /// When given (Jekyll mode), a key written twice in one mapping is read as Ruby's YAML reads it, the last value
    /// winning at the first key's place, and each is added here; otherwise it is a <paramref name="problem"/>.
    /// </param>
    public static YamlNode? Read(string yaml, out YamlProblem? problem, List<YamlProblem>? repeatedKeys = null)
    {
        problem = null;
        var parser = new Parser(new StringReader(yaml));
        var lastGood = 0;
        try
        {
            return Build(parser, ref lastGood, out problem, repeatedKeys);
        }
        catch (YamlException exception)
        {
            var (start, end) = TabIndentation(yaml, exception) ?? ((int)exception.Start.Index, (int)exception.End.Index);
            problem = new YamlProblem(DiagnosticDescriptors.InvalidYaml, start, end, [CleanMessage(exception)]);
            return null;
        }
        catch (ParserFailure)
        {
            problem = new YamlProblem(
                DiagnosticDescriptors.InvalidYaml,
                lastGood,
                lastGood,
                ["it cannot be read past this point; check for an unclosed bracket, brace or quote"]);
            return null;
        }
    }

    private static YamlNode? Build(IParser parser, ref int lastGood, out YamlProblem? problem, List<YamlProblem>? repeatedKeys)
    {
        problem = null;
        var anchors = new Dictionary<string, YamlNode>(System.StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        long aliasCharacters = 0;
        YamlNode? root = null;
        while (MoveNext(parser))
        {
            var current = parser.Current!;
            lastGood = Index(current.End);
            YamlNode? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = new YamlScalar(Index(scalar.Start), Index(scalar.End), scalar.Value, scalar.Style, scalar.Tag.IsEmpty ? string.Empty : scalar.Tag.Value);
                    Remember(anchors, scalar.Anchor, completed);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out completed))
                    {
                        problem = new YamlProblem(DiagnosticDescriptors.InvalidYaml, Index(alias.Start), Index(alias.End), ["the alias *" + alias.Value.Value + " has no anchor before it"]);
                        return null;
                    }

                    aliasCharacters = YamlSequence.Saturate(aliasCharacters + completed.Characters);
                    if (aliasCharacters > MaxAliasCharacters)
                    {
                        problem = TooComplex(alias, "expands through its aliases to more than " + Format(MaxAliasCharacters) + " characters");
                        return null;
                    }

                    break;
                case NodeEvent start and (SequenceStart or MappingStart):
                    if (stack.Count >= MaxDepth)
                    {
                        problem = TooComplex(start, "nests deeper than " + Format(MaxDepth) + " levels");
                        return null;
                    }

                    stack.Push(new Frame(start, repeatedKeys));
                    break;
                case SequenceEnd or MappingEnd:
                    var frame = stack.Pop();
                    completed = frame.Complete(Index(current.End), out problem);
                    if (problem is not null)
                    {
                        return null;
                    }

                    Remember(anchors, frame.Start.Anchor, completed);
                    break;
            }

            if (completed is null)
            {
                continue;
            }

            if (stack.Count == 0)
            {
                root ??= completed;
            }
            else if (stack.Peek().Add(completed) is { } addProblem)
            {
                problem = addProblem;
                return null;
            }
        }

        if (root is not null && root.Weight > MaxValues)
        {
            problem = new YamlProblem(DiagnosticDescriptors.TooComplex, root.Start, root.Start, ["expands to more than " + Format(MaxValues) + " values"]);
            return null;
        }

        return root;
    }

    /// <summary>
    /// YamlDotNet's scanner throws exceptions other than <see cref="YamlException"/> on some malformed input
    /// (InvalidOperationException after an unclosed flow sequence, ArgumentOutOfRangeException on some surrogate
    /// escapes; both in 16.x and 18.x). Those become a YAML error at the last place it read, not a generator failure.
    /// </summary>
    private static bool MoveNext(IParser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception exception) when (exception is not YamlException and not OperationCanceledException)
        {
            throw new ParserFailure(exception);
        }
    }

    private sealed class ParserFailure(Exception inner) : Exception(inner.Message, inner);

    private static YamlProblem TooComplex(ParsingEvent at, string what) =>
        new(DiagnosticDescriptors.TooComplex, Index(at.Start), Index(at.End), [what]);

    private static string Format(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static void Remember(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static int Index(Mark mark) => (int)mark.Index;

    /// <summary>YamlDotNet reports a tab used as indentation at the start of the mapping; point at the tab itself.</summary>
    private static (int Start, int End)? TabIndentation(string yaml, YamlException exception)
    {
        if (exception.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var lineStart = 0;
        while (true)
        {
            var i = lineStart;
            while (i < yaml.Length && yaml[i] == ' ')
            {
                i++;
            }

            if (i < yaml.Length && yaml[i] == '\t')
            {
                return (i, i + 1);
            }

            var lineEnd = yaml.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                return null;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>YamlDotNet prefixes its messages with the position, which the diagnostic already carries.</summary>
    private static string CleanMessage(YamlException exception)
    {
        var message = exception.Message;
        var marker = message.IndexOf("): ", System.StringComparison.Ordinal);
        return message.StartsWith("(", System.StringComparison.Ordinal) && marker > 0 ? message.Substring(marker + 3) : message;
    }

    private sealed class Frame(NodeEvent start, List<YamlProblem>? repeatedKeys)
    {
        private readonly List<YamlNode> items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> entries = [];
        private readonly Dictionary<string, int> keys = new(System.StringComparer.Ordinal);
        private YamlScalar? pendingKey;
        private int replaceAt = -1;

        public NodeEvent Start { get; } = start;

        public YamlProblem? Add(YamlNode node)
        {
            if (Start is SequenceStart)
            {
                items.Add(node);
                return null;
            }

            if (pendingKey is not null)
            {
                var entry = new KeyValuePair<YamlScalar, YamlNode>(pendingKey, node);
                if (replaceAt >= 0)
                {
                    entries[replaceAt] = entry;
                    replaceAt = -1;
                }
                else
                {
                    entries.Add(entry);
                }

                pendingKey = null;
                return null;
            }

            if (node is not YamlScalar key)
            {
                return new YamlProblem(DiagnosticDescriptors.InvalidYaml, node.Start, node.End, ["a key must be plain text, not " + node.Describe()]);
            }

            if (keys.TryGetValue(key.Value, out var earlier))
            {
                if (repeatedKeys is null)
                {
                    return new YamlProblem(DiagnosticDescriptors.DuplicateKey, key.Start, key.End, [key.Value]);
                }

                if (repeatedKeys.Count < MaxRepeatedKeysReported)
                {
                    repeatedKeys.Add(new YamlProblem(DiagnosticDescriptors.RepeatedKeyLastWins, key.Start, key.End, [key.Value]));
                }

                replaceAt = earlier;
            }
            else
            {
                keys[key.Value] = entries.Count;
            }

            pendingKey = key;
            return null;
        }

        public YamlNode Complete(int end, out YamlProblem? problem)
        {
            problem = null;
            return Start is SequenceStart
                ? new YamlSequence(Index(Start.Start), end, items)
                : new YamlMapping(Index(Start.Start), end, ApplyMerges(out problem));
        }

        /// <summary>
        /// Applies YAML merge keys (<c>&lt;&lt;: *base</c>, or a list of aliases), as Ruby's YAML and so Jekyll do:
        /// the merged mappings' entries join this one, keys written here win, and among merged mappings the first
        /// wins. The merged entries keep their own locations, so an error in an inherited value points at the anchor.
        /// </summary>
        private List<KeyValuePair<YamlScalar, YamlNode>> ApplyMerges(out YamlProblem? problem)
        {
            problem = null;
            if (!entries.Exists(entry => IsMergeKey(entry.Key)))
            {
                return entries;
            }

            var present = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (!IsMergeKey(entry.Key))
                {
                    present.Add(entry.Key.Value);
                }
            }

            var merged = new List<KeyValuePair<YamlScalar, YamlNode>>(entries.Count);
            foreach (var entry in entries)
            {
                if (!IsMergeKey(entry.Key))
                {
                    merged.Add(entry);
                    continue;
                }

                var sources = entry.Value switch
                {
                    YamlMapping mapping => [mapping],
                    YamlSequence sequence when sequence.Items.Count > 0 && sequence.Items.All(item => item is YamlMapping) => sequence.Items.Cast<YamlMapping>().ToList(),
                    _ => null,
                };
                if (sources is null)
                {
                    problem = new YamlProblem(
                        DiagnosticDescriptors.InvalidYaml,
                        entry.Key.Start,
                        entry.Key.End,
                        ["the merge key << takes a map or a list of maps (usually aliases such as *base), not " + entry.Value.Describe()]);
                    return entries;
                }

                foreach (var source in sources)
                {
                    foreach (var inherited in source.Pairs)
                    {
                        if (present.Add(inherited.Key.Value))
                        {
                            merged.Add(inherited);
                        }
                    }
                }
            }

            return merged;
        }

        /// <summary>A plain <c>&lt;&lt;</c>, or one tagged <c>!!merge</c>; a quoted "&lt;&lt;" is an ordinary key.</summary>
        private static bool IsMergeKey(YamlScalar key) =>
            key.Value == "<<" && (key.IsPlain || key.Tag == "tag:yaml.org,2002:merge");
    }
}
