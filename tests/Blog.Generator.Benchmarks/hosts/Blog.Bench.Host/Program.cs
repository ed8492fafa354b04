using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Blog.Bench;
using Markdig;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using YamlDotNet.RepresentationModel;

// BENCH_MODE: generated (default) serves the generator's bytes; markdig renders the Markdown on every request;
// startup parses and renders every post when the app starts. BENCH_POSTS: the .md folder the baselines read.
var mode = Environment.GetEnvironmentVariable("BENCH_MODE") ?? "generated";
var postsDirectory = Environment.GetEnvironmentVariable("BENCH_POSTS") ?? string.Empty;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

app.MapGet("/", () => mode + " " + Posts.All.Count + " generated posts");

switch (mode)
{
    case "generated":
        app.MapGet("/posts/{slug}", (string slug, HttpContext context) =>
            Posts.FindBySlug(slug) is { } post ? Write(context, post.HtmlUtf8) : NotFound(context));
        break;

    case "markdig":
        var pipeline = new MarkdownPipelineBuilder().Configure("advanced").Build();
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slug, text) in Read(postsDirectory))
        {
            bodies[slug] = Split(text).Body;
        }

        app.MapGet("/posts/{slug}", (string slug, HttpContext context) =>
            bodies.TryGetValue(slug, out var body) ? Write(context, Encoding.UTF8.GetBytes(Markdown.ToHtml(body, pipeline))) : NotFound(context));
        break;

    case "startup":
        var startupPipeline = new MarkdownPipelineBuilder().Configure("advanced").Build();
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (slug, text) in Read(postsDirectory))
        {
            var (yaml, body) = Split(text);
            new YamlStream().Load(new StringReader(yaml));
            pages[slug] = Encoding.UTF8.GetBytes(Markdown.ToHtml(body, startupPipeline));
        }

        app.MapGet("/posts/{slug}", (string slug, HttpContext context) =>
            pages.TryGetValue(slug, out var page) ? Write(context, page) : NotFound(context));
        break;

    default:
        throw new ArgumentException("BENCH_MODE must be generated, markdig or startup, not " + mode);
}

app.Run();

static Task Write(HttpContext context, ReadOnlySpan<byte> html)
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = html.Length;
    context.Response.BodyWriter.Write(html);
    return context.Response.BodyWriter.FlushAsync().AsTask();
}

static Task NotFound(HttpContext context)
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}

// Slug as the generator makes it: the file name less its Jekyll date prefix and extension.
static IEnumerable<(string Slug, string Text)> Read(string directory)
{
    foreach (var path in Directory.GetFiles(directory, "*.md"))
    {
        var name = Path.GetFileNameWithoutExtension(path);
        yield return (name.Length > 11 && name[4] == '-' && name[10] == '-' ? name.Substring(11) : name, File.ReadAllText(path));
    }
}

static (string Yaml, string Body) Split(string text)
{
    var start = text.IndexOf('\n') + 1;
    var end = text.IndexOf("\n---", start, StringComparison.Ordinal);
    return (text.Substring(start, end - start + 1), text.Substring(text.IndexOf('\n', end + 1) + 1));
}
