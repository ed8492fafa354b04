namespace Blog.Generator.Models;

/// <summary>What the <c>Posts</c> index is emitted from: the published posts' rows, newest first.</summary>
/// <param name="Options">The index settings.</param>
/// <param name="Posts">The posts to index, newest first.</param>
/// <param name="ExcludedPaths">
/// Posts reported and left out, of which nothing is emitted: those sharing a slug, and those referring to a collection
/// entry that is not generated.
/// </param>
/// <param name="Diagnostics">Problems found across posts, such as those duplicate slugs.</param>
internal sealed record IndexModel(IndexOptions Options, EquatableArray<IndexedPost> Posts, EquatableArray<string> ExcludedPaths, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A post in the index with the <c>Posts</c> member it is exposed as.</summary>
/// <param name="Row">The post's row: its metadata.</param>
/// <param name="MemberName">Its member in <c>Posts</c>.</param>
/// <param name="Related">Positions in the index (newest first) of its related posts, best first.</param>
internal sealed record IndexedPost(PostRow Row, string MemberName, EquatableArray<int> Related);
