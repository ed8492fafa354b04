using System;
using System.Buffers;
using System.IO;
using System.Linq;
using Blog.Sample.Pages;
using Blog.Sample.Site;
using Microsoft.Extensions.FileProviders;

namespace Blog.Sample.Export;

/// <summary>
/// Writes the whole site as static files, through the same <see cref="Resource.WriteTo"/> the server uses, so each
/// file is byte for byte what the server sends for its path (before any compression).
/// </summary>
public static class StaticExporter
{
    /// <summary>Exports every page, feed and asset, each post's images and files, and <c>404.html</c>.</summary>
    /// <param name="site">The site.</param>
    /// <param name="directory">The output folder; created if missing. Files already there are overwritten, others kept.</param>
    /// <param name="webRoot">
    /// Where the posts' files are: the app's web root, which in a build maps the static web assets to the project's
    /// folders and in a published app is its wwwroot.
    /// </param>
    /// <returns>The number of files written.</returns>
    public static int Export(SiteContent site, string directory, IFileProvider webRoot)
    {
        var root = Path.GetFullPath(directory);
        var count = 0;
        foreach (var (path, resource) in site.All())
        {
            Write(root, FileFor(path), resource);
            count++;
        }

        // Each post's files at the fingerprinted URL its HTML uses: a static host serves them as they are.
        foreach (var asset in site.Posts.SelectMany(post => post.Assets).Distinct())
        {
            var file = webRoot.GetFileInfo(asset.Path);
            if (!file.Exists)
            {
                throw new InvalidOperationException("The post file " + asset.Path + " is not in the web root.");
            }

            using var stream = file.CreateReadStream();
            WriteFile(root, Uri.UnescapeDataString(asset.Url.TrimStart('/')), stream);
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
        var buffer = new ArrayBufferWriter<byte>();
        resource.WriteTo(buffer);
        File.WriteAllBytes(Target(root, relative), buffer.WrittenSpan.ToArray());
    }

    private static void WriteFile(string root, string relative, Stream content)
    {
        using var file = File.Create(Target(root, relative));
        content.CopyTo(file);
    }

    private static string Target(string root, string relative)
    {
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Refusing to write outside the export folder: " + relative);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }
}
