namespace Blog.Generator.Models;

/// <summary>
/// A Blog input whose real place, after its symbolic links are followed, is outside the project: the package's
/// targets take it out of the compilation unread and name it in <c>BlogFilesOutsideProject</c> (docs/security.md).
/// </summary>
/// <param name="Kind">What it was offered as: <c>post</c>, <c>content</c>, <c>include</c>, <c>data</c> or <c>config</c>.</param>
/// <param name="FullPath">Its path in the project, as the compiler would have known it.</param>
/// <param name="RelativePath">That path relative to the project, with forward slashes.</param>
internal sealed record OutsideFile(string Kind, string FullPath, string RelativePath);
