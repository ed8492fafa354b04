using System;
using System.Buffers;
using System.Security.Cryptography;
using Blog.Sample.Site;

namespace Blog.Sample.Caching;

/// <summary>Strong entity tags from a hash of a resource's bytes.</summary>
public static class EntityTag
{
    /// <summary>
    /// Hashes the resource's body. SHA-256, cut to 128 bits: collisions stay out of reach and the header stays short.
    /// The generator does not yet emit a content hash per post (see the README), so this runs once per resource.
    /// </summary>
    /// <param name="resource">The resource.</param>
    /// <returns>A quoted strong ETag such as <c>"3q2-7w…"</c>.</returns>
    public static string Of(Resource resource)
    {
        var body = new ArrayBufferWriter<byte>();
        resource.WriteTo(body);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body.WrittenSpan, hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }
}
