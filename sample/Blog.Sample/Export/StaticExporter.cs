using System;
using System.Buffers;
using System.IO;
using Blog.Sample.Pages;
using Blog.Sample.Site;

namespace Blog.Sample.Export;

/// <summary>
/// Writes the whole site as static files, through the same <see cref="Resource.WriteTo"/> the server uses, so each
/// file is byte for byte what the server sends for its path (before any compression).
/// </summary>
public static class StaticExporter
{
    /// <summary>Exports every page, feed and asset, and <c>404.html</c>.</summary>
    /// <param name="site">The site.</param>
    /// <param name="directory">The output folder; created if missing. Files already there are overwritten, others kept.</param>
    /// <returns>The number of files written.</returns>
    public static int Export(SiteContent site, string directory)
    {
        var root = Path.GetFullPath(directory);
        var count = 0;
        foreach (var (path, resource) in site.All())
        {
            Write(root, FileFor(path), resource);
            count++;
        }

        Write(root, FileFor(NotFoundPage.Path), site.NotFound);
        return count + 1;
    }

    /// <summary>
    /// The file a path is exported to. <c>/</c> becomes <c>index.html</c>; a path whose last segment has no
    /// extension gets <c>.html</c> (<c>/posts/x</c> becomes <c>posts/x.html</c>), which static hosts such as GitHub
    /// Pages, Netlify and Cloudflare Pages serve for <c>/posts/x</c>; other paths keep their name.
    /// </summary>
    /// <param name="path">The site path.</param>
    /// <returns>The relative file path, with forward slashes.</returns>
    public static string FileFor(string path)
    {
        if (path == Urls.Home)
        {
            return "index.html";
        }

        var relative = path.TrimStart('/');
        return Path.HasExtension(relative) ? relative : relative + ".html";
    }

    private static void Write(string root, string relative, Resource resource)
    {
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Refusing to write outside the export folder: " + relative);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var buffer = new ArrayBufferWriter<byte>();
        resource.WriteTo(buffer);
        File.WriteAllBytes(file, buffer.WrittenSpan.ToArray());
    }
}
