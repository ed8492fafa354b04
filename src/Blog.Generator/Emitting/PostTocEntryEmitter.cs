namespace Blog.Generator.Emitting;

/// <summary>Emits <c>PostTocEntry</c>, an entry of a post's table of contents, into the user's project.</summary>
internal static class PostTocEntryEmitter
{
    public static string Emit(string ns) => new SourceWriter()
        .WriteFileHeader("the PostTocEntry type, an entry of a post's table of contents")
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>An entry of a post's table of contents: a heading and the deeper headings under it.</summary>
            {{ThisAssembly.GeneratedCodeAttribute}}
            public sealed partial class PostTocEntry
            {
                private PostTocEntry(PostHeading heading, global::System.Collections.Generic.IReadOnlyList<PostTocEntry> children)
                {
                    Heading = heading;
                    Children = children;
                }

                /// <summary>The heading: its level, text and anchor id.</summary>
                public PostHeading Heading { get; }

                /// <summary>The headings under this one, in document order; empty for a leaf.</summary>
                public global::System.Collections.Generic.IReadOnlyList<PostTocEntry> Children { get; }

                /// <summary>Returns the heading's text.</summary>
                /// <returns>The heading's text.</returns>
                public override string ToString() => Heading.Text;

                internal static global::System.Collections.Generic.IReadOnlyList<PostTocEntry> Build(
                    global::System.Collections.Generic.IReadOnlyList<PostHeading> headings)
                {
                    var next = 0;
                    return Under(headings, ref next, 0);
                }

                /// <summary>The entries from <paramref name="next"/> on whose level is deeper than <paramref name="level"/>.</summary>
                private static global::System.Collections.Generic.IReadOnlyList<PostTocEntry> Under(
                    global::System.Collections.Generic.IReadOnlyList<PostHeading> headings,
                    ref int next,
                    int level)
                {
                    var entries = new global::System.Collections.Generic.List<PostTocEntry>();
                    while (next < headings.Count && headings[next].Level > level)
                    {
                        var heading = headings[next++];
                        entries.Add(new PostTocEntry(heading, Under(headings, ref next, heading.Level)));
                    }

                    return entries.AsReadOnly();
                }
            }
            """)
        .ToString();
}
