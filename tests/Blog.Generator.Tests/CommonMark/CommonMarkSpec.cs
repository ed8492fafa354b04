using System;
using System.Collections.Generic;
using System.IO;

namespace Blog.Generator.Tests.CommonMark;

/// <summary>One example of the CommonMark spec: its number, its Markdown and the spec's expected HTML.</summary>
public sealed record SpecExample(int Number, int Line, string Section, string Markdown, string Html);

/// <summary>Reads the examples out of spec.txt (see README.md beside it for its licence and format).</summary>
public static class CommonMarkSpec
{
    private const string Fence = "````````````````````````````````";

    public static readonly IReadOnlyList<SpecExample> Examples = Read(Path.Combine(AppContext.BaseDirectory, "CommonMark", "spec.txt"));

    private static List<SpecExample> Read(string path)
    {
        var examples = new List<SpecExample>();
        var lines = File.ReadAllLines(path);
        var section = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                section = lines[i].TrimStart('#', ' ');
            }

            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i + 1;
            var markdown = new List<string>();
            for (i = start; lines[i] != "."; i++)
            {
                markdown.Add(lines[i]);
            }

            var html = new List<string>();
            for (i++; lines[i] != Fence; i++)
            {
                html.Add(lines[i]);
            }

            // In the spec a → stands for a tab.
            examples.Add(new SpecExample(examples.Count + 1, start, section, Join(markdown).Replace('→', '\t'), Join(html).Replace('→', '\t')));
        }

        return examples;
    }

    private static string Join(List<string> lines) => lines.Count == 0 ? string.Empty : string.Join("\n", lines) + "\n";
}
