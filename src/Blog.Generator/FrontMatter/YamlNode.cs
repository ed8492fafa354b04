using System.Collections.Generic;
using YamlDotNet.Core;

namespace Blog.Generator.FrontMatter;

/// <summary>
/// A front-matter YAML node with its position in the YAML text. Used only while a post is read;
/// pipeline models hold <see cref="Models.FrontMatterValue"/> instead.
/// </summary>
internal abstract class YamlNode(int start, int end)
{
    /// <summary>Offset of the node's first character in the YAML text.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the node's last character in the YAML text.</summary>
    public int End { get; } = end;

    /// <summary>How many values the node stands for once aliases are expanded; guards against alias bombs.</summary>
    public abstract long Weight { get; }

    /// <summary>How many characters of keys and values the node stands for once aliases are expanded.</summary>
    public abstract long Characters { get; }

    /// <summary>A short description for messages: "a list", "a map", "the text 'x'".</summary>
    public abstract string Describe();
}

internal sealed class YamlScalar(int start, int end, string value, ScalarStyle style, string tag) : YamlNode(start, end)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>The explicit tag, such as <c>tag:yaml.org,2002:str</c>, or empty.</summary>
    public string Tag { get; } = tag;

    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any && Tag.Length == 0;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override long Weight => 1;

    public override long Characters => Value.Length;

    public override string Describe() => IsNull ? "empty" : "the value '" + Value + "'";
}

internal sealed class YamlSequence(int start, int end, List<YamlNode> items) : YamlNode(start, end)
{
    private long weight = -1;
    private long characters = -1;

    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override long Weight
    {
        get
        {
            if (weight < 0)
            {
                weight = 1;
                foreach (var item in Items)
                {
                    weight = Saturate(weight + item.Weight);
                }
            }

            return weight;
        }
    }

    public override long Characters
    {
        get
        {
            if (characters < 0)
            {
                characters = 0;
                foreach (var item in Items)
                {
                    characters = Saturate(characters + item.Characters);
                }
            }

            return characters;
        }
    }

    public override string Describe() => "a list";

    internal static long Saturate(long value) => value < 0 || value > long.MaxValue / 4 ? long.MaxValue / 4 : value;
}

internal sealed class YamlMapping(int start, int end, List<KeyValuePair<YamlScalar, YamlNode>> pairs) : YamlNode(start, end)
{
    private long weight = -1;
    private long characters = -1;

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Pairs { get; } = pairs;

    public override long Weight
    {
        get
        {
            if (weight < 0)
            {
                weight = 1;
                foreach (var pair in Pairs)
                {
                    weight = YamlSequence.Saturate(weight + 1 + pair.Value.Weight);
                }
            }

            return weight;
        }
    }

    public override long Characters
    {
        get
        {
            if (characters < 0)
            {
                characters = 0;
                foreach (var pair in Pairs)
                {
                    characters = YamlSequence.Saturate(characters + pair.Key.Characters + pair.Value.Characters);
                }
            }

            return characters;
        }
    }

    public override string Describe() => "a map";

    public bool TryGet(string key, out YamlScalar keyNode, out YamlNode value)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Key.Value == key)
            {
                keyNode = pair.Key;
                value = pair.Value;
                return true;
            }
        }

        keyNode = null!;
        value = null!;
        return false;
    }
}
