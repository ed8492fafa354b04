using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Blog.Generator.Jekyll.Liquid;
using Blog.Generator.Models;
using Blog.Generator.Rendering;
using Blog.Generator.Rendering.Kramdown;

namespace Blog.Generator.Jekyll;

/// <summary>What a post's Liquid knows of the post itself, as Jekyll's <c>page</c> gives it.</summary>
/// <param name="RelativePath">The file, relative to the project (Jekyll's <c>page.path</c>).</param>
/// <param name="Title">The title, read or taken from the file name.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Date">The date.</param>
/// <param name="Url">The post's URL (<c>BlogPostUrlPattern</c>).</param>
/// <param name="Categories">Its categories.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="FrontMatter">Every front-matter key, as written.</param>
/// <param name="RenderLiquid">False when the front matter says <c>render_with_liquid: false</c>.</param>
/// <param name="ExcerptSeparator">What ends the excerpt: the post's <c>excerpt_separator</c>, else the site's.</param>
internal sealed record JekyllPage(
    string RelativePath,
    string Title,
    string Slug,
    DateValue Date,
    string Url,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FrontMatterPair> FrontMatter,
    bool RenderLiquid = true,
    string ExcerptSeparator = JekyllSite.DefaultExcerptSeparator);

/// <summary>Builds the <c>page</c> and <c>site</c> variables and the rest of what a post's Liquid runs with.</summary>
internal static class JekyllVariables
{
    /// <summary>Keys of Jekyll's <c>site</c> a build of one post cannot know, and why.</summary>
    private static readonly (string Key, string Reason)[] SiteUnavailable =
    [
        ("posts", "the list of every post is not known while one post renders; list posts in the app from Posts.All"),
        ("pages", "pages are not compiled by Blog.Generator"),
        ("categories", "the posts of each category are not known while one post renders; use Posts.InCategory in the app"),
        ("tags", "the posts of each tag are not known while one post renders; use Posts.WithTag in the app"),
        ("collections", "Jekyll collections are not compiled in Jekyll mode"),
        ("documents", "the list of every document is not known while one post renders"),
        ("html_pages", "pages are not compiled by Blog.Generator"),
        ("static_files", "static files are not given to the compiler"),
        ("related_posts", "related posts are only known once every post is read; use Post.Related in the app"),
        ("time", "the moment of the build would make every build differ"),
    ];

    // Built once per site, not once per post: every post of a build shares the same site.
    private static readonly ConditionalWeakTable<JekyllSite, LiquidHash> SiteVariables = new();
    private static readonly ConditionalWeakTable<JekyllSite, IReadOnlyDictionary<string, LiquidInclude>> SiteIncludes = new();

    /// <summary>Everything the post's Liquid runs with.</summary>
    public static LiquidEnvironment Environment(JekyllPage page, JekyllSite site, LinkTargets links, PostParseOptions options)
    {
        var variables = new LiquidHash
        {
            ["page"] = Page(page),
            ["site"] = SiteVariables.GetValue(site, Site),
        };
        var includes = SiteIncludes.GetValue(site, static site => site.Includes.ToDictionary(include => include.Name, include => new LiquidInclude(include.RelativePath, include.Text), StringComparer.Ordinal));
        var pipeline = MarkdownPipelines.Get(options.MarkdownExtensions, options.AllowRawHtml, options.SyntaxHighlighting, jekyll: true);
        var htmlLimit = BodyRenderer.HtmlLimit(options);
        // markdownify may run on text Liquid built, which the body's render budget never saw: every call's estimated cost
        // counts against BlogMaxRenderCost, so no loop of calls can make Markdig run for minutes.
        var markdownifyCost = 0L;
        string Markdownify(string markdown)
        {
            markdownifyCost += RenderCost.Estimate(markdown).Total;
            if (markdownifyCost > options.MaxRenderCost)
            {
                throw new LiquidFilterException("markdownify: the text given to it costs Markdig more than BlogMaxRenderCost (" + options.MaxRenderCost.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + ") in all");
            }

            // Its HTML goes into the Markdown that is rendered next, and is checked there with the rest of the post.
            return MarkdownRenderer.RenderFragment(markdown, pipeline, options.AllowRawHtml, htmlLimit, []);
        }

        var filters = new LiquidFilterHost(site.SiteUrl, site.BaseUrl, Markdownify, KramdownTypography.Apply);
        return new LiquidEnvironment(
            variables,
            includes,
            // Since Jekyll 4, post_url and link give the URL with the base URL, as relative_url does.
            name => links.TryGetUrlByName(name, out var url) ? LiquidFilters.RelativeUrl(url, site.BaseUrl) : null,
            path => LinkUrl(path, links) is { } url ? LiquidFilters.RelativeUrl(url, site.BaseUrl) : null,
            filters,
            (int)Math.Min(int.MaxValue / 2, 4L * options.MaxPostSize));
    }

    /// <summary>
    /// Jekyll's <c>{% link path %}</c>: a post's URL by its path from the site's root (the project's folder); a path that
    /// is not Markdown is a static file, served at its own path.
    /// </summary>
    private static string? LinkUrl(string path, LinkTargets links)
    {
        var relative = path.TrimStart('/');
        if (links.TryGetUrl(relative, out var url))
        {
            return url;
        }

        return relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ? null : "/" + relative;
    }

    private static LiquidHash Page(JekyllPage page)
    {
        var hash = LiquidValues.ToHash(page.FrontMatter);
        hash["title"] = page.Title;
        hash["slug"] = page.Slug;
        hash["date"] = page.Date.ToDateTimeOffset();
        hash["url"] = page.Url;
        hash["id"] = page.Url;
        hash["path"] = page.RelativePath;
        hash["relative_path"] = page.RelativePath;
        hash["name"] = System.IO.Path.GetFileName(page.RelativePath);
        hash["ext"] = System.IO.Path.GetExtension(page.RelativePath);
        hash["collection"] = "posts";
        hash["draft"] = false;
        hash["categories"] = page.Categories.Cast<object?>().ToList();
        hash["tags"] = page.Tags.Cast<object?>().ToList();
        hash["previous"] = new Unavailable("the previous post is only known once every post is read; use Post.Previous in the app's layout");
        hash["next"] = new Unavailable("the next post is only known once every post is read; use Post.Next in the app's layout");
        hash["content"] = new Unavailable("a post cannot read its own rendered content");
        hash["output"] = new Unavailable("a post cannot read its own rendered page");
        if (!page.FrontMatter.Any(pair => pair.Key == "excerpt"))
        {
            hash["excerpt"] = new Unavailable("the excerpt is cut from the rendered post; use Post.Excerpt in the app");
        }

        return hash;
    }

    private static LiquidHash Site(JekyllSite site)
    {
        var hash = new LiquidHash
        {
            // Jekyll's defaults, for keys _config.yml does not set.
            ["markdown"] = "kramdown",
            ["highlighter"] = "rouge",
        };
        foreach (var pair in site.Config)
        {
            hash[pair.Key] = LiquidValues.From(pair.Value);
        }

        hash["url"] = site.SiteUrl;
        hash["baseurl"] = site.BaseUrl;
        hash["excerpt_separator"] = site.ExcerptSeparator;
        hash["data"] = LiquidValues.ToHash(site.Data);
        foreach (var (key, reason) in SiteUnavailable)
        {
            hash[key] = new Unavailable(reason);
        }

        return hash;
    }
}
