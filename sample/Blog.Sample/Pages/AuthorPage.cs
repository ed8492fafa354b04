using System;
using System.Collections.Generic;
using Blog.Sample.Content;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>An author's page (bio, links and posts) and the list of every author.</summary>
public static class AuthorPage
{
    /// <summary>Writes one author's page. The bio is the author file's body, compiled to UTF-8 HTML at build time.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="author">The author.</param>
    /// <param name="posts">The author's posts, newest first.</param>
    public static void Write(HtmlWriter html, SiteInfo site, Author author, IReadOnlyList<Post> posts) =>
        Layout.Page(html, site, new PageMeta(author.Name, "Posts by " + author.Name + " on " + site.Title + ".", Urls.Author(author)), html =>
        {
            html.Raw("<article class=\"author\">\n<header class=\"author-header\">\n<h1>").Text(author.Name).Raw("</h1>\n");
            if (author.Role is { Length: > 0 } role)
            {
                html.Raw("<p class=\"role\">").Text(role).Raw("</p>\n");
            }

            html.Raw("</header>\n<div class=\"author-bio\">\n").Raw(author.HtmlUtf8).Raw("</div>\n");
            Links(html, author);
            html.Raw("</article>\n<section class=\"author-posts\" aria-labelledby=\"posts-title\">\n<h2 id=\"posts-title\">Posts by ").Text(author.Name).Raw("</h2>\n");
            if (posts.Count == 0)
            {
                html.Raw("<p class=\"count\">No posts yet.</p>\n");
            }
            else
            {
                PostList.Write(html, posts);
            }

            html.Raw("</section>\n<p>").Link(Urls.Authors, "← All authors").Raw("</p>\n");
        });

    /// <summary>Writes the list of every author, with their role and number of posts.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="site">The site.</param>
    /// <param name="authors">The authors, in the order to show them.</param>
    /// <param name="postsBy">The posts of one author.</param>
    public static void WriteIndex(HtmlWriter html, SiteInfo site, IReadOnlyList<Author> authors, Func<Author, IReadOnlyList<Post>> postsBy) =>
        Layout.Page(html, site, new PageMeta("Authors", "Who writes " + site.Title + ".", Urls.Authors), html =>
        {
            html.Raw("<h1>Authors</h1>\n<ul class=\"author-index\">\n");
            foreach (var author in authors)
            {
                var count = postsBy(author).Count;
                html.Raw("<li>").Link(Urls.Author(author), author.Name);
                if (author.Role is { Length: > 0 } role)
                {
                    html.Raw(" <span class=\"role\">").Text(role).Raw("</span>");
                }

                html.Raw(" <span class=\"count\">").Number(count).Raw(count == 1 ? " post" : " posts").Raw("</span></li>\n");
            }

            html.Raw("</ul>\n");
        });

    /// <summary>A link an author gives is shown only if it is an absolute http or https URL.</summary>
    /// <remarks>
    /// A <see cref="Uri"/> property accepts any URI the YAML holds, relative or with any scheme, <c>javascript:</c>
    /// included; encoding the attribute does not make such a link safe, so it is left out instead.
    /// </remarks>
    /// <param name="uri">The URI from front matter.</param>
    /// <returns>True for a web link.</returns>
    public static bool IsWebLink(Uri? uri) => uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Links(HtmlWriter html, Author author)
    {
        var website = IsWebLink(author.Website) ? author.Website : null;
        var mastodon = IsWebLink(author.Mastodon) ? author.Mastodon : null;
        if (website is null && mastodon is null)
        {
            return;
        }

        // rel="me" tells Mastodon (and IndieWeb tools) that this page and the profile belong to one person.
        html.Raw("<ul class=\"author-links\">");
        if (website is not null)
        {
            html.Raw("<li>").Link(website.AbsoluteUri, website.Host, " rel=\"me\"").Raw("</li>");
        }

        if (mastodon is not null)
        {
            html.Raw("<li>").Link(mastodon.AbsoluteUri, "Mastodon", " rel=\"me\"").Raw("</li>");
        }

        html.Raw("</ul>\n");
    }
}
