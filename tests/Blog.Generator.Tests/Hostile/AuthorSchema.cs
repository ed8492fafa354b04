namespace Blog.Generator.Tests.Hostile;

/// <summary>The smallest collection the hostile tests need: authors with a name, in <c>Authors/</c>.</summary>
internal static class AuthorSchema
{
    public const string Source = """
        namespace TestBlog.Content;

        /// <summary>A person who writes.</summary>
        [Blog.Generator.Collection("Authors")]
        public partial class Author
        {
            /// <summary>Full name.</summary>
            public required string Name { get; init; }
        }
        """;
}
