using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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

    /// <summary>Adds the headers to every response, including 404s and 304s.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
}
