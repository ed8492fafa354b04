using System;
using System.Threading;

[assembly: System.Reflection.Metadata.MetadataUpdateHandler(typeof(Blog.Sample.Site.ContentReload))]

namespace Blog.Sample.Site;

/// <summary>
/// Called by the runtime after each hot-reload edit (<c>dotnet watch</c>, Visual Studio): counts the edits, so that
/// every <see cref="LiveSite"/> builds its pages again from the posts as they now are.
/// </summary>
/// <remarks>
/// The generated <c>Posts</c> has a handler of its own that drops its built posts; the order of the two does not
/// matter, because both only mark what they hold as stale and rebuild on the next read.
/// </remarks>
public static class ContentReload
{
    private static int generation;

    /// <summary>How many hot-reload edits the app has taken; 0 until the first.</summary>
    public static int Generation => Volatile.Read(ref generation);

    /// <summary>Marks the site stale. The runtime calls it before <see cref="UpdateApplication"/>.</summary>
    /// <param name="updatedTypes">The types the edit changed, or null when the runtime does not say.</param>
    public static void ClearCache(Type[]? updatedTypes) => Interlocked.Increment(ref generation);

    /// <summary>
    /// Marks the site stale again once every handler has cleared its cache, so that a request served between the
    /// two calls cannot leave a site built from posts that <c>Posts</c> had not yet dropped.
    /// </summary>
    /// <param name="updatedTypes">The types the edit changed, or null when the runtime does not say.</param>
    public static void UpdateApplication(Type[]? updatedTypes) => Interlocked.Increment(ref generation);
}
