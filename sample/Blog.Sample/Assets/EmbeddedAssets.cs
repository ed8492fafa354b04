using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Blog.Sample.Assets;

/// <summary>
/// The stylesheet and icon, embedded in the assembly (see the project file). The resource name is the site path
/// without its slash. The posts' images are static web assets instead (<c>app.MapStaticAssets()</c>).
/// </summary>
public static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;

    /// <summary>Every asset's site path, such as <c>/site.css</c>.</summary>
    public static IReadOnlyList<string> Paths { get; } = Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("assets/", StringComparison.Ordinal))
        .Select(name => "/" + name["assets/".Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Reads an asset.</summary>
    /// <param name="path">The site path.</param>
    /// <returns>The bytes, or <see langword="null"/> when there is no such asset.</returns>
    public static byte[]? Read(string path)
    {
        var name = "assets" + path;
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
