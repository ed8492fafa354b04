using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.Jekyll;

/// <summary>
/// Reads a Jekyll site's files other than posts into a <see cref="JekyllSite"/>: <c>_config.yml</c> and the
/// <c>_data</c> files as YAML (JSON is YAML too), and the includes as text. A file that cannot be read is reported at
/// its place and leaves the rest of the site readable.
/// </summary>
internal static class JekyllSiteReader
{
    public static JekyllSite Build(IEnumerable<JekyllFile> files, JekyllOptions options)
    {
        if (!options.Enabled)
        {
            return JekyllSite.Off;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToList();
        var config = new List<FrontMatterPair>();
        foreach (var file in ordered.Where(file => file.Kind == "config"))
        {
            if (ReadYaml(file, diagnostics) is FrontMatterValue.Map map)
            {
                config.AddRange(map.Pairs);
                ReportIgnoredKeys(file, map, diagnostics);
            }
        }

        var data = new List<FrontMatterPair>();
        foreach (var file in ordered.Where(file => file.Kind == "data"))
        {
            if (ReadYaml(file, diagnostics) is { } value && UnderFolder(file.RelativePath, "_data") is { } name)
            {
                AddData(data, WithoutExtension(name).Split('/'), value);
            }
        }

        var includes = ordered
            .Where(file => file.Kind == "include" && file.Text is not null)
            .Select(file => (file.RelativePath, file.Text))
            .Concat((options.OutsideIncludes ?? EquatableArray<string>.Empty).Select(path => (RelativePath: path, Text: (string?)null)))
            .Select(file => UnderFolder(file.RelativePath, "_includes") is { } name ? new JekyllInclude(name, file.RelativePath, file.Text) : null)
            .Where(include => include is not null)
            .Select(include => include!)
            .ToEquatableArray();

        var siteUrl = options.SiteUrl ?? Text(config, "url")?.TrimEnd('/') ?? string.Empty;
        var baseUrl = options.BaseUrl ?? Text(config, "baseurl") ?? string.Empty;
        var separator = options.ExcerptSeparator ?? Text(config, "excerpt_separator") ?? JekyllSite.DefaultExcerptSeparator;
        return new JekyllSite(true, config.ToEquatableArray(), data.ToEquatableArray(), includes, siteUrl, baseUrl, separator, diagnostics.ToEquatableArray());
    }

    private static FrontMatterValue? ReadYaml(JekyllFile file, List<DiagnosticInfo> diagnostics)
    {
        var locator = new TextLocator(file.FullPath, file.Text ?? string.Empty);
        if (file.Text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.JekyllFileUnreadable, locator.Line(0), file.RelativePath, "the file cannot be read"));
            return null;
        }

        var repeatedKeys = new List<YamlProblem>();
        var root = LenientYaml.Read(file.Text, lenient: true, out var problem, out var map, repeatedKeys);
        foreach (var repeated in repeatedKeys)
        {
            diagnostics.Add(DiagnosticInfo.Create(repeated.Descriptor, locator.Span(map?.Map(repeated.Start) ?? repeated.Start, map?.Map(repeated.End) ?? repeated.End), repeated.Arguments));
        }

        if (problem is not null)
        {
            var reason = problem.Descriptor.Id == DiagnosticDescriptors.InvalidYaml.Id
                ? "it is not valid YAML: " + problem.Arguments[0]
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Arguments);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.JekyllFileUnreadable, locator.Span(problem.Start, problem.End), file.RelativePath, reason));
            return null;
        }

        return root is null ? new FrontMatterValue.Map(EquatableArray<FrontMatterPair>.Empty) : FrontMatterValues.Convert(root);
    }

    /// <summary>Settings Jekyll applies that this mode does not, each reported at its key so nothing changes silently.</summary>
    private static void ReportIgnoredKeys(JekyllFile file, FrontMatterValue.Map config, List<DiagnosticInfo> diagnostics)
    {
        var locator = new TextLocator(file.FullPath, file.Text ?? string.Empty);
        foreach (var pair in config.Pairs)
        {
            var reason = pair.Key switch
            {
                "timezone" when pair.Value is FrontMatterValue.String { Value: not ("UTC" or "Etc/UTC") } => "dates without an offset are read as UTC, not in this time zone; write the offset in the posts' dates",
                "permalink" => "posts' URLs come from BlogPostUrlPattern (default /posts/{slug}), which post_url, link and page.url follow",
                "markdown" when pair.Value is FrontMatterValue.String { Value: not ("kramdown" or "Kramdown") } => "posts are rendered as kramdown is, by Markdig",
                _ => null,
            };
            if (reason is not null)
            {
                var line = file.Text!.Split('\n').Select((text, index) => (text, index)).FirstOrDefault(numbered => numbered.text.StartsWith(pair.Key, StringComparison.Ordinal)).index;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.JekyllSyntaxLeftOut, locator.Line(line), "_config.yml's '" + pair.Key + "' is not applied: " + reason));
            }
        }
    }

    /// <summary>Puts a data file's value at its path under <c>site.data</c> (<c>authors/jane.yml</c> is <c>site.data.authors.jane</c>).</summary>
    private static void AddData(List<FrontMatterPair> pairs, string[] path, FrontMatterValue value)
    {
        var index = pairs.FindIndex(pair => pair.Key == path[0]);
        if (path.Length == 1)
        {
            if (index >= 0)
            {
                pairs[index] = new FrontMatterPair(path[0], value);
            }
            else
            {
                pairs.Add(new FrontMatterPair(path[0], value));
            }

            return;
        }

        var children = index >= 0 && pairs[index].Value is FrontMatterValue.Map map ? map.Pairs.ToList() : [];
        AddData(children, path.Skip(1).ToArray(), value);
        var folder = new FrontMatterPair(path[0], new FrontMatterValue.Map(children.ToEquatableArray()));
        if (index >= 0)
        {
            pairs[index] = folder;
        }
        else
        {
            pairs.Add(folder);
        }
    }

    private static string? Text(List<FrontMatterPair> config, string key) =>
        config.LastOrDefault(pair => pair.Key == key)?.Value switch
        {
            FrontMatterValue.String text => text.Value,
            FrontMatterValue.Null or null => null,
            FrontMatterValue.Integer integer => integer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };

    /// <summary>The path after the last <paramref name="folder"/> segment (<c>_includes/figure.html</c> gives <c>figure.html</c>).</summary>
    private static string? UnderFolder(string relativePath, string folder)
    {
        var marker = folder + "/";
        if (relativePath.StartsWith(marker, StringComparison.Ordinal))
        {
            return relativePath.Substring(marker.Length);
        }

        var at = relativePath.LastIndexOf("/" + marker, StringComparison.Ordinal);
        return at >= 0 ? relativePath.Substring(at + 1 + marker.Length) : null;
    }

    private static string WithoutExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path.Substring(0, dot) : path;
    }
}
