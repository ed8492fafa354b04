using System.Threading.Tasks;
using Blog.Sample.Caching;
using Blog.Sample.Site;
using Microsoft.AspNetCore.Http;

namespace Blog.Sample.Serving;

/// <summary>Sends a resource: headers, a 304 when the client's copy is current, else the body.</summary>
public static class ResourceResponder
{
    /// <summary>Sends a resource with 200, or the 404 page when there is none.</summary>
    /// <param name="context">The request.</param>
    /// <param name="site">The site, for its 404 page.</param>
    /// <param name="resource">The resource found for the URL, if any.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task Send(HttpContext context, SiteContent site, Resource? resource) =>
        resource is null ? Send(context, site.NotFound, StatusCodes.Status404NotFound) : Send(context, resource, StatusCodes.Status200OK);

    private static Task Send(HttpContext context, Resource resource, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = resource.ContentType;
        response.Headers.CacheControl = resource.CacheControl;
        if (status == StatusCodes.Status200OK)
        {
            var entityTag = RepresentationTag.For(context, resource.ETag);
            response.Headers.ETag = entityTag;
            if (ConditionalRequest.IsNotModified(context.Request.Headers.IfNoneMatch, entityTag))
            {
                // RFC 9110 15.4.5: a 304 repeats ETag and Cache-Control and has no body.
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return Task.CompletedTask;
            }
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        // Synchronous writes into the response pipe's own buffers; one flush sends them.
        resource.WriteTo(response.BodyWriter);
        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }
}
