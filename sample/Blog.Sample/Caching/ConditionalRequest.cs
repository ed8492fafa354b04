using System;
using Microsoft.Extensions.Primitives;

namespace Blog.Sample.Caching;

/// <summary>Evaluates <c>If-None-Match</c> (RFC 9110, section 13.1.2).</summary>
public static class ConditionalRequest
{
    /// <summary>
    /// Whether the client's copy is current. If-None-Match uses the weak comparison, so <c>W/"x"</c> matches
    /// <c>"x"</c>; <c>*</c> matches any current representation.
    /// </summary>
    /// <param name="ifNoneMatch">The request's If-None-Match values (a header may repeat or hold a list).</param>
    /// <param name="entityTag">The resource's quoted ETag.</param>
    /// <returns><see langword="true"/> when the server should answer 304 Not Modified.</returns>
    public static bool IsNotModified(StringValues ifNoneMatch, string entityTag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (candidate == "*" || string.Equals(candidate, entityTag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
