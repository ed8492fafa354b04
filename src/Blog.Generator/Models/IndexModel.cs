namespace Blog.Generator.Models;

/// <summary>What the <c>Posts</c> index is emitted from: the published posts' index entries, newest first.</summary>
/// <param name="Options">The index settings.</param>
/// <param name="Posts">The posts to index, newest first.</param>
/// <param name="ExcludedPaths">
/// Posts reported and left out, of which nothing is emitted: those sharing a slug, and those referring to a collection
/// entry that is not generated.
/// </param>
/// <param name="Diagnostics">Problems found across posts, such as those duplicate slugs.</param>
internal sealed record IndexModel(IndexOptions Options, EquatableArray<IndexedPost> Posts, EquatableArray<string> ExcludedPaths, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A post in the index with the <c>Posts</c> member it is exposed as.</summary>
/// <param name="Entry">The post's metadata.</param>
/// <param name="MemberName">Its member in <c>Posts</c>.</param>
/// <param name="Related">Positions in the index (newest first) of its related posts, best first.</param>
internal sealed record IndexedPost(IndexEntry Entry, string MemberName, EquatableArray<int> Related);

/// <summary>The settings emitting needs; kept apart from parsing settings so each step depends on only what it uses.</summary>
/// <param name="Namespace">The generated types' namespace.</param>
/// <param name="WordsPerMinute">Reading speed, for each post's reading time.</param>
/// <param name="StoreForHotReload">Whether emptied buckets are kept and entries' bodies are string literals, for hot reload.</param>
/// <param name="RelatedPostCount">How many related posts each post lists at most: what the index's numbers take of the string budget.</param>
/// <param name="MaxStringData">The string budget, in characters (<see cref="Emitting.StringBudget"/>).</param>
internal sealed record EmitOptions(string Namespace, int WordsPerMinute, bool StoreForHotReload = false, int RelatedPostCount = GeneratorOptions.DefaultRelatedPostCount, int MaxStringData = Emitting.StringBudget.DefaultChars);
