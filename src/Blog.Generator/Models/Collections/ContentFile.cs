namespace Blog.Generator.Models.Collections;

/// <summary>
/// A Markdown file in a collection's folder, with the collection it belongs to (its entry type, fully qualified:
/// the key of its schema).
/// </summary>
internal sealed record ContentFile(string CollectionTypeName, PostFile File);
