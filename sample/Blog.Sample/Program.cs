using System;
using Blog.Sample.Export;
using Blog.Sample.Serving;
using Blog.Sample.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

// `dotnet run -- export <dir>` writes the site as static files; anything else serves it.
if (args is ["export", var directory, ..])
{
    // The same sources the server reads SiteUrl from, so an export and a server agree on absolute links.
    var configuration = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddEnvironmentVariables().AddCommandLine(args[2..]).Build();

    // The app, built and never run, knows where the posts' files are: the project's folders, or a published wwwroot.
    await using var app = BlogApp.Create(args[2..]);
    var site = new SiteContent(SiteInfo.From(configuration[SiteInfo.BaseUrlKey]), Blog.Sample.Posts.PublishedAsOf(DateTimeOffset.UtcNow));
    var count = StaticExporter.Export(site, directory, app.Environment.WebRootFileProvider);
    Console.WriteLine($"Exported {count} files to {System.IO.Path.GetFullPath(directory)}");
    return 0;
}

if (args is ["export"])
{
    Console.Error.WriteLine("usage: Blog.Sample export <dir> [--SiteUrl https://blog.example.org]");
    return 2;
}

BlogApp.Create(args).Run();
return 0;

/// <summary>The app's entry point; public so tests can host it.</summary>
public partial class Program;
