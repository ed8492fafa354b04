namespace Blog.Generator.Emitting;

/// <summary>
/// Emits the declaration of <c>PostBuckets</c>, internal to the user's project: the class whose other parts, one file
/// per bucket that holds a post (<see cref="BucketEmitter"/>), store the posts. It never changes, so a bucket's file
/// comes and goes with its posts: under hot reload, adding or deleting a bucket's file adds or deletes methods, an edit
/// the runtime applies, where deleting a class would restart the app (ENC0033).
/// </summary>
internal static class PostBucketsEmitter
{
    public static string Emit() => new SourceWriter()
        .WriteFileHeader("the class that stores the posts, one file per bucket")
        .WriteLine("namespace " + GeneratedNames.InternalNamespace + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>
            /// The posts as data, spread over buckets by a hash of their paths: each bucket that holds a post has a method
            /// that builds its posts from their records, in a file of its own, so that an edit re-emits one bucket.
            /// </summary>
            {{ThisAssembly.GeneratedCodeAttribute}}
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal static partial class PostBuckets
            {
            }
            """)
        .ToString();
}
