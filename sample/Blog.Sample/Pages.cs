using System.Globalization;
using System.Net;
using System.Text;

namespace Blog.Sample;

/// <summary>The sample's HTML around the generated posts. Every front-matter value is HTML-encoded.</summary>
internal static class Pages
{
    public static string Home()
    {
        var html = new StringBuilder(Layout.Start("Blog"));
        html.Append("<h1>Blog</h1>\n<ul class=\"posts\">\n");
        foreach (var post in Posts.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/posts/{WebUtility.HtmlEncode(post.Slug)}\">{WebUtility.HtmlEncode(post.Title)}</a> <time datetime=\"{post.Date:yyyy-MM-dd}\">{post.Date:yyyy-MM-dd}</time></li>\n");
        }

        return html.Append("</ul>\n").Append(Layout.End).ToString();
    }

    public static string PostHeader(Post post) =>
        Layout.Start(post.Title) +
        $"<article>\n<h1>{WebUtility.HtmlEncode(post.Title)}</h1>\n<p><time datetime=\"{post.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{post.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time></p>\n";

    public static string PostFooter() => "</article>\n<p><a href=\"/\">All posts</a></p>\n" + Layout.End;
}

/// <summary>The page shell.</summary>
internal static class Layout
{
    public const string End = "</main>\n</body>\n</html>\n";

    public static string Start(string title) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{WebUtility.HtmlEncode(title)}</title>\n</head>\n<body>\n<main>\n";
}
