namespace Blog.Generator.Models;

/// <summary>
/// A C# fence to compile against the project (<c>compile</c>), as data: read with the post, bound in a step of its own
/// that the project's compilation feeds, so that a <c>.cs</c> edit checks these fences again and renders nothing.
/// </summary>
/// <param name="Code">The fence's code, each line ended by a line feed.</param>
/// <param name="Usings">Namespaces it uses without <c>using</c> directives: the fence's <c>usings=</c> and the project's.</param>
/// <param name="Expected">Errors the fence must produce (<c>expect=</c>), shown on purpose.</param>
/// <param name="Lines">Where each line of the code starts in the post file.</param>
/// <param name="Fence">The fence's opening line, where a missing expected error is reported.</param>
internal sealed record CSharpSnippet(string Code, EquatableArray<string> Usings, EquatableArray<string> Expected, EquatableArray<SnippetLine> Lines, LocationInfo Fence);

/// <summary>Where a line of a fence's code starts in the post file: its 0-based line and column, and its offset.</summary>
internal sealed record SnippetLine(int Line, int Column, int Offset);

/// <summary>A post's fences to compile, and the file they are reported against.</summary>
internal sealed record PostSnippets(string FilePath, EquatableArray<CSharpSnippet> Snippets);
