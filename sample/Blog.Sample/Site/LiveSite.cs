using System;
using System.Threading;

namespace Blog.Sample.Site;

/// <summary>
/// The site the server answers from: built on first use, and built again after a hot-reload edit, so that under
/// <c>dotnet watch</c> an edited, added or deleted post shows on the next request with no restart.
/// </summary>
/// <remarks>
/// Without hot reload the site is built once and kept for the app's life, with its strong ETags. The content is
/// compiled in, so only a metadata update (<see cref="ContentReload"/>) can change it.
/// </remarks>
/// <param name="build">Builds the site from the posts the app currently holds.</param>
public sealed class LiveSite(Func<SiteContent> build)
{
    private Built? built;

    /// <summary>The site as of the last hot-reload edit (or the app's start).</summary>
    public SiteContent Current
    {
        get
        {
            // Read the generation first: an edit landing while the site builds bumps it again, so the next request
            // rebuilds rather than keeping a site made from half-updated content.
            var generation = ContentReload.Generation;
            var current = Volatile.Read(ref built);
            if (current is null || current.Generation != generation)
            {
                // Two requests may both build after an edit; either result is the same site, and the last one stays.
                current = new Built(generation, build());
                Volatile.Write(ref built, current);
            }

            return current.Site;
        }
    }

    private sealed record Built(int Generation, SiteContent Site);
}
