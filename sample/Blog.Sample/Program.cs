using System;
using System.Net;
using System.Text;
using Blog.Sample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();

app.MapGet("/", () => Results.Content(Pages.Home(), "text/html; charset=utf-8"));

app.MapGet("/posts/{slug}", async (string slug, HttpContext context) =>
{
    if (Posts.FindBySlug(slug) is not { } post)
    {
        return Results.NotFound();
    }

    context.Response.ContentType = "text/html; charset=utf-8";
    await context.Response.WriteAsync(Pages.PostHeader(post));
    await context.Response.Body.WriteAsync(post.HtmlUtf8.ToArray());
    await context.Response.WriteAsync(Pages.PostFooter());
    return Results.Empty;
});

app.Run();

/// <summary>The app's entry point; public so tests can host it.</summary>
public partial class Program;
