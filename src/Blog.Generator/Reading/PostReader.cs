using System;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Jekyll;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Rendering;
using Blog.Generator.Schemas;
using Blog.Generator.Text;

namespace Blog.Generator.Reading;

/// <summary>
/// Reads one post file into a <see cref="ParsedPost"/>: splits the front matter, reads it against the default
/// Jekyll-compatible keys (and the project's post schema, if any), and renders the body. Any error leaves the post
/// without a model.
/// </summary>
internal static class PostReader
{
    /// <param name="file">The post file.</param>
    /// <param name="context">What reading a post depends on besides its file.</param>
    public static ParsedPost Read(PostFile file, PostReadContext context)
    {
        var report = new FileReport(new TextLocator(file.FullPath, file.Text ?? string.Empty));
        PostModel? model;
        try
        {
            model = FrontMatterDocument.Read(file, context.Options.MaxPostSize, report, lenient: context.Options.Jekyll) is { } document
                ? Read(file, new FrontMatterKeys(document, report), document, context)
                : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The generator must never fail the compiler: an unexpected error becomes a diagnostic on this post.
            report.Add(GeneratorGuard.InternalError(exception, report.Locator.Line(0)));
            model = null;
        }

        return new ParsedPost(
            file.FullPath,
            file.RelativePath,
            report.HasErrors ? null : model,
            report.Diagnostics.ToEquatableArray(),
            report.Snippets.ToEquatableArray());
    }

    private static PostModel? Read(PostFile file, FrontMatterKeys keys, FrontMatterDocument document, PostReadContext context)
    {
        var report = keys.Report;
        var options = context.Options;
        var frontMatter = keys.Mapping;

        // With a schema, every key that is not Post's own must be the schema's: the binder reports the rest as errors.
        BoundValue.Object? data = null;
        if (context.Schema.Schema is { } postSchema)
        {
            var binder = new SchemaBinder(keys.At, context.Schema.References, report.Diagnostics, safeUrisOnly: !options.AllowRawHtml);
            if (binder.BindRoot(frontMatter, postSchema.AsObject(), report.Locator.Line(0), PostKeys.Known) is { } properties)
            {
                data = new BoundValue.Object(postSchema.TypeName, properties);
            }
        }
        else if (options.StrictFrontMatter)
        {
            foreach (var pair in frontMatter.Pairs.Where(pair => !PostKeys.IsKnown(pair.Key.Value)))
            {
                report.Add(DiagnosticDescriptors.UnknownKey, keys.At(pair.Key), pair.Key.Value);
            }
        }

        var title = ReadTitle(keys, file.RelativePath, options.Jekyll);
        var date = keys.Date("date") ?? FileNameConventions.DateFromFileName(file.RelativePath);
        if (date is null && !keys.TryGet("date", out _, out _))
        {
            report.Add(DiagnosticDescriptors.MissingDate, report.Locator.Line(0));
        }

        var lastModified = keys.Date("last_modified_at");
        var identity = PostIdentity.Read(keys, file.RelativePath);
        var excerpt = keys.Text("excerpt");
        var excerptSeparator = keys.Text("excerpt_separator");
        var categories = keys.List("category", "categories");
        if (options.Jekyll)
        {
            // Jekyll puts the folders above _posts first.
            categories = FileNameConventions.CategoriesFromFolders(file.RelativePath).Concat(categories).Distinct(StringComparer.Ordinal).ToEquatableArray();
        }

        var tags = keys.List("tag", "tags");
        var extraPairs = frontMatter.Pairs.Where(pair => !PostKeys.IsModeled(pair.Key.Value)).ToList();

        // With a schema the binder has checked these keys against their declared types (a decimal takes 20 digits).
        if (context.Schema.Schema is null)
        {
            foreach (var pair in extraPairs)
            {
                ReportUnrepresentableValues(keys, pair.Value, pair.Key.Value);
            }
        }

        var extra = extraPairs
            .Select(pair => new FrontMatterPair(pair.Key.Value, FrontMatterValues.Convert(pair.Value)))
            .ToEquatableArray();

        if (report.HasErrors)
        {
            return null;
        }

        if (!identity.IsCompiledIn(options.IncludeDrafts))
        {
            report.Add(DiagnosticDescriptors.DraftExcluded, report.Locator.Line(0), identity.Draft ? "it has 'draft: true'" : "it has 'published: false'");
            return null;
        }

        var slug = identity.Slug!;
        var body = new MarkdownBody(document.Body, document.BodyOffset, file.RelativePath);
        var assets = options.Assets
            ? new AssetCollector(file.RelativePath, AssetCollector.TokenFor(file.Text ?? string.Empty), options.Jekyll ? context.Site.BaseUrl : string.Empty, options.AllowRawHtml)
            : null;
        var rendered = options.Jekyll
            ? JekyllBodyRenderer.Render(
                body,
                new JekyllPage(
                    file.RelativePath,
                    title!,
                    slug,
                    date!.Value,
                    context.Links.TryGetUrl(file.RelativePath, out var url) ? url : string.Empty,
                    categories,
                    tags,
                    frontMatter.Pairs.Select(pair => new FrontMatterPair(pair.Key.Value, FrontMatterValues.Convert(pair.Value))).ToList(),
                    RenderLiquid: keys.Boolean("render_with_liquid") != false,
                    ExcerptSeparator: excerptSeparator ?? context.Site.ExcerptSeparator),
                context,
                report,
                assets)
            : BodyRenderer.Render(body with { ExcerptSeparator = excerptSeparator ?? options.ExcerptSeparator }, options, context.Links, report, assets: assets);
        if (rendered is null)
        {
            return null;
        }

        var excerptHtml = excerpt is null
            ? rendered.ExcerptHtml
            : BodyRenderer.RenderExcerpt(excerpt, keys.TryGet("excerpt", out _, out var excerptNode) ? keys.At(excerptNode) : report.Locator.Line(0), options, report);
        if (excerptHtml is null)
        {
            return null;
        }

        var metadata = new PostMetadata(
            file.RelativePath,
            slug,
            identity.SlugLocation,
            title!,
            date!.Value,
            lastModified,
            categories,
            tags,
            excerpt ?? rendered.Excerpt,
            extra);
        var references = assets is null
            ? null
            : new PostAssetReferences(assets.Token, rendered.Assets, ImageReferenceReader.Cover(keys, assets, options.Jekyll), BodyRenderer.HtmlLimit(options));
        if (data is not null && assets is not null)
        {
            data = ImageReferenceReader.InData(data, assets, options.Jekyll);
        }

        var hasFiles = references is { IsEmpty: false } || (data is not null && BoundImages.Of(data).Count > 0);
        return new PostModel(metadata, rendered.Html, excerptHtml, rendered.WordCount, rendered.Headings, data, hasFiles ? references : null);
    }

