using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Rendering;
using Blog.Generator.Storage;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Inputs;

/// <summary>The options and any problems with them.</summary>
internal sealed record OptionsResult(GeneratorOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Reads the generator's MSBuild properties (made visible to the compiler by the package's props file).</summary>
internal static class OptionsReader
{
    public static OptionsResult Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ns = Namespace(Get(options, "BlogNamespace") ?? Get(options, "RootNamespace"));

        // Jekyll mode reads what Jekyll's kramdown reads unless the project names its own extensions.
        var jekyllMode = string.Equals(Get(options, "BlogCompatibility"), "jekyll", StringComparison.OrdinalIgnoreCase);
        var extensions = Get(options, "BlogMarkdownExtensions") ?? (jekyllMode ? MarkdownPipelines.Kramdown : GeneratorOptions.DefaultMarkdownExtensions);
        var allowRawHtml = Boolean(options, "BlogAllowRawHtml", true, diagnostics);
        try
        {
            MarkdownPipelines.Get(extensions, allowRawHtml, syntaxHighlighting: false);
        }
        catch (ArgumentException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogMarkdownExtensions", extensions, exception.Message));
            extensions = jekyllMode ? MarkdownPipelines.Kramdown : GeneratorOptions.DefaultMarkdownExtensions;
        }

