using Blog.Generator.Models;

namespace Blog.Generator.Rendering;

/// <summary>A post body rendered to HTML, with what was learned on the way.</summary>
/// <param name="Html">The HTML, with LF line endings whatever the post used.</param>
/// <param name="WordCount">Words in the body's text, code included.</param>
/// <param name="Headings">The headings in document order.</param>
/// <param name="Excerpt">The body before the excerpt separator, else the first paragraph, as plain text.</param>
/// <param name="ExcerptHtml">The same excerpt as HTML; empty when the body has no paragraph.</param>
/// <param name="BrokenLinks">Links to <c>.md</c> files that are not posts, left as written.</param>
/// <param name="Fences">The C# fences to check, with their syntax errors.</param>
/// <param name="KramdownProblems">kramdown syntax left out (Jekyll mode only).</param>
/// <param name="Markup">Active markup taken out because raw HTML is off.</param>
/// <param name="Assets">The references to files beside the posts, each a placeholder in the HTML (<see cref="AssetCollector"/>).</param>
internal sealed record RenderedBody(
    string Html,
    int WordCount,
    EquatableArray<HeadingInfo> Headings,
    string? Excerpt,
    string ExcerptHtml,
    EquatableArray<BrokenLink> BrokenLinks,
    EquatableArray<Snippets.CheckedFence> Fences,
    EquatableArray<Kramdown.KramdownProblem> KramdownProblems = default,
    EquatableArray<MarkupProblem> Markup = default,
    EquatableArray<AssetReference> Assets = default);
