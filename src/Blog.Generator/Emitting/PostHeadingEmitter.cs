namespace Blog.Generator.Emitting;

/// <summary>Emits <c>PostHeading</c>, a heading of a post's body, into the user's project.</summary>
internal static class PostHeadingEmitter
{
    public static string Emit(string ns) => new SourceWriter()
        .WriteFileHeader("the PostHeading type, a heading of a post's body")
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>A heading in a post's body.</summary>
            /// <param name="Level">1 for a top-level heading (<c>#</c>), up to 6.</param>
            /// <param name="Text">The heading as plain text.</param>
            /// <param name="Id">The heading's anchor id in the HTML, for links to <c>#Id</c>.</param>
            {{ThisAssembly.GeneratedCodeAttribute}}
            public sealed partial record PostHeading(int Level, string Text, string Id);
            """)
        .ToString();
}
