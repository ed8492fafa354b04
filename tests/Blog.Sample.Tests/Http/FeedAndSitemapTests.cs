using System.IO;
using System.Linq;
using System.Net;
using System.ServiceModel.Syndication;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Blog.Sample.Feeds;
using Xunit;

namespace Blog.Sample.Tests.Http;

[Collection(SampleAppCollection.Name)]
public sealed class FeedAndSitemapTests(SampleApp app)
{
    [Fact]
    public async Task Feed_parses_back_as_Atom_with_every_post_newest_first()
    {
        await using var stream = await app.Raw().GetStreamAsync("/feed.xml");
        using var reader = XmlReader.Create(stream);
        var formatter = new Atom10FeedFormatter();

        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        Assert.Equal("Notes from the Lab", feed.Title.Text);
        Assert.Equal("http://localhost:5000/feed.xml", feed.Id);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "http://localhost:5000/feed.xml");
        Assert.Equal(Posts.All.Select(p => p.Title), feed.Items.Select(i => i.Title.Text));
        var seed = feed.Items.Single(i => i.Id == "http://localhost:5000/posts/reflections-from-icml-2024");
        Assert.Equal(Posts.ReflectionsFromIcml2024.Excerpt, seed.Summary.Text);
        Assert.Equal(Posts.ReflectionsFromIcml2024.Html, ((TextSyndicationContent)seed.Content).Text);
        Assert.Equal(Posts.ReflectionsFromIcml2024.Date, seed.PublishDate);
        Assert.Contains(seed.Categories, c => c.Name == "machine learning");
        Assert.Equal("Sample Author", feed.Authors.Single().Name);
        var author = seed.Authors.Single();
        Assert.Equal("Maren Holt", author.Name);
        Assert.Equal("http://localhost:5000/authors/maren-holt", author.Uri);
        Assert.All(feed.Items, item => Assert.Single(item.Authors));
    }

    [Fact]
    public async Task Sitemap_is_valid_XML_listing_every_page_and_each_one_is_served()
    {
        var client = app.Raw();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = Sitemap.Namespace;

        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal(ns + "urlset", sitemap.Root.Name);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains("http://localhost:5000/", locations);
        Assert.All(Posts.All, p => Assert.Contains("http://localhost:5000/posts/" + p.Slug, locations));
        Assert.Contains("http://localhost:5000/authors", locations);
        Assert.All(Blog.Sample.Content.Authors.All, a => Assert.Contains("http://localhost:5000/authors/" + a.Slug, locations));
        Assert.All(Blog.Sample.Content.SitePages.All, p => Assert.Contains("http://localhost:5000/" + p.Slug, locations));
        Assert.Contains("http://localhost:5000/contributing", locations);
        foreach (var location in locations)
        {
            using var response = await client.GetAsync(location.Replace("http://localhost:5000", string.Empty, System.StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.OK, location);
        }

        var seed = sitemap.Root.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value.EndsWith("/posts/reflections-from-icml-2024", System.StringComparison.Ordinal));
        Assert.Equal("2024-06-10", seed.Element(ns + "lastmod")!.Value);
        var about = sitemap.Root.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "http://localhost:5000/about");
        Assert.Equal("2026-11-28", about.Element(ns + "lastmod")!.Value);
    }

    [Fact]
    public async Task Every_image_a_post_links_to_is_served()
    {
        var client = app.Raw();
        var html = await client.GetStringAsync("/posts/reading-loss-curves");
        var images = System.Text.RegularExpressions.Regex.Matches(html, "<img src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(3, images.Count);
        foreach (var image in images)
        {
            // Resolved the way a browser resolves it against /posts/reading-loss-curves.
            var path = new System.Uri(new System.Uri("http://localhost/posts/reading-loss-curves"), image).AbsolutePath;
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        }
    }
}
