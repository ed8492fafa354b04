using System;
using System.Collections.Generic;

namespace Blog.Sample.Pages;

/// <summary>What a page tells search engines and link previews through its <c>&lt;head&gt;</c>.</summary>
/// <param name="Title">The page title, without the site name.</param>
/// <param name="Description">The meta description and Open Graph description; a post's excerpt.</param>
/// <param name="Path">The page's path, for the canonical link and <c>og:url</c>.</param>
public sealed record PageMeta(string Title, string Description, string Path)
{
    /// <summary>The post shown, if the page is an article; adds <c>og:type</c> article and its dates and tags.</summary>
    public Post? Article { get; init; }

    /// <summary>Whether search engines should skip the page (the 404 page).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The Open Graph <c>article:</c> properties of <see cref="Article"/>.</summary>
    /// <returns>Pairs of property and content.</returns>
    public IEnumerable<(string Property, string Content)> ArticleProperties()
    {
        if (Article is null)
        {
            yield break;
        }

        yield return ("article:published_time", Article.Date.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        if (Article.LastModifiedAt is { } modified)
        {
            yield return ("article:modified_time", modified.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var category in Article.Categories)
        {
            yield return ("article:section", category);
        }

        foreach (var tag in Article.Tags)
        {
            yield return ("article:tag", tag);
        }
    }

    /// <summary>Shortens a description to what previews show, at a word boundary.</summary>
    /// <param name="text">The text.</param>
    /// <returns>At most about 200 characters.</returns>
    public static string Shorten(string text)
    {
        const int Limit = 200;
        if (text.Length <= Limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Limit);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : Limit), "…");
    }
}
