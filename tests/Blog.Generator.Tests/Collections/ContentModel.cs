namespace Blog.Generator.Tests.Collections;

/// <summary>
/// The C# a user would write for a blog with authors, series and typed post front matter: the schemas the
/// collection tests compile against, and a probe that reads the generated entries through their real types.
/// </summary>
internal static class ContentModel
{
    public const string Schemas = """
        using System;
        using System.Collections.Generic;
        using Blog.Generator;

        namespace TestBlog.Content;

        /// <summary>How hard a series is.</summary>
        public enum Level
        {
            /// <summary>New to it.</summary>
            Beginner,
            /// <summary>Done it before.</summary>
            Intermediate,
            /// <summary>Knows it well.</summary>
            VeryAdvanced,
        }

        /// <summary>A person who writes.</summary>
        [Collection("Authors")]
        public partial class Author
        {
            /// <summary>Full name.</summary>
            public required string Name { get; init; }

            /// <summary>Home page.</summary>
            public Uri? Website { get; init; }

            /// <summary>Where else to find them.</summary>
            public string[] Links { get; init; } = [];
        }

        /// <summary>A run of posts.</summary>
        [Collection("Content/Series", ClassName = "AllSeries")]
        public partial class Series
        {
            /// <summary>Shown on the series page.</summary>
            public required string Title { get; init; }

            /// <summary>Who runs it.</summary>
            public required Author Editor { get; init; }

            /// <summary>Who else writes in it.</summary>
            public List<Author> Contributors { get; init; } = [];

            /// <summary>When it began.</summary>
            public DateOnly StartedOn { get; init; }

            /// <summary>How hard it is.</summary>
            public Level Level { get; init; } = Level.Beginner;
        }

        /// <summary>What posts say beyond the Jekyll keys.</summary>
        [PostFrontMatter]
        public partial class PostMeta
        {
            /// <summary>Who wrote it.</summary>
            public Author? Author { get; init; }

            /// <summary>The series it belongs to.</summary>
            public Series? Series { get; init; }

            /// <summary>Out of five.</summary>
            public int Rating { get; init; } = 3;
        }
        """;

    /// <summary>Reads entries through the generated API exactly as app code would, and says what it saw.</summary>
    public const string Probe = """
        using System.Linq;
        using TestBlog.Content;

        namespace TestBlog;

        /// <summary>Test access point.</summary>
        public static class Probe
        {
            /// <summary>What the authors collection holds.</summary>
            public static string Authors() => string.Join("; ", TestBlog.Content.Authors.All.Select(a => $"{a.Slug}={a.Name}|{a.Website}|{string.Join(",", a.Links)}|{a.SourcePath}|{a.Html.Trim()}"));

            /// <summary>What the series collection holds, references followed.</summary>
            public static string Series() => string.Join("; ", AllSeries.All.Select(s => $"{s.Slug}={s.Title}|{s.Editor.Name}|{string.Join(",", s.Contributors.Select(c => c.Slug))}|{s.StartedOn:yyyy-MM-dd}|{s.Level}"));

            /// <summary>What each post's typed front matter holds.</summary>
            public static string Posts() => string.Join("; ", TestBlog.Posts.All.OrderBy(p => p.Slug).Select(p => $"{p.Slug}={p.Data.Author?.Name}|{p.Data.Series?.Title}|{p.Data.Rating}"));

            /// <summary>Whether a reference is the very entry the collection lists.</summary>
            public static bool SameInstance() => ReferenceEquals(AllSeries.All[0].Editor, TestBlog.Content.Authors.FindBySlug(AllSeries.All[0].Editor.Slug));
        }
        """;
}
