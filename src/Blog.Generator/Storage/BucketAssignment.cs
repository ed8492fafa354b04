using Blog.Generator.Text;

namespace Blog.Generator.Storage;

/// <summary>
/// Which bucket a post is stored in: a hash of its path, so a post never moves while its file keeps its name, and an
/// edit re-emits the one file of its bucket.
/// </summary>
internal static class BucketAssignment
{
    /// <summary>How many buckets posts are spread over: at most one generated file each.</summary>
    public const int Count = 256;

    /// <summary>The bucket of the post at a project-relative path.</summary>
    public static int Of(string relativePath) => (int)(StableHash.Of(relativePath) % Count);
}
