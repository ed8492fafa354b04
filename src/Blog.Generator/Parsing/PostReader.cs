using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Jekyll;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Rendering;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Parsing;

/// <summary>
/// Reads one post file into a <see cref="ParsedPost"/>: splits the front matter, reads it against the default
/// Jekyll-compatible keys, and renders the body. Any error leaves the post without a model.
/// </summary>
internal sealed class PostReader
{
    /// <summary>Keys read into <c>Post</c> properties; every other key is kept in <c>Post.FrontMatter</c>.</summary>
    private static readonly HashSet<string> ModeledKeys = new(StringComparer.Ordinal)
    {
        "title", "date", "slug", "excerpt", "categories", "category", "tags", "tag", "draft", "published", "last_modified_at", "excerpt_separator",
    };

    /// <summary>Keys the default post understands (Jekyll's own included); with strict front matter, any other key is reported.</summary>
    private static readonly HashSet<string> KnownKeys = new(ModeledKeys.Concat(["layout", "permalink", "render_with_liquid"]), StringComparer.Ordinal);

    private readonly PostFile file;
    private readonly PostParseOptions options;
    private readonly LinkTargets links;
    private readonly PostSchemaInput schema;
    private readonly JekyllSite site;
    private readonly TextLocator locator;
    private readonly List<DiagnosticInfo> diagnostics = [];
    private readonly List<CSharpSnippet> snippets = [];
    private FrontMatterDocument? document;

    private PostReader(PostFile file, PostParseOptions options, LinkTargets links, PostSchemaInput schema, JekyllSite site)
    {
        this.file = file;
        this.options = options;
        this.links = links;
        this.schema = schema;
        this.site = site;
        locator = new TextLocator(file.FullPath, file.Text ?? string.Empty);
    }

    /// <param name="file">The post file.</param>
    /// <param name="options">The settings parsing depends on.</param>
    /// <param name="links">Every post's URL, for links between posts.</param>
    /// <param name="schema">The <c>[PostFrontMatter]</c> class, if the project declares one, and the entries its references may name.</param>
    /// <param name="site">In Jekyll mode, the site the post's Liquid reads; otherwise <see cref="JekyllSite.Off"/>.</param>
    public static ParsedPost Read(PostFile file, PostParseOptions options, LinkTargets links, PostSchemaInput schema, JekyllSite? site = null)
    {
        var reader = new PostReader(file, options, links, schema, site ?? JekyllSite.Off);
        PostModel? model;
        try
        {
            model = reader.Read();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The generator must never fail the compiler: an unexpected error becomes a diagnostic on this post.
            reader.diagnostics.Add(GeneratorGuard.InternalError(exception, reader.locator.Line(0)));
            model = null;
        }

        return new ParsedPost(file.FullPath, file.RelativePath, reader.HasErrors ? null : model, reader.diagnostics.ToEquatableArray(), reader.snippets.ToEquatableArray());
    }

    private bool HasErrors => diagnostics.Any(d => d.IsError);

    private PostModel? Read()
    {
        document = FrontMatterDocument.Read(file, options.MaxPostSize, locator, diagnostics, lenient: options.Jekyll);
        return document is null ? null : ReadPost(document.FrontMatter, document.Body, document.BodyOffset);
    }

