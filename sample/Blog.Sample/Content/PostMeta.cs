using Blog.Generator;

namespace Blog.Sample.Content;

/// <summary>
/// The sample's own front-matter keys, beside the Jekyll keys <c>Post</c> reads itself (title, date, tags, …).
/// <c>[PostFrontMatter]</c> makes every post's front matter checked against it at compile time, a key that is in
/// neither is a build error (BLOG024), and each post gets its values, typed, as <c>Post.Data</c>.
/// </summary>
[PostFrontMatter]
public partial class PostMeta
{
    /// <summary>Who wrote the post, written as the author's slug (<c>author: maren-holt</c>) and resolved at compile time.</summary>
    public Author? Author { get; init; }

    /// <summary>How much the reader is expected to know already (<c>difficulty: intermediate</c>); only tutorials say.</summary>
    public Difficulty? Difficulty { get; init; }
}
