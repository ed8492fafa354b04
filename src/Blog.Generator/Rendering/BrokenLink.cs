
namespace Blog.Generator.Rendering;

/// <summary>A link to a <c>.md</c> file that is not a post, where Markdig found it in the body (0-based).</summary>
internal sealed record BrokenLink(int Line, int Column, int Length, string Url);
