using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Blog.Sample.Caching;

/// <summary>
/// A strong ETag names one exact sequence of bytes, so the brotli, gzip and identity bodies of one page each need
/// their own (RFC 9110, section 8.8.3). The compression middleware leaves ETags alone; this adds the encoding the
/// middleware is about to apply, so a client's If-None-Match is compared with the tag of what it would receive.
/// </summary>
public static class RepresentationTag
{
    /// <summary>The ETag of the representation this request gets.</summary>
    /// <param name="context">The request, with the response's Content-Type already set.</param>
    /// <param name="entityTag">The quoted tag of the uncompressed body.</param>
    /// <remarks>Also sets <c>Vary: Accept-Encoding</c> on responses the middleware may compress.</remarks>
    /// <returns>The tag, with <c>-br</c> or <c>-gzip</c> before the closing quote when the body will be compressed.</returns>
    public static string For(HttpContext context, string entityTag)
    {
        var compression = context.RequestServices.GetService<IResponseCompressionProvider>();
        if (compression is null || !compression.ShouldCompressResponse(context))
        {
            return entityTag;
        }

        // The body depends on Accept-Encoding whether or not this request gets it compressed: caches must know.
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (!compression.CheckRequestAcceptsCompression(context))
        {
            return entityTag;
        }

        return compression.GetCompressionProvider(context) is { } provider
            ? entityTag[..^1] + "-" + provider.EncodingName + "\""
            : entityTag;
    }
}
