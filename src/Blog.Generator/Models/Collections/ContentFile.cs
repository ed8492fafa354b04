namespace Blog.Generator.Models.Collections;

/// <summary>
/// A Markdown file the generator reads, with the collection it belongs to (its entry type, fully qualified: the key of
/// its schema), or an empty collection name for a post.
/// </summary>
internal sealed record ContentFile(string CollectionTypeName, PostFile File)
{
    public bool IsPost => CollectionTypeName.Length == 0;
}
