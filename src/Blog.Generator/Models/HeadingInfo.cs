namespace Blog.Generator.Models;

/// <summary>A heading of the rendered body.</summary>
/// <param name="Level">1 for <c>#</c>, up to 6.</param>
/// <param name="Text">The heading as plain text.</param>
/// <param name="Id">The anchor id in the rendered HTML, empty when the extension set assigns none.</param>
internal sealed record HeadingInfo(int Level, string Text, string Id);
