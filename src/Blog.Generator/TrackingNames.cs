namespace Blog.Generator;

/// <summary>Names of the pipeline steps, for <c>WithTrackingName</c> and for the tests that check caching.</summary>
public static class TrackingNames
{
    /// <summary>The MSBuild settings.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each post file, read.</summary>
    public const string PostFiles = nameof(PostFiles);

    /// <summary>Each post's file and URL, from its front matter only, for links between posts.</summary>
    public const string LinkTargets = nameof(LinkTargets);

    /// <summary>Every post's file and URL, collected.</summary>
    public const string LinkMap = nameof(LinkMap);

    /// <summary>Each post, parsed and rendered.</summary>
    public const string ParsedPosts = nameof(ParsedPosts);

    /// <summary>Each post's model for its own source file.</summary>
    public const string PostModels = nameof(PostModels);

    /// <summary>Each post's part of its bucket's file: its method and its record.</summary>
    public const string PostChunks = nameof(PostChunks);

    /// <summary>The buckets of posts, one generated file each.</summary>
    public const string PostBuckets = nameof(PostBuckets);

    /// <summary>Each post's metadata as the index needs it.</summary>
    public const string IndexEntries = nameof(IndexEntries);

    /// <summary>The index of all posts.</summary>
    public const string Index = nameof(Index);

    /// <summary>The posts left out of the index (a shared slug, a reference to an entry not generated), which emit nothing.</summary>
    public const string ExcludedPosts = nameof(ExcludedPosts);

    /// <summary>Each post's diagnostics.</summary>
    public const string PostDiagnostics = nameof(PostDiagnostics);

    /// <summary>Every [Collection] and [PostFrontMatter] class, checked together.</summary>
    public const string Schemas = nameof(Schemas);

    /// <summary>Each Markdown file offered to the generator, classified as a post, an entry, or neither.</summary>
    public const string ContentFiles = nameof(ContentFiles);

    /// <summary>The collection entries references may name, from file names alone.</summary>
    public const string ReferenceTargets = nameof(ReferenceTargets);

    /// <summary>Each collection entry read against its schema.</summary>
    public const string ParsedEntries = nameof(ParsedEntries);

    /// <summary>The collections' static classes, and the entries left out for sharing a slug.</summary>
    public const string CollectionIndexes = nameof(CollectionIndexes);

    /// <summary>Each post's or entry's C# fences compiled against the project.</summary>
    public const string SnippetChecks = nameof(SnippetChecks);

    /// <summary>In Jekyll mode, the site's <c>_config.yml</c>, <c>_data</c> and <c>_includes</c>, read together.</summary>
    public const string JekyllSite = nameof(JekyllSite);
}
