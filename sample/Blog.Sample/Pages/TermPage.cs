using System;
using System.Collections.Generic;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>The posts with one tag or in one category, and the lists of all tags and categories.</summary>
public static class TermPage
{
    /// <summary>Writes the posts filed under one term.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="kind">"Tag" or "Category", shown before the term.</param>
    /// <param name="term">The tag or category as written in front matter.</param>
    /// <param name="path">The page's path.</param>
    /// <param name="posts">The posts, newest first.</param>
    public static void Write(HtmlWriter html, SiteInfo site, string kind, string term, string path, IReadOnlyList<Post> posts)
    {
        var title = kind + ": " + term;
        var description = posts.Count == 1 ? "One post filed under “" + term + "”." : posts.Count + " posts filed under “" + term + "”.";
        Layout.Page(html, site, new PageMeta(title, description, path), html =>
        {
            html.Raw("<h1><span class=\"kind\">").Text(kind).Raw("</span> ").Text(term).Raw("</h1>\n<p class=\"count\">").Text(description).Raw("</p>\n");
            PostList.Write(html, posts);
        });
    }

    /// <summary>Writes the list of every tag or every category, each with its number of posts.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="title">"Tags" or "Categories".</param>
    /// <param name="path">The page's path.</param>
    /// <param name="terms">The terms, in the order to show them.</param>
    /// <param name="postsOf">The posts of one term.</param>
    /// <param name="url">The page of one term.</param>
    public static void WriteIndex(HtmlWriter html, SiteInfo site, string title, string path, IReadOnlyList<string> terms, Func<string, IReadOnlyList<Post>> postsOf, Func<string, string> url)
    {
        Layout.Page(html, site, new PageMeta(title, "Every " + title.ToLowerInvariant() + " on " + site.Title + ".", path), html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1>\n<ul class=\"term-index\">\n");
            foreach (var term in terms)
            {
                html.Raw("<li>").Link(url(term), term).Raw(" <span class=\"count\">").Number(postsOf(term).Count).Raw("</span></li>\n");
            }

            html.Raw("</ul>\n");
        });
    }
}
