using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Blog.Sample.Serving;

/// <summary>Headers that lock the pages down: the site runs no script and loads nothing from elsewhere.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The policy. No script at all; styles and images from this site only. Inline style attributes are allowed
    /// because Markdig writes table column alignment as <c>style="text-align: …"</c>; nothing else needs them.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The configuration key of the WebSocket end points <c>dotnet watch</c> gives the app for its browser refresh
    /// (the environment variable <c>ASPNETCORE_AUTO_RELOAD_WS_ENDPOINT</c>, comma-separated).
    /// </summary>
    public const string BrowserRefreshEndpointsKey = "AUTO_RELOAD_WS_ENDPOINT";

    /// <summary>The environment variable behind <see cref="BrowserRefreshEndpointsKey"/>, set only by <c>dotnet watch</c>.</summary>
    public const string BrowserRefreshEndpointsVariable = "ASPNETCORE_" + BrowserRefreshEndpointsKey;

    /// <summary>
    /// The policy for this run: <see cref="ContentSecurityPolicy"/>, except in Development under <c>dotnet watch</c>,
    /// where it also lets the page run the refresh script <c>dotnet watch</c> injects (served from this site, at
    /// <c>/_framework/aspnetcore-browser-refresh.js</c>), call back to this site (the script posts to
    /// <c>/_framework/…</c>) and open its WebSocket to the end points <c>dotnet watch</c> named, so an edit reloads the
    /// page. Nothing else is let in, and outside Development the policy never changes.
    /// </summary>
    /// <param name="environment">The app's environment.</param>
    /// <param name="configuration">The app's configuration, which holds the environment's variables.</param>
    /// <returns>The policy to send.</returns>
    public static string PolicyFor(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopment() && BrowserRefreshSources(configuration[BrowserRefreshEndpointsKey]) is { Length: > 0 } sources
            ? ContentSecurityPolicy + "; script-src 'self'; connect-src 'self' " + sources
            : ContentSecurityPolicy;

    /// <summary>Adds the headers to every response, including 404s and 304s.</summary>
    /// <param name="app">The app.</param>
    /// <param name="policy">The Content-Security-Policy to send; see <see cref="PolicyFor"/>.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string policy = ContentSecurityPolicy) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });

    // Only loopback WebSocket origins are taken from the variable, rebuilt from their parts: whatever else it holds
    // never reaches the header.
    private static string BrowserRefreshSources(string? endpoints) =>
        string.Join(' ', (endpoints ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => Uri.TryCreate(e, UriKind.Absolute, out var uri) && uri is { Scheme: "ws" or "wss", IsLoopback: true } ? uri.Scheme + "://" + uri.Authority : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal));
}
