using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Parsing;

/// <summary>
/// Reads one collection entry: its front matter bound to the collection's schema, its body rendered as a post's is.
/// Any error leaves the entry without a model.
/// </summary>
internal static class EntryReader
{
    /// <param name="file">The entry's file and collection.</param>
    /// <param name="schemas">Every valid schema; an entry whose collection's schema is invalid is left to that schema's diagnostic.</param>
    /// <param name="options">How Markdown is rendered.</param>
    /// <param name="references">The entries references may name.</param>
    /// <param name="links">Every post's URL, for links from an entry to a post.</param>
    public static ParsedEntry Read(ContentFile file, SchemaSet schemas, PostParseOptions options, ReferenceTargets references, LinkTargets links)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var snippets = new List<CSharpSnippet>();
        var locator = new TextLocator(file.File.FullPath, file.File.Text ?? string.Empty);
        EntryModel? model = null;
        try
        {
            if (schemas.Find(file.CollectionTypeName) is { } schema)
            {
                model = Read(file, schema, options, references, links, locator, diagnostics, snippets);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The generator must never fail the compiler: an unexpected error becomes a diagnostic on this entry.
            diagnostics.Add(GeneratorGuard.InternalError(exception, locator.Line(0)));
            model = null;
        }

        var failed = diagnostics.Any(d => d.IsError);
        return new ParsedEntry(file.File.FullPath, file.File.RelativePath, file.CollectionTypeName, failed ? null : model, diagnostics.ToEquatableArray(), snippets.ToEquatableArray());
    }

    /// <summary>
    /// An entry's slug, as references write it: its file name without the extension, made URL-safe as a post's is
    /// (<c>Sam Lee.md</c> → <c>sam-lee</c>), so that it also makes a valid member name. Empty when nothing is left.
    /// </summary>
    public static string SlugOf(string relativePath) =>
        FileNameConventions.Slugify(System.IO.Path.GetFileNameWithoutExtension(relativePath));

    private static EntryModel? Read(
        ContentFile file,
        CollectionSchema schema,
        PostParseOptions options,
        ReferenceTargets references,
        LinkTargets links,
        TextLocator locator,
        List<DiagnosticInfo> diagnostics,
        List<CSharpSnippet> snippets)
    {
        if (FrontMatterDocument.Read(file.File, options.MaxPostSize, locator, diagnostics) is not { } document)
        {
            return null;
        }

        var slug = SlugOf(file.File.RelativePath);
        if (slug.Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSlug, locator.Line(0), System.IO.Path.GetFileNameWithoutExtension(file.File.RelativePath)));
            return null;
        }

        var binder = new SchemaBinder(node => locator.Span(document.YamlOffset + node.Start, document.YamlOffset + node.End), references, diagnostics);
        var data = binder.BindRoot(document.FrontMatter, schema.AsObject(), locator.Line(0));

        if (BodyReader.Render(document.Body, document.BodyOffset, file.File.RelativePath, options, options.ExcerptSeparator, links, locator, diagnostics, snippets) is not { } rendered)
        {
            return null;
        }

        return data is { } properties
            ? new EntryModel(schema.TypeName, file.File.RelativePath, slug, properties, rendered.Html)
            : null;
    }
}
