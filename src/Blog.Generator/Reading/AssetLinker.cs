using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Models;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Rendering;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Reading;

/// <summary>
/// A post with the files its references name: by reference index, -1 for the front matter's image, and -2, -3, … for
/// its schema's <c>PostImage</c> values in document order.
/// </summary>
internal sealed record PostWithFiles(ParsedPost Post, EquatableArray<AssetLookup> Files, DiagnosticSeverity Severity, bool Known);

/// <summary>What one reference of a post names: a file beside the posts, or none.</summary>
internal sealed record AssetLookup(int Index, AssetFile? File);

/// <summary>
/// Links each rendered post to the files beside the posts, in two steps: <see cref="Pick"/> looks up the post's own
/// references (cheap, run for every post when any file changes, and equal for a post whose files did not change), and
/// <see cref="Link"/> puts their URLs and sizes into its HTML, which runs only for the posts whose files changed.
/// A reference to a missing or unusable file is reported where it is written (BLOG047, BLOG048) and left as written.
/// </summary>
internal static class AssetLinker
{
    public static PostWithFiles Pick(ParsedPost post, AssetContext context)
    {
        if (post.Model?.AssetReferences is not { } references)
        {
            return new PostWithFiles(post, EquatableArray<AssetLookup>.Empty, context.Severity, context.Catalog.IsKnown);
        }

        var catalog = context.Catalog;
        var files = references.References.Select(reference => new AssetLookup(reference.Index, catalog.Find(reference.Path))).ToList();
        if (references.Cover?.Reference is { } cover)
        {
            files.Add(new AssetLookup(-1, catalog.Find(cover.Path)));
        }

        if (post.Model.Data is { } data)
        {
            var images = BoundImages.Of(data);
            for (var i = 0; i < images.Count; i++)
            {
                if (images[i].Resolved is { } path)
                {
                    files.Add(new AssetLookup(-2 - i, catalog.Find(path)));
                }
            }
        }

        return new PostWithFiles(post, files.ToEquatableArray(), context.Severity, catalog.IsKnown);
    }

    public static ParsedPost Link(PostWithFiles input)
    {
        var post = input.Post;
        if (post.Model is not { AssetReferences: { } references } model)
        {
            return post;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var found = new Dictionary<int, AssetFile?>();
        foreach (var lookup in input.Files)
        {
            found[lookup.Index] = lookup.File;
        }

        var usable = new AssetFile?[references.References.Count];
        foreach (var reference in references.References)
        {
            usable[reference.Index] = Check(reference, found.TryGetValue(reference.Index, out var file) ? file : null, input, diagnostics);
        }

        CoverImage? image = null;
        AssetFile? coverFile = null;
        if (references.Cover is { } cover)
        {
            var file = coverFile = cover.Reference is { } reference && input.Known
                ? Check(reference, found.TryGetValue(-1, out var coverLookup) ? coverLookup : null, input, diagnostics)
                : null;
            image = file is null
                ? new CoverImage(cover.Url, 0, 0, cover.Alt, string.Empty)
                : new CoverImage(file.Url + cover.Reference!.Suffix, file.Width, file.Height, cover.Alt, file.RelativePath);
        }

        // A schema's images are checked like any other key: a missing one is an error, whatever BlogAssetSeverity says.
        var data = model.Data;
        var dataFiles = new List<AssetFile?>();
        if (data is not null && input.Known)
        {
            var next = 0;
            data = (BoundValue.Object)BoundImages.Replace(data, image =>
            {
                var index = -2 - next++;
                if (image.Resolved is not { } path)
                {
                    return image;
                }

                var reference = new AssetReference(index, image.Path, path, image.SiteAbsolute, image.Path, string.Empty, image.Location);
                var strict = input with { Severity = DiagnosticSeverity.Error };
                var file = Check(reference, found.TryGetValue(index, out var lookup) ? lookup : null, strict, diagnostics);
                dataFiles.Add(file);
                return file is null ? image : image with { Url = file.Url, Width = file.Width, Height = file.Height };
            });
        }

        var used = references.References
            .Select(reference => usable[reference.Index])
            .Append(coverFile)
            .Concat(dataFiles)
            .Where(file => file is not null)
            .Select(file => file!)
            .Distinct()
            .ToEquatableArray();
        var html = AssetHtml.Apply(model.Html, references.Token, references.References, usable);
        var excerptHtml = AssetHtml.Apply(model.ExcerptHtml, references.Token, references.References, usable);
        if (html.Length > references.HtmlLimit || excerptHtml.Length > references.HtmlLimit)
        {
            // Each reference is counted once while rendering; a path named many times grows the HTML only here.
            var size = references.HtmlLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PostTooLarge, LocationInfo.StartOf(post.FullPath), "The HTML this body renders to, with its files' URLs,", size, "four times BlogMaxPostSize"));
            return post with { Model = null, Diagnostics = post.Diagnostics.Concat(diagnostics).ToEquatableArray() };
        }

        var linked = model with
        {
            Html = html,
            ExcerptHtml = excerptHtml,
            AssetReferences = null,
            Assets = used,
            Image = image,
            Data = data,
        };
        return post with { Model = linked, Diagnostics = post.Diagnostics.Concat(diagnostics).ToEquatableArray() };
    }

    /// <summary>The file a reference may use, reporting a missing or unusable one; a site-absolute path that names no file is left unreported.</summary>
    private static AssetFile? Check(AssetReference reference, AssetFile? file, PostWithFiles input, List<DiagnosticInfo> diagnostics)
    {
        if (!input.Known)
        {
            return null;
        }

        if (file is null)
        {
            if (!reference.SiteAbsolute && reference.Location is { } at)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AssetMissing, at, input.Severity, reference.Url, reference.Path));
            }

            return null;
        }

        if (file.Problem is not { } problem)
        {
            return file;
        }

        var colon = problem.IndexOf(':');
        var kind = colon < 0 ? string.Empty : problem.Substring(0, colon);
        if (reference.Location is { } location)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AssetUnusable, location, input.Severity, file.RelativePath, problem.Substring(colon + 1)));
        }

        // An image whose size cannot be read is still served; a file outside the project is not.
        return kind == "image" ? file with { Width = 0, Height = 0 } : null;
    }
}