    private PostModel? ReadPost(YamlMapping frontMatter, string body, int bodyOffset)
    {
        // With a schema, every key that is not Post's own must be the schema's: the binder reports the rest as errors.
        BoundValue.Object? data = null;
        if (schema.Schema is { } postSchema)
        {
            var binder = new SchemaBinder(At, schema.References, diagnostics);
            if (binder.BindRoot(frontMatter, postSchema.AsObject(), locator.Line(0), KnownKeys) is { } properties)
            {
                data = new BoundValue.Object(postSchema.TypeName, properties);
            }
        }
        else if (options.StrictFrontMatter)
        {
            foreach (var entry in frontMatter.Entries.Where(entry => !KnownKeys.Contains(entry.Key.Value)))
            {
                Report(DiagnosticDescriptors.UnknownKey, At(entry.Key), entry.Key.Value);
            }
        }

        var title = ReadTitle(frontMatter);
        var date = ReadDate(frontMatter, "date") ?? FileNameConventions.DateFromFileName(file.RelativePath);
        if (date is null && !frontMatter.TryGet("date", out _, out _))
        {
            Report(DiagnosticDescriptors.MissingDate, locator.Line(0));
        }

        var lastModified = ReadDate(frontMatter, "last_modified_at");
        var (slug, slugLocation) = ReadSlug(frontMatter);
        var excerpt = ReadText(frontMatter, "excerpt");
        var excerptSeparator = ReadText(frontMatter, "excerpt_separator");
        var categories = ReadList(frontMatter, "category", "categories");
        if (options.Jekyll)
        {
            // Jekyll puts the folders above _posts first.
            categories = FileNameConventions.CategoriesFromFolders(file.RelativePath).Concat(categories).Distinct(StringComparer.Ordinal).ToEquatableArray();
        }

        var tags = ReadList(frontMatter, "tag", "tags");
        var draft = ReadBoolean(frontMatter, "draft") == true;
        var unpublished = ReadBoolean(frontMatter, "published") == false;
        var extraEntries = frontMatter.Entries.Where(entry => !ModeledKeys.Contains(entry.Key.Value)).ToList();

        // With a schema the binder has checked these keys against their declared types (a decimal takes 20 digits).
        if (schema.Schema is null)
        {
            foreach (var entry in extraEntries)
            {
                ReportUnrepresentableValues(entry.Value, entry.Key.Value);
            }
        }

        var extra = extraEntries
            .Select(entry => new FrontMatterEntry(entry.Key.Value, FrontMatterValues.Convert(entry.Value)))
            .ToEquatableArray();

        if (HasErrors)
        {
            return null;
        }

        if ((draft || unpublished) && !options.IncludeDrafts)
        {
            Report(DiagnosticDescriptors.DraftExcluded, locator.Line(0), draft ? "it has 'draft: true'" : "it has 'published: false'");
            return null;
        }

        var rendered = options.Jekyll
            ? JekyllBodyReader.Render(
                body,
                bodyOffset,
                new JekyllPage(file.RelativePath, title!, slug!, date!.Value, links.TryGetUrl(file.RelativePath, out var url) ? url : string.Empty, categories, tags, frontMatter.Entries.Select(entry => new FrontMatterEntry(entry.Key.Value, FrontMatterValues.Convert(entry.Value))).ToList()),
                site,
                ReadBoolean(frontMatter, "render_with_liquid") != false,
                excerptSeparator ?? site.ExcerptSeparator,
                options,
                links,
                locator,
                diagnostics,
                snippets)
            : BodyReader.Render(body, bodyOffset, file.RelativePath, options, excerptSeparator ?? options.ExcerptSeparator, links, locator, diagnostics, snippets);
        if (rendered is null)
        {
            return null;
        }

        var metadata = new PostMetadata(
            file.RelativePath,
            slug!,
            slugLocation,
            title!,
            date!.Value,
            lastModified,
            categories,
            tags,
            excerpt ?? rendered.Excerpt,
            extra);
        var excerptHtml = excerpt is null ? rendered.ExcerptHtml : BodyReader.RenderExcerpt(excerpt, frontMatter.TryGet("excerpt", out _, out var excerptNode) ? At(excerptNode) : locator.Line(0), options, diagnostics);
        if (excerptHtml is null)
        {
            return null;
        }

        return new PostModel(metadata, rendered.Html, excerptHtml, rendered.WordCount, rendered.Headings, data);
    }

    private string? ReadTitle(YamlMapping frontMatter)
    {
        var hasTitle = frontMatter.TryGet("title", out var key, out var value);
        if (options.Jekyll && (!hasTitle || value is YamlScalar { IsNull: true }))
        {
            // Jekyll titles such a post from its file name; so does Jekyll mode, and says so.
            var fromFileName = FileNameConventions.TitleFromFileName(file.RelativePath);
            Report(DiagnosticDescriptors.TitleFromFileName, hasTitle ? At(key) : locator.Line(0), fromFileName);
            return fromFileName;
        }

        if (!hasTitle)
        {
            Report(DiagnosticDescriptors.MissingTitle, locator.Line(0), "no title");
            return null;
        }

        var title = ExpectScalar("title", value, "a text");
        if (title is not null && (title.IsNull || title.Value.Trim().Length == 0))
        {
            Report(DiagnosticDescriptors.MissingTitle, At(title.IsNull ? key : title), "an empty title");
            return null;
        }

        return title?.Value;
    }

    private DateValue? ReadDate(YamlMapping frontMatter, string key)
    {
        if (!frontMatter.TryGet(key, out _, out var value) || ExpectScalar(key, value, "a date") is not { IsNull: false } scalar)
        {
            return null;
        }

        switch (JekyllDate.Read(scalar.Value, out var date))
        {
            case DateReading.Date:
                return date;
            case DateReading.OutOfRange:
                Report(DiagnosticDescriptors.DateOutOfRange, At(scalar), scalar.Value, key);
                return null;
            default:
                Report(DiagnosticDescriptors.InvalidDate, At(scalar), scalar.Value, key);
                return null;
        }
    }

