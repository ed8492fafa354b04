using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Diagnostics.CodeAnalysis;
using Blog.Sample.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Sample.Serving;

/// <summary>Builds the web app: the slim host, compression, security headers and the routes.</summary>
public static class BlogApp
{
    /// <summary>Creates the app, ready to run.</summary>
    /// <param name="args">Command-line arguments, such as <c>--urls</c> and <c>--SiteUrl</c>.</param>
    /// <returns>The app.</returns>
    public static WebApplication Create(string[] args)
    {
        // The slim builder leaves out what the blog does not use (HTTPS redirection, IIS, regex routes), which
        // keeps the native binary small. But dotnet watch adds its browser refresh (the script that reloads the page
        // after an edit) through a hosting startup, which only the full builder runs: under dotnet watch the app
        // takes that one. A native binary never runs under dotnet watch, and the trimmer drops the branch from it
        // (FullBuilderAllowed).
        var underDotnetWatch = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SecurityHeaders.BrowserRefreshEndpointsVariable));
        var builder = Builder(args, underDotnetWatch);
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: responses hold no secrets for BREACH to extract.
            options.EnableForHttps = true;
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        var app = builder.Build();
        // Posts dated in the future stay hidden until the app starts (or takes a hot-reload edit) after their date: the
        // pages are built once, with strong ETags. Posts.All would list them already.
        var info = SiteInfo.From(app.Configuration[SiteInfo.BaseUrlKey]);
        var site = new LiveSite(() => new SiteContent(info, Posts.PublishedAsOf(System.DateTimeOffset.UtcNow)));
        if (!underDotnetWatch)
        {
            // The refresh script is written into each page as it goes out, which a compressed page does not allow.
            app.UseResponseCompression();
        }

        app.UseSecurityHeaders(SecurityHeaders.PolicyFor(app.Environment, app.Configuration));

        // The posts' images: static web assets the package defines from the Posts folder, at the fingerprinted URLs
        // the generated HTML holds, with ETags, a year's caching and build-time compression.
        app.MapStaticAssets();
        MapRoutes(app, site, underDotnetWatch ? NewPostFiles.ForWatchedProject() : null);
        return app;
    }

    /// <summary>
    /// Whether the app may take the full builder under <c>dotnet watch</c>: a feature switch the project turns off when
    /// it publishes with NativeAOT, so that the trimmer drops the full builder (6 MB of the binary) from it.
    /// </summary>
    [FeatureSwitchDefinition(FullBuilderSwitch)]
    private static bool FullBuilderAllowed => !AppContext.TryGetSwitch(FullBuilderSwitch, out var allowed) || allowed;

    private const string FullBuilderSwitch = "Blog.Sample.FullBuilderUnderDotnetWatch";

    private static WebApplicationBuilder Builder(string[] args, bool underDotnetWatch)
    {
        // The application's name is the sample's even when a test host starts it: static web assets are found by it. A
        // published app (no build's static web assets manifest beside it, a wwwroot instead) serves the posts' images from
        // its own wwwroot wherever it is started from, not from the current folder's.
        var name = typeof(BlogApp).Assembly.GetName().Name!;
        var published = !File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".staticwebassets.runtime.json")) &&
            Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        var options = new WebApplicationOptions { Args = args, ApplicationName = name, ContentRootPath = published ? AppContext.BaseDirectory : null };

        // The switch alone in its own `if`: the AOT compiler drops the branch for that form, not for `a && b`.
        if (FullBuilderAllowed)
        {
            if (underDotnetWatch)
            {
                return WebApplication.CreateBuilder(options);
            }
        }

        // The slim builder does not read the static web assets manifest of a build (dotnet/aspnetcore#58986), so
        // app.MapStaticAssets() would find the posts' images nowhere under dotnet run; asked for here. A published
        // app has no such manifest, and its images are in wwwroot.
        var builder = WebApplication.CreateSlimBuilder(options);
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>Maps every route of the site. Handlers are plain request delegates: nothing to bind by reflection.</summary>
    /// <param name="routes">The app.</param>
    /// <param name="site">The site; each request reads its current pages, so a hot-reload edit shows on the next one.</param>
    /// <param name="newFiles">Under dotnet watch, files added beside the posts since the app started (<see cref="NewPostFiles"/>).</param>
    internal static void MapRoutes(IEndpointRouteBuilder routes, LiveSite site, NewPostFiles? newFiles = null)
    {
        Map(routes, "/", (site, _) => site.Home(1));
        Map(routes, "/page/{page}", (site, values) => site.Page(Value(values, "page")));
        Map(routes, "/posts/{slug}", (site, values) => site.Post(Value(values, "slug")));
        Map(routes, Urls.Tags, (site, _) => site.Tags);
        Map(routes, "/tags/{tag}", (site, values) => site.Tag(Value(values, "tag")));
        Map(routes, Urls.Categories, (site, _) => site.Categories);
        Map(routes, "/categories/{category}", (site, values) => site.Category(Value(values, "category")));
        Map(routes, Urls.Archive, (site, _) => site.Archive);
        Map(routes, "/archive/{year}", (site, values) => site.Year(Value(values, "year")));
        Map(routes, Urls.Authors, (site, _) => site.Authors);
        Map(routes, "/authors/{slug}", (site, values) => site.Author(Value(values, "slug")));
        foreach (var page in site.Current.Pages)
        {
            // One literal route per page rather than "/{slug}", which would also catch every unknown path (and answer
            // a POST to one with 405 instead of the 404 page). So a page added under hot reload needs a restart; an
            // edit to a page shows at once.
            Map(routes, Urls.Page(page), (site, _) => site.SitePage(page.Slug));
        }

        Map(routes, Urls.Feed, (site, _) => site.Feed);
        Map(routes, Urls.Sitemap, (site, _) => site.Sitemap);
        Map(routes, Urls.Robots, (site, _) => site.Robots);
        Map(routes, Urls.Stylesheet, (site, _) => site.Asset(Urls.Stylesheet));
        Map(routes, Urls.Favicon, (site, _) => site.Asset(Urls.Favicon));
        routes.MapFallback("{**path}", async context =>
        {
            if (newFiles is null || !await newFiles.TrySend(context))
            {
                await ResourceResponder.Send(context, site.Current, null);
            }
        });

        void Map(IEndpointRouteBuilder routes, string pattern, Func<SiteContent, RouteValueDictionary, Resource?> find) =>
            routes.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], context =>
            {
                var current = site.Current;
                return ResourceResponder.Send(context, current, find(current, context.Request.RouteValues));
            });
    }

    private static string Value(RouteValueDictionary values, string name) => values[name] as string ?? string.Empty;
}
