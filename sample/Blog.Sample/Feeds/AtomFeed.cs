using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel.Syndication;
using Blog.Sample.Site;

namespace Blog.Sample.Feeds;

/// <summary>The Atom 1.0 feed, built with System.ServiceModel.Syndication so it is well-formed by construction.</summary>
public static class AtomFeed
{
    /// <summary>How many of the newest posts the feed carries; readers poll it, so it stays small.</summary>
    public const int Size = 20;

    /// <summary>Builds the feed document.</summary>
    /// <param name="site">The site.</param>
    /// <param name="posts">Every post, newest first.</param>
    /// <returns>The feed as UTF-8 XML.</returns>
    public static byte[] Build(SiteInfo site, IReadOnlyList<Post> posts)
    {
        var entries = posts.Take(Size).Select(post => Entry(site, post)).ToList();
        var feed = new SyndicationFeed(site.Title, site.Description, new Uri(site.Absolute(Urls.Home)), site.Absolute(Urls.Feed), Updated(posts))
        {
            Items = entries,
            Generator = "Blog.Generator sample",
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Author });
        feed.Links.Add(new SyndicationLink(new Uri(site.Absolute(Urls.Feed)), "self", site.Title, "application/atom+xml", 0));
        return XmlOutput.Write(writer => new Atom10FeedFormatter(feed).WriteTo(writer));
    }

    private static SyndicationItem Entry(SiteInfo site, Post post)
    {
        var url = new Uri(site.Absolute(Urls.Post(post)));
        // A post's text may hold characters XML cannot (the generator accepts any text): they are left out here.
        var item = new SyndicationItem(XmlOutput.Text(post.Title), SyndicationContent.CreateHtmlContent(XmlOutput.Text(post.Html)), url, url.AbsoluteUri, post.LastModifiedAt ?? post.Date)
        {
            PublishDate = post.Date,
        };
        if (post.Data.Author is { } author)
        {
            item.Authors.Add(new SyndicationPerson { Name = XmlOutput.Text(author.Name), Uri = site.Absolute(Urls.Author(author)) });
        }

        if (post.Excerpt is { Length: > 0 } excerpt)
        {
            item.Summary = new TextSyndicationContent(XmlOutput.Text(excerpt));
        }

        foreach (var term in post.Categories.Concat(post.Tags).Distinct(StringComparer.Ordinal))
        {
            item.Categories.Add(new SyndicationCategory(XmlOutput.Text(term)));
        }

        return item;
    }

    // The newest change to any post, so the feed's date is a fact about the content, not about when it was served.
    private static DateTimeOffset Updated(IReadOnlyList<Post> posts) =>
        posts.Count == 0 ? DateTimeOffset.UnixEpoch : posts.Max(p => p.LastModifiedAt ?? p.Date);
}
