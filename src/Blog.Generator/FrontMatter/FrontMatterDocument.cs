using System.Collections.Generic;
using System.Globalization;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.FrontMatter;

/// <summary>
/// A Markdown file split into its front matter (read as a YAML mapping) and its body: the part every kind of content
/// file shares, posts and collection entries alike.
/// </summary>
/// <param name="FrontMatter">The front matter; empty when the fences hold nothing.</param>
/// <param name="YamlOffset">Where the YAML starts in the file: YAML node offsets plus this give file offsets.</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="BodyOffset">Where the body starts in the file.</param>
/// <param name="YamlMap">When the YAML was read leniently (Jekyll mode), where each position of the text read came from.</param>
internal sealed record FrontMatterDocument(YamlMapping FrontMatter, int YamlOffset, string Body, int BodyOffset, SourceMap? YamlMap = null)
{
    /// <summary>The file offset of a position a YAML node gives.</summary>
    public int FileOffset(int yamlPosition) => YamlOffset + (YamlMap?.Map(yamlPosition) ?? yamlPosition);

    /// <summary>
    /// Splits and reads a file, or reports why it cannot (unreadable, too large, not UTF-8,
    /// empty, no or unclosed front matter, invalid YAML, not a mapping) and returns <see langword="null"/>.
    /// The file's size is checked before anything parses it: BLOG034 past <paramref name="maxSize"/> (BlogMaxPostSize).
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="maxSize">BlogMaxPostSize.</param>
    /// <param name="report">Where problems are added, at places in the file.</param>
    /// <param name="lenient">Whether YAML is read as Jekyll's parser reads it (<see cref="LenientYaml"/>).</param>
    public static FrontMatterDocument? Read(PostFile file, int maxSize, FileReport report, bool lenient = false)
    {
        var locator = report.Locator;
        var diagnostics = report.Diagnostics;
        var text = file.Text;
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreadable, locator.Line(0)));
            return null;
        }

        if (text.Length > maxSize)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.PostTooLarge,
                locator.Line(0),
                string.Format(CultureInfo.InvariantCulture, "The file, at {0:N0} characters,", text.Length),
                maxSize.ToString("N0", CultureInfo.InvariantCulture),
                "BlogMaxPostSize"));
            return null;
        }

        if (EncodingCheck.Find(text, file.MayHoldReplacedBytes) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUtf8, locator.Span(problem.Offset, problem.Offset + 1), problem.Reason));
            return null;
        }

        if (IsBlank(text))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, locator.Line(0)));
            return null;
        }

        switch (FrontMatterSplitter.TrySplit(text, out var split))
        {
            case FrontMatterSplitter.Failure.NoOpeningFence:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingFrontMatter, locator.Line(0)));
                return null;
            case FrontMatterSplitter.Failure.NoClosingFence:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedFrontMatter, locator.Line(0)));
                return null;
        }

        var yamlOffset = split!.YamlOffset;
        var repeatedKeys = new List<YamlProblem>();
        var root = LenientYaml.Read(split.Yaml, lenient, out var yamlProblem, out var yamlMap, repeatedKeys);
        if (yamlProblem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(yamlProblem.Descriptor, locator.Span(yamlOffset + yamlProblem.Start, yamlOffset + yamlProblem.End), yamlProblem.Arguments));
            return null;
        }

        foreach (var repeated in repeatedKeys)
        {
            var (start, end) = (yamlMap?.Map(repeated.Start) ?? repeated.Start, yamlMap?.Map(repeated.End) ?? repeated.End);
            diagnostics.Add(DiagnosticInfo.Create(repeated.Descriptor, locator.Span(yamlOffset + start, yamlOffset + end), repeated.Arguments));
        }

        var frontMatter = root switch
        {
            null => new YamlMapping(0, 0, []),
            YamlScalar { IsNull: true } => new YamlMapping(root.Start, root.End, []),
            YamlMapping mapping => mapping,
            _ => null,
        };
        if (frontMatter is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FrontMatterNotMapping,
                locator.Span(yamlOffset + (yamlMap?.Map(root!.Start) ?? root!.Start), yamlOffset + (yamlMap?.Map(root.End) ?? root.End)),
                root is YamlSequence ? "list" : "single value"));
            return null;
        }

        return new FrontMatterDocument(frontMatter, yamlOffset, split.Body, split.BodyOffset, yamlMap);
    }

    /// <summary>Whether the text holds nothing but a byte-order mark, spaces and line breaks: found without copying it.</summary>
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('\uFEFF' or ' ' or '\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }
}
