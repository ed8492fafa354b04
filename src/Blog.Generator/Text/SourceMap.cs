using System;
using System.Collections.Generic;
using System.Text;

namespace Blog.Generator.Text;

/// <summary>
/// Where each character of a rewritten text came from in the text it was made from: copied text maps character by
/// character, generated text (a Liquid output, an include) maps to the place that produced it. It lets a problem
/// Markdig finds after Liquid ran be reported at its line and column in the post as written.
/// </summary>
internal sealed class SourceMap
{
    private readonly List<Segment> segments;
    private readonly SourceMap? inner;

    private SourceMap(List<Segment> segments, SourceMap? inner)
    {
        this.segments = segments;
        this.inner = inner;
    }

    /// <summary>A piece of the rewritten text: copied from <paramref name="Source"/> on, or generated at it.</summary>
    private readonly record struct Segment(int Start, int Source, int Length, bool Copied);

    /// <summary>This map applied after <paramref name="earlier"/>: offsets go back through both rewrites.</summary>
    public SourceMap After(SourceMap? earlier) => earlier is null ? this : new SourceMap(segments, inner is null ? earlier : inner.After(earlier));

    /// <summary>The offset in the original text that the character at <paramref name="offset"/> came from.</summary>
    public int Map(int offset)
    {
        var result = offset;
        if (segments.Count > 0)
        {
            var low = 0;
            var high = segments.Count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (segments[middle].Start <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            var segment = segments[low];
            result = segment.Copied ? segment.Source + Math.Min(Math.Max(0, offset - segment.Start), Math.Max(0, segment.Length)) : segment.Source;
        }

        return inner is null ? result : inner.Map(result);
    }

    /// <summary>Builds a rewritten text and its map together.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<Segment> segments = [];

        public int Length => text.Length;

        /// <summary>Appends <paramref name="value"/>, copied from the original text at <paramref name="source"/>.</summary>
        public void Copy(string value, int source)
        {
            if (value.Length == 0)
            {
                return;
            }

            segments.Add(new Segment(text.Length, source, value.Length, true));
            text.Append(value);
        }

        /// <summary>Appends <paramref name="value"/>, made by whatever stands at <paramref name="source"/> in the original text.</summary>
        public void Generate(string value, int source)
        {
            if (value.Length == 0)
            {
                return;
            }

            if (segments.Count > 0 && segments[segments.Count - 1] is { Copied: false } last && last.Source == source && last.Start + last.Length == text.Length)
            {
                segments[segments.Count - 1] = last with { Length = last.Length + value.Length };
            }
            else
            {
                segments.Add(new Segment(text.Length, source, value.Length, false));
            }

            text.Append(value);
        }

        /// <summary>The last character appended, or '\n' when nothing is (so a block opened first starts on its own line).</summary>
        public char LastChar => text.Length == 0 ? '\n' : text[text.Length - 1];

        public override string ToString() => text.ToString();

        public SourceMap ToMap() => new(new List<Segment>(segments), null);
    }
}
