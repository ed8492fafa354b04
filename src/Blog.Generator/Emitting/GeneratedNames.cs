using System.Globalization;
using System.Text;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Text;

namespace Blog.Generator.Emitting;

/// <summary>
/// The names of what the generator writes: files (hint names), the namespace of its internal helpers, and the classes
/// and methods that hold the posts' and entries' data. Each is a pure function of its input, so output is stable.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>
    /// The namespace of the internal types that hold and read the content: the generator's own, as its attributes'
    /// is, so that nothing it needs appears among the project's types.
    /// </summary>
    public const string InternalNamespace = "Blog.Generator.Generated";

    /// <summary>The class whose partial declarations, one file per bucket that holds any post, store the posts.</summary>
    public const string PostBuckets = "global::" + InternalNamespace + ".PostBuckets";

    /// <summary>The reader of a post's record.</summary>
    public const string PostRecordReader = "global::" + InternalNamespace + ".PostRecordReader";

    public const string AttributesHintName = "BlogGeneratorAttributes.g.cs";
    public const string PostHintName = "Post.g.cs";
    public const string PostHeadingHintName = "PostHeading.g.cs";
    public const string PostAssetHintName = "PostAsset.g.cs";
    public const string PostImageHintName = "PostImage.g.cs";
    public const string PostTocEntryHintName = "PostTocEntry.g.cs";
    public const string PostsHintName = "Posts.g.cs";
    public const string PostRecordReaderHintName = "PostRecordReader.g.cs";
    public const string PostBucketsHintName = "PostBuckets.g.cs";
    public const string PostDataHintName = "Post.Data.g.cs";

    /// <summary>The method of <see cref="PostBuckets"/> that builds a bucket's posts.</summary>
    public static string BucketMethod(int bucket) => "Bucket" + bucket.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The method returning one piece of a bucket's records.</summary>
    public static string RecordsMethod(int bucket, int piece) => BucketMethod(bucket) + "Records" + piece.ToString(CultureInfo.InvariantCulture);

    public static string BucketHintName(int bucket) => "PostBuckets." + BucketMethod(bucket) + ".g.cs";

    /// <summary>The class holding a collection entry's data, named from its file and told apart by its path's hash.</summary>
    public static string EntryDataClass(string relativePath) => "EntryData_" + Sanitize(Stem(relativePath)) + "_" + StableHash.Hex(relativePath);

    public static string EntryDataClassFullName(string relativePath) => "global::" + InternalNamespace + "." + EntryDataClass(relativePath);

    public static string EntryHintName(string relativePath) => "Entry." + Sanitize(Stem(relativePath)) + "." + StableHash.Hex(relativePath) + ".g.cs";

    public static string CollectionHintName(CollectionIndex index) => "Collection." + Qualified(index.Schema.Namespace, index.Schema.ClassName) + ".g.cs";

    public static string SchemaHintName(CollectionSchema schema) => "Schema." + Qualified(schema.Namespace, schema.Name) + ".g.cs";

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    private static string Stem(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var name = slash < 0 ? relativePath : relativePath.Substring(slash + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '_');
        }

        // The path's hash follows and keeps names apart, so a long file name is cut: class and file names stay short.
        if (builder.Length > 100)
        {
            builder.Length = 100;
        }

        return builder.Length > 0 ? builder.ToString() : "_";
    }
}
