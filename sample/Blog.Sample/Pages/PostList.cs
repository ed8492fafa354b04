using System.Collections.Generic;
using Blog.Sample.Content;
using Blog.Sample.Site;

namespace Blog.Sample.Pages;

/// <summary>The list of post summaries shared by the home, tag, category and archive pages.</summary>
public static class PostList
{
    /// <summary>Writes one card per post: title, date, reading time, excerpt and tags.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="posts">The posts, in the order to show them.</param>
    public static void Write(HtmlWriter html, IEnumerable<Post> posts)
    {
        html.Raw("<ol class=\"post-list\">\n");
        foreach (var post in posts)
        {
            html.Raw("<li>\n<article>\n<h2>").Link(Urls.Post(post), post.Title).Raw("</h2>\n");
            Byline(html, post);
            if (post.Excerpt is { Length: > 0 } excerpt)
            {
                html.Raw("<p class=\"excerpt\">").Text(excerpt).Raw("</p>\n");
            }

            Terms(html, "Tags", post.Tags, Urls.Tag);
            html.Raw("</article>\n</li>\n");
        }

        html.Raw("</ol>\n");
    }

    /// <summary>Writes the author, date, reading time and difficulty, from the post and its typed <see cref="Post.Data"/>.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="post">The post.</param>
    public static void Byline(HtmlWriter html, Post post)
    {
        html.Raw("<p class=\"byline\">");
        if (post.Data.Author is { } author)
        {
            html.Raw("By ").Link(Urls.Author(author), author.Name, " rel=\"author\"").Raw(" · ");
        }

        html.Date(post.Date).Raw(" · ").Number((int)post.ReadingTime.TotalMinutes).Raw(" min read");
        if (post.Data.Difficulty is { } difficulty)
        {
            html.Raw(" · <span class=\"difficulty\">").Raw(Label(difficulty)).Raw("</span>");
        }

        html.Raw("</p>\n");
    }

    /// <summary>How a difficulty reads in a byline.</summary>
    /// <param name="difficulty">The post's difficulty.</param>
    /// <returns>The label.</returns>
    public static string Label(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Beginner => "Beginner",
        Difficulty.Intermediate => "Intermediate",
        _ => "Advanced",
    };

    /// <summary>Writes a labelled list of tag or category links, or nothing when there are none.</summary>
    /// <param name="html">The writer.</param>
    /// <param name="label">"Tags" or "Categories".</param>
    /// <param name="terms">The terms.</param>
    /// <param name="url">The page of one term.</param>
    public static void Terms(HtmlWriter html, string label, IReadOnlyList<string> terms, System.Func<string, string> url)
    {
        if (terms.Count == 0)
        {
            return;
        }

        html.Raw("<ul class=\"terms\" aria-label=\"").Raw(label).Raw("\">");
        foreach (var term in terms)
        {
            html.Raw("<li>").Link(url(term), term).Raw("</li>");
        }

        html.Raw("</ul>\n");
    }
}