    private static string? ReadTitle(FrontMatterKeys keys, string relativePath, bool jekyll)
    {
        var report = keys.Report;
        var hasTitle = keys.TryGet("title", out var key, out var value);
        if (jekyll && (!hasTitle || value is YamlScalar { IsNull: true }))
        {
            // Jekyll titles such a post from its file name; so does Jekyll mode, and says so.
            var fromFileName = FileNameConventions.TitleFromFileName(relativePath);
            report.Add(DiagnosticDescriptors.TitleFromFileName, hasTitle ? keys.At(key) : report.Locator.Line(0), fromFileName);
            return fromFileName;
        }

        if (!hasTitle)
        {
            report.Add(DiagnosticDescriptors.MissingTitle, report.Locator.Line(0), "no title");
            return null;
        }

        var title = keys.ExpectScalar("title", value, "a text");
        if (title is not null && (title.IsNull || title.Value.Trim().Length == 0))
        {
            report.Add(DiagnosticDescriptors.MissingTitle, keys.At(title.IsNull ? key : title), "an empty title");
            return null;
        }

        return title?.Value;
    }

    /// <summary>
    /// Extra keys keep their YAML type, so a date becomes a DateTimeOffset and an integer a long: a value neither can hold
    /// is an error at the value (at any depth of lists and maps), never a value that throws or reads back changed.
    /// </summary>
    private static void ReportUnrepresentableValues(FrontMatterKeys keys, YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalar scalar:
                var typed = ScalarTyper.Type(scalar);
                if (typed.Type == ScalarType.Integer && typed.Long is null)
                {
                    keys.Report.Add(DiagnosticDescriptors.IntegerOutOfRange, keys.At(scalar), scalar.Value, key);
                }
                else if (typed.DateOutOfRange)
                {
                    keys.Report.Add(DiagnosticDescriptors.DateOutOfRange, keys.At(scalar), scalar.Value, key);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    ReportUnrepresentableValues(keys, item, key);
                }

                break;
            case YamlMapping mapping:
                foreach (var pair in mapping.Pairs)
                {
                    ReportUnrepresentableValues(keys, pair.Value, key + "." + pair.Key.Value);
                }

                break;
        }
    }
}
