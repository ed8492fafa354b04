namespace Blog.Sample.Content;

/// <summary>
/// How much a tutorial expects of its reader. Front matter names a member in any case (<c>difficulty: beginner</c>);
/// any other value is a build error that lists these three (BLOG022).
/// </summary>
public enum Difficulty
{
    /// <summary>No background needed beyond the basics of the topic.</summary>
    Beginner,

    /// <summary>Assumes some hands-on experience.</summary>
    Intermediate,

    /// <summary>Assumes the reader knows the area well.</summary>
    Advanced,
}
