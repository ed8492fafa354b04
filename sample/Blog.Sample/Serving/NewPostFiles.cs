using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Blog.Sample.Serving;

/// <summary>
/// Under <c>dotnet watch</c> only: a file added beside the posts while the app runs. <c>MapStaticAssets</c> builds its
/// routes when the app starts, so a new image would answer 404 until a restart, though hot reload has already put it,
/// sized, into the page. This serves such a file from the posts folder of the project being watched, at the plain URL
/// a Debug build links it by. A Release build has no such folder to read (the metadata is Debug-only), and a published
/// app never runs under dotnet watch.
/// </summary>
internal sealed class NewPostFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly PhysicalFileProvider files;
    private readonly string prefix;

    private NewPostFiles(string folder, string prefix)
    {
        files = new PhysicalFileProvider(folder);
        this.prefix = prefix;
    }

    /// <summary>The posts folder of the watched project, from the assembly's Debug-only metadata; null when there is none.</summary>
    public static NewPostFiles? ForWatchedProject()
    {
        var folder = typeof(NewPostFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "Blog.Sample.PostsFolder")?.Value;
        return folder is not null && Directory.Exists(folder) ? new NewPostFiles(folder, "/" + Path.GetFileName(folder.TrimEnd('/')) + "/") : null;
    }

    /// <summary>Sends the file a request names under the posts' URL prefix, if it exists; false otherwise.</summary>
    public async Task<bool> TrySend(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal) ||
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || files.GetFileInfo(path[prefix.Length..]) is not { Exists: true, IsDirectory: false } file)
        {
            return false;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(file);
        return true;
    }
}
