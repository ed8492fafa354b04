namespace Blog.Generator.Models;

/// <summary>A file of the Jekyll site that is not a post: <c>_config.yml</c>, an include, a data file.</summary>
/// <param name="Kind">What it is: <c>config</c>, <c>include</c> or <c>data</c> (its <c>BlogJekyllFile</c> metadata).</param>
/// <param name="FullPath">The path the compiler knows it by, for diagnostics.</param>
/// <param name="RelativePath">The path relative to the project, with forward slashes.</param>
/// <param name="Text">Its text, or <see langword="null"/> when it could not be read.</param>
internal sealed record JekyllFile(string Kind, string FullPath, string RelativePath, string? Text);

/// <summary>
/// What a post's Liquid may read of the Jekyll site: <c>site.*</c> from <c>_config.yml</c> (with <c>BlogSiteUrl</c> and
/// <c>BlogSiteBaseUrl</c> over its <c>url</c> and <c>baseurl</c>), <c>site.data</c> from <c>_data</c>, and the includes.
/// It changes only when one of those files or settings does, so editing a post re-renders that post alone.
/// </summary>
/// <param name="Enabled">Whether Jekyll mode is on; when off, the rest is empty and never read.</param>
/// <param name="Config">The keys of <c>_config.yml</c>.</param>
/// <param name="Data">The data files, by their path under <c>_data</c> without extension (<c>ui-text</c>, <c>authors/jane</c>).</param>
/// <param name="Includes">The includes, by their path under <c>_includes</c>, with their text.</param>
/// <param name="SiteUrl"><c>site.url</c>.</param>
/// <param name="BaseUrl"><c>site.baseurl</c>.</param>
/// <param name="ExcerptSeparator">What ends a post's excerpt unless its front matter says otherwise: <c>BlogExcerptSeparator</c>, else <c>_config.yml</c>'s <c>excerpt_separator</c>, else a blank line as in Jekyll.</param>
/// <param name="Diagnostics">Problems with those files, at their places.</param>
internal sealed record JekyllSite(
    bool Enabled,
    EquatableArray<FrontMatterPair> Config,
    EquatableArray<FrontMatterPair> Data,
    EquatableArray<JekyllInclude> Includes,
    string SiteUrl,
    string BaseUrl,
    string ExcerptSeparator,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Jekyll's default <c>excerpt_separator</c>: the first blank line.</summary>
    public const string DefaultExcerptSeparator = "\n\n";

    public static readonly JekyllSite Off = new(false, EquatableArray<FrontMatterPair>.Empty, EquatableArray<FrontMatterPair>.Empty, EquatableArray<JekyllInclude>.Empty, string.Empty, string.Empty, DefaultExcerptSeparator, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>
/// An include: the name <c>{% include %}</c> gives (its path under <c>_includes</c>), the file and its text, which is
/// <see langword="null"/> for a file outside the project (a symbolic link), left unread.
/// </summary>
internal sealed record JekyllInclude(string Name, string RelativePath, string? Text);
