using System;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Rendering;
using Blog.Generator.Schemas;
using Blog.Generator.Text;

namespace Blog.Generator.Reading;

/// <summary>
/// Reads one collection entry: its front matter bound to the collection's schema, its body rendered as a post's is.
/// Any error leaves the entry without a model.
/// </summary>
internal static class EntryReader
{
    /// <param name="file">The entry's file and collection.</param>
    /// <param name="context">What reading an entry depends on besides its file.</param>
    public static ParsedEntry Read(ContentFile file, EntryReadContext context)
    {
        var report = new FileReport(new TextLocator(file.File.FullPath, file.File.Text ?? string.Empty));
        EntryModel? model = null;
        try
        {
            if (context.Schemas.Find(file.CollectionTypeName) is { } schema)
            {
                model = Read(file, schema, context, report);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The generator must never fail the compiler: an unexpected error becomes a diagnostic on this entry.
            report.Add(GeneratorGuard.InternalError(exception, report.Locator.Line(0)));
            model = null;
        }

        return new ParsedEntry(
            file.File.FullPath,
            file.File.RelativePath,
            file.CollectionTypeName,
            report.HasErrors ? null : model,
            report.Diagnostics.ToEquatableArray(),
            report.Snippets.ToEquatableArray());
    }

    /// <summary>
    /// An entry's slug, as references write it: its file name without the extension, made URL-safe as a post's is
    /// (<c>Sam Lee.md</c> → <c>sam-lee</c>), so that it also makes a valid member name. Empty when nothing is left.
    /// </summary>
    public static string SlugOf(string relativePath) =>
        FileNameConventions.Slugify(System.IO.Path.GetFileNameWithoutExtension(relativePath));

    private static EntryModel? Read(ContentFile file, CollectionSchema schema, EntryReadContext context, FileReport report)
    {
        if (FrontMatterDocument.Read(file.File, context.Options.MaxPostSize, report) is not { } document)
        {
            return null;
        }

        var slug = SlugOf(file.File.RelativePath);
        if (slug.Length == 0)
        {
            report.Add(DiagnosticDescriptors.InvalidSlug, report.Locator.Line(0), FileNameConventions.Shown(System.IO.Path.GetFileNameWithoutExtension(file.File.RelativePath)));
            return null;
        }

        var keys = new FrontMatterKeys(document, report);
        var data = new SchemaBinder(keys.At, context.References, report.Diagnostics, safeUrisOnly: !context.Options.AllowRawHtml).BindRoot(document.FrontMatter, schema.AsObject(), report.Locator.Line(0));
        var body = new MarkdownBody(document.Body, document.BodyOffset, file.File.RelativePath, context.Options.ExcerptSeparator);
        if (BodyRenderer.Render(body, context.Options, context.Links, report) is not { } rendered)
        {
            return null;
        }

        return data is { } properties
            ? new EntryModel(schema.TypeName, file.File.RelativePath, slug, properties, rendered.Html)
            : null;
    }
}