        var wordsPerMinute = GeneratorOptions.DefaultWordsPerMinute;
        if (Get(options, "BlogWordsPerMinute") is { } speed &&
            (!int.TryParse(speed, NumberStyles.None, CultureInfo.InvariantCulture, out wordsPerMinute) || wordsPerMinute <= 0))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogWordsPerMinute", speed, "use a whole number of words per minute above zero"));
            wordsPerMinute = GeneratorOptions.DefaultWordsPerMinute;
        }

        var relatedPostCount = GeneratorOptions.DefaultRelatedPostCount;
        if (Get(options, "BlogRelatedPostCount") is { } related &&
            (!int.TryParse(related, NumberStyles.None, CultureInfo.InvariantCulture, out relatedPostCount) || relatedPostCount > 1000))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogRelatedPostCount", related, "use a whole number from 0 to 1000"));
            relatedPostCount = GeneratorOptions.DefaultRelatedPostCount;
        }

        var urlPattern = Get(options, "BlogPostUrlPattern") ?? GeneratorOptions.DefaultPostUrlPattern;
        if (urlPattern.IndexOf("{slug}", StringComparison.Ordinal) < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogPostUrlPattern", urlPattern, "include {slug}, as in /posts/{slug}"));
            urlPattern = GeneratorOptions.DefaultPostUrlPattern;
        }

        var maxPostSize = GeneratorOptions.DefaultMaxPostSize;
        if (Get(options, "BlogMaxPostSize") is { } size && !TryParseSize(size, out maxPostSize))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogMaxPostSize", size, "use a number of characters above zero, optionally with KB or MB (as in 4MB), up to 256MB"));
            maxPostSize = GeneratorOptions.DefaultMaxPostSize;
        }

        var maxRenderCost = GeneratorOptions.DefaultMaxRenderCost;
        if (Get(options, "BlogMaxRenderCost") is { } cost &&
            (!long.TryParse(cost.Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out maxRenderCost) || maxRenderCost <= 0))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogMaxRenderCost", cost, "use a whole number above zero (the default is 500000000)"));
            maxRenderCost = GeneratorOptions.DefaultMaxRenderCost;
        }

        var maxStringData = GeneratorOptions.DefaultMaxStringData;
        if (Get(options, "BlogMaxStringData") is { } stringData &&
            (!int.TryParse(stringData.Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out maxStringData) || maxStringData > StringBudget.MaxChars))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogMaxStringData", stringData, "use a whole number of characters from 0 to 8000000 (the default is 6000000)"));
            maxStringData = GeneratorOptions.DefaultMaxStringData;
        }

        var snippets = ReadSnippetOptions(options, diagnostics);
        var jekyll = ReadJekyllOptions(options, diagnostics);

        var result = new GeneratorOptions(
            ns,
            extensions,
            allowRawHtml,
            Boolean(options, "BlogIncludeDrafts", false, diagnostics),
            wordsPerMinute,
            Boolean(options, "BlogStrictFrontMatter", false, diagnostics),
            Get(options, "BlogExcerptSeparator") ?? GeneratorOptions.DefaultExcerptSeparator,
            relatedPostCount,
            urlPattern,
            Boolean(options, "BlogSyntaxHighlighting", false, diagnostics),
            maxPostSize,
            maxRenderCost,
            // Hot reload runs on unoptimised builds (Debug); see BucketEmitter and EntryEmitter for what it changes.
            // dotnet watch sets DotNetWatchBuild on the builds it runs, but not on every evaluation it compiles from:
            // after a post is added, its own compilation (the one it diffs against the running app) lacked it, and
            // the mismatch crashed it. Optimize is the same in all of them.
            Boolean(options, "BlogStoreForHotReload", IsTrue(Get(options, "DotNetWatchBuild")) || string.Equals(Get(options, "Optimize"), "false", System.StringComparison.OrdinalIgnoreCase), diagnostics),
            maxStringData,
            snippets,
            jekyll,
            ReadOutsideFiles(options),
            Boolean(options, "BlogAssets", true, diagnostics));
        return new OptionsResult(result, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// <c>BlogFilesOutsideProject</c>, which the package's targets set: <c>kind&gt;full path</c> for each Blog input that
    /// lies outside the project once its links are followed, joined by <c>|</c>.
    /// </summary>
    private static EquatableArray<OutsideFile> ReadOutsideFiles(AnalyzerConfigOptions options)
    {
        if (Get(options, "BlogFilesOutsideProject") is not { } value)
        {
            return EquatableArray<OutsideFile>.Empty;
        }

        options.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        return value.Split('|')
            .Select(entry => entry.Split(['>'], 2))
            .Where(parts => parts.Length == 2 && parts[1].Trim().Length > 0)
            .Select(parts => new OutsideFile(parts[0].Trim(), parts[1].Trim(), ContentFiles.RelativePath(parts[1].Trim(), projectDirectory)))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary><c>BlogCompatibility</c> (default or jekyll) and, for Jekyll mode, <c>BlogSiteUrl</c> and <c>BlogSiteBaseUrl</c>.</summary>
    private static JekyllOptions? ReadJekyllOptions(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        switch (Get(options, "BlogCompatibility")?.ToLowerInvariant())
        {
            case null or "default" or "none":
                return null;
            case "jekyll":
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogCompatibility", Get(options, "BlogCompatibility")!, "use default or jekyll"));
                return null;
        }

        var siteUrl = Get(options, "BlogSiteUrl");
        if (siteUrl is not null && !(Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogSiteUrl", siteUrl, "use the site's address with its scheme and no path, as in https://blog.example.org"));
            siteUrl = null;
        }

        var baseUrl = Get(options, "BlogSiteBaseUrl");
        if (baseUrl is not null && (!baseUrl.StartsWith("/", StringComparison.Ordinal) || baseUrl.IndexOfAny([' ', '?', '#', '"', '<', '>']) >= 0))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogSiteBaseUrl", baseUrl, "use a path that starts with /, as in /blog"));
            baseUrl = null;
        }

        // "/" is how a project says "no base URL" (an empty property reads as unset): Jekyll drops a trailing slash too.
        return new JekyllOptions(true, siteUrl?.TrimEnd('/'), baseUrl?.TrimEnd('/'), Get(options, "BlogExcerptSeparator"));
    }

    private static SnippetOptions ReadSnippetOptions(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        var mode = CheckMode.None;
        switch (Get(options, "BlogCheckCSharp")?.ToLowerInvariant())
        {
            case null or "none" or "false":
                break;
            case "syntax":
                mode = CheckMode.Syntax;
                break;
            case "compile":
                mode = CheckMode.Compile;
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogCheckCSharp", Get(options, "BlogCheckCSharp")!, "use none, syntax or compile"));
                break;
        }

        var usings = new List<string>();
        foreach (var name in Snippets.FenceOptions.Split(Get(options, "BlogSnippetUsings") ?? string.Empty))
        {
            if (SyntaxFacts.IsValidIdentifier(name.Replace("global::", string.Empty).Replace(".", "_")))
            {
                usings.Add(name);
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogSnippetUsings", name, "use namespaces separated by semicolons, as in System.Text.Json;MyBlog.Content"));
            }
        }

        var severity = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning;
        switch (Get(options, "BlogSnippetSeverity")?.ToLowerInvariant())
        {
            case null or "warning":
                break;
            case "error":
                severity = Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "BlogSnippetSeverity", Get(options, "BlogSnippetSeverity")!, "use warning or error"));
                break;
        }

        return new SnippetOptions(mode, usings.ToEquatableArray(), severity);
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>A size in characters: digits, optionally followed by KB or MB (1024 and 1024², any case), at most 256 MB.</summary>
    private static bool TryParseSize(string text, out int size)
    {
        size = 0;
        var multiplier = 1L;
        var digits = text;
        if (text.EndsWith("MB", StringComparison.OrdinalIgnoreCase))
        {
            multiplier = 1024 * 1024;
            digits = text.Substring(0, text.Length - 2).TrimEnd();
        }
        else if (text.EndsWith("KB", StringComparison.OrdinalIgnoreCase))
        {
            multiplier = 1024;
            digits = text.Substring(0, text.Length - 2).TrimEnd();
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 256L * 1024 * 1024 / multiplier)
        {
            return false;
        }

        size = (int)(value * multiplier);
        return true;
    }

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool Boolean(AnalyzerConfigOptions options, string property, bool defaultValue, List<DiagnosticInfo> diagnostics)
    {
        var value = Get(options, property);
        if (value is null)
        {
            return defaultValue;
        }

        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, property, value, "use true or false"));
        return defaultValue;
    }

    /// <summary>
    /// A valid C# namespace from a RootNamespace that may hold characters or keywords C# rejects
    /// (<c>My-App</c> becomes <c>My_App</c>, <c>Foo.class</c> becomes <c>Foo.@class</c>).
    /// </summary>
    public static string Namespace(string? value)
    {
        if (value is null)
        {
            return GeneratorOptions.DefaultNamespace;
        }

        var parts = new List<string>();
        foreach (var part in value.Split('.'))
        {
            var builder = new StringBuilder();
            foreach (var c in part)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (builder.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var identifier = builder.ToString();
            parts.Add(SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.GlobalKeyword ? "@" + identifier : identifier);
        }

        return parts.Count == 0 ? GeneratorOptions.DefaultNamespace : string.Join(".", parts);
    }
}