    /// <summary>
    /// Extra keys keep their YAML type, so a date becomes a DateTimeOffset and an integer a long: a value neither can hold
    /// is an error at the value (at any depth of lists and maps), never a value that throws or reads back changed.
    /// </summary>
    private void ReportUnrepresentableValues(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalar scalar when !FrontMatterValues.IsTyped(scalar):
                break;
            case YamlScalar scalar when FrontMatterValues.TryInteger(scalar.Value, out var integer) && integer is null:
                Report(DiagnosticDescriptors.IntegerOutOfRange, At(scalar), scalar.Value, key);
                break;
            case YamlScalar scalar when JekyllDate.Read(scalar.Value, out _) == DateReading.OutOfRange:
                Report(DiagnosticDescriptors.DateOutOfRange, At(scalar), scalar.Value, key);
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    ReportUnrepresentableValues(item, key);
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    ReportUnrepresentableValues(entry.Value, key + "." + entry.Key.Value);
                }

                break;
        }
    }

    /// <summary>The slug and where it was written: its value in the front matter, else the first line.</summary>
    private (string? Slug, LocationInfo Location) ReadSlug(YamlMapping frontMatter)
    {
        var (slug, location) = frontMatter.TryGet("slug", out _, out var value) && ExpectScalar("slug", value, "a text") is { IsNull: false } scalar
            ? (scalar.Value, At(scalar))
            : (FileNameConventions.SlugFromFileName(file.RelativePath), locator.Line(0));
        if (FileNameConventions.IsUrlSafeSlug(slug))
        {
            return (slug, location);
        }

        Report(DiagnosticDescriptors.InvalidSlug, location, slug);
        return (null, location);
    }

    private string? ReadText(YamlMapping frontMatter, string key) =>
        frontMatter.TryGet(key, out _, out var value) && ExpectScalar(key, value, "a text") is { IsNull: false } scalar
            ? scalar.Value
            : null;

    private bool? ReadBoolean(YamlMapping frontMatter, string key)
    {
        if (!frontMatter.TryGet(key, out _, out var value) || ExpectScalar(key, value, "true or false") is not { IsNull: false } scalar)
        {
            return null;
        }

        if (FrontMatterValues.TryBoolean(scalar.Value, yaml11: true, out var result))
        {
            return result;
        }

        Report(DiagnosticDescriptors.WrongShape, At(scalar), key, "true or false", scalar.Describe());
        return null;
    }

    /// <summary>
    /// Jekyll's rule for categories and tags: the singular key, if present, is one value (or a list);
    /// otherwise the plural key is a list, or a string split on whitespace.
    /// </summary>
    private EquatableArray<string> ReadList(YamlMapping frontMatter, string singular, string plural)
    {
        if (frontMatter.TryGet(singular, out _, out var one))
        {
            return ReadItems(singular, one, split: false);
        }

        return frontMatter.TryGet(plural, out _, out var many) ? ReadItems(plural, many, split: true) : EquatableArray<string>.Empty;
    }

    private EquatableArray<string> ReadItems(string key, YamlNode node, bool split)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                return EquatableArray<string>.Empty;
            case YamlScalar scalar:
                return (split ? scalar.Value.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries) : [scalar.Value.Trim()])
                    .Where(item => item.Length > 0)
                    .ToEquatableArray();
            case YamlSequence sequence:
                var items = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is not YamlScalar scalar)
                    {
                        Report(DiagnosticDescriptors.WrongShape, At(item), key, "a list of texts", "a list holding " + item.Describe());
                        continue;
                    }

                    if (!scalar.IsNull && scalar.Value.Trim().Length > 0)
                    {
                        items.Add(scalar.Value.Trim());
                    }
                }

                return items.Distinct(StringComparer.Ordinal).ToEquatableArray();
            default:
                Report(DiagnosticDescriptors.WrongShape, At(node), key, "a list or a space-separated text", node.Describe());
                return EquatableArray<string>.Empty;
        }
    }

    private YamlScalar? ExpectScalar(string key, YamlNode value, string expected)
    {
        if (value is YamlScalar scalar)
        {
            return scalar;
        }

        Report(DiagnosticDescriptors.WrongShape, At(value), key, expected, value.Describe());
        return null;
    }

    private LocationInfo At(YamlNode node) => At(node.Start, node.End);

    private LocationInfo At(int start, int end) => document is { } read ? locator.Span(read.FileOffset(start), read.FileOffset(end)) : locator.Line(0);

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
