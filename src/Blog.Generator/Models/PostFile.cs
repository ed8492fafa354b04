namespace Blog.Generator.Models;

/// <summary>A Markdown file chosen as a post, with its text already read.</summary>
/// <param name="FullPath">The path the compiler knows the file by; diagnostics are reported against it.</param>
/// <param name="RelativePath">The path relative to the project, with forward slashes: stable across machines.</param>
/// <param name="Text">The file's text, or <see langword="null"/> when it could not be read.</param>
/// <param name="MayHoldReplacedBytes">
/// Whether a U+FFFD in <paramref name="Text"/> may be the trace of bytes that were not UTF-8: true unless the
/// compiler says it decoded the file strictly, or with an encoding it found from a byte-order mark.
/// </param>
internal sealed record PostFile(string FullPath, string RelativePath, string? Text, bool MayHoldReplacedBytes = true);
