using System;
using System.Buffers;
using Blog.Sample.Caching;

namespace Blog.Sample.Site;

/// <summary>
/// One thing the site serves at one path: how to write its bytes, and the headers that go with them.
/// The server and the static export write the same resource through <see cref="WriteTo"/>, which is what
/// makes an exported file byte-for-byte what the server sends.
/// </summary>
public sealed class Resource
{
    private readonly Action<IBufferWriter<byte>> write;
    private string? entityTag;

    /// <summary>Creates a resource.</summary>
    /// <param name="contentType">The Content-Type header, with a charset for text.</param>
    /// <param name="cacheControl">The Cache-Control header.</param>
    /// <param name="write">Writes the body. Must write the same bytes every time: the ETag depends on it.</param>
    public Resource(string contentType, string cacheControl, Action<IBufferWriter<byte>> write)
    {
        ContentType = contentType;
        CacheControl = cacheControl;
        this.write = write;
    }

    /// <summary>The Content-Type header.</summary>
    public string ContentType { get; }

    /// <summary>The Cache-Control header.</summary>
    public string CacheControl { get; }

    /// <summary>
    /// The strong ETag: a hash of the body. The content is compiled into the app, so the body never changes
    /// while it runs; the hash is computed on first use and kept.
    /// </summary>
    public string ETag => entityTag ??= EntityTag.Of(this);

    /// <summary>Writes the body.</summary>
    /// <param name="output">Where to write: a response's <c>BodyWriter</c>, a file buffer, or a hash.</param>
    public void WriteTo(IBufferWriter<byte> output) => write(output);

    /// <summary>The body as an array, for tests and the export.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray()
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
