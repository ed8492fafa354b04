namespace Blog.Generator;

/// <summary>
/// Names of the pipeline steps, for <c>WithTrackingName</c> and for the tests that check caching; in the order the
/// pipeline runs them (<see cref="PostsGenerator"/>).
/// </summary>
public static class TrackingNames
{
    /// <summary>1. The MSBuild settings.</summary>
    public const string Options = nameof(Options);

    /// <summary>1. Every [Collection] and [PostFrontMatter] class, checked together.</summary>
    public const string Schemas = nameof(Schemas);

    /// <summary>1. Each Markdown file offered to the generator, classified as a post, an entry, or neither.</summary>
    public const string ContentFiles = nameof(ContentFiles);

    /// <summary>1. Each post file, read.</summary>
    public const string PostFiles = nameof(PostFiles);

    /// <summary>1. In Jekyll mode, the site's <c>_config.yml</c>, <c>_data</c> and <c>_includes</c>, read together.</summary>
    public const string JekyllSite = nameof(JekyllSite);

    /// <summary>1. The files beside the posts, from the package's targets' manifest.</summary>
    public const string Assets = nameof(Assets);

    /// <summary>2. Each post's file and URL, from its front matter only, for links between posts.</summary>
    public const string LinkTargets = nameof(LinkTargets);

    /// <summary>2. Every post's file and URL, collected.</summary>
    public const string LinkMap = nameof(LinkMap);

    /// <summary>2. The collection entries references may name, from file names alone.</summary>
    public const string ReferenceTargets = nameof(ReferenceTargets);

    /// <summary>3. Each post, read and rendered.</summary>
    public const string ParsedPosts = nameof(ParsedPosts);

    /// <summary>3. Each post with the files its references name, looked up: equal unless one of those files changed.</summary>
    public const string PostFilesPicked = nameof(PostFilesPicked);

    /// <summary>3. Each post with its files' URLs and sizes in its HTML.</summary>
    public const string LinkedPosts = nameof(LinkedPosts);

    /// <summary>3. Each collection entry read against its schema.</summary>
    public const string ParsedEntries = nameof(ParsedEntries);

    /// <summary>3. Each post's or entry's C# fences compiled against the project.</summary>
    public const string SnippetChecks = nameof(SnippetChecks);

    /// <summary>4. The collections' static classes, and the entries left out of them.</summary>
    public const string CollectionIndexes = nameof(CollectionIndexes);

    /// <summary>4. Each post's row in the index: its metadata, as ordering, slugs, tags and members need it.</summary>
    public const string IndexRows = nameof(IndexRows);

    /// <summary>4. The index of all posts.</summary>
    public const string Index = nameof(Index);

    /// <summary>4. The posts left out of the index (a shared slug, a reference to an entry not generated), which are not stored.</summary>
    public const string ExcludedPosts = nameof(ExcludedPosts);

    /// <summary>4. Each post's model, ready to store.</summary>
    public const string PostModels = nameof(PostModels);

    /// <summary>4. Each post's record: its metadata, texts and compressed HTML as data.</summary>
    public const string PostRecords = nameof(PostRecords);

    /// <summary>4. The buckets of posts, one generated file each that holds a post.</summary>
    public const string PostBuckets = nameof(PostBuckets);

    /// <summary>6. Each post's diagnostics.</summary>
    public const string PostDiagnostics = nameof(PostDiagnostics);
}
