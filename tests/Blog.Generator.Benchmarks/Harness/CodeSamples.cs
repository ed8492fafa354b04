using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// Fenced code in the languages a developer's blog shows most, for measuring <c>BlogSyntaxHighlighting</c> on posts
/// with more code than <see cref="PostCorpus"/> gives (one six-line C# block every fourth section).
/// </summary>
public static class CodeSamples
{
    private static readonly (string Language, string Code)[] Samples =
    [
        ("csharp", """
            /// <summary>Finds a post by its slug.</summary>
            public static Post? FindBySlug(string slug)
            {
                // Ordinal and allocation-free: the slugs are sorted at build time.
                var index = Array.BinarySearch(Slugs, slug, StringComparer.Ordinal);
                return index >= 0 ? All[index] : null;
            }
            """),
        ("json", """
            {
              "name": "blog",
              "version": "1.0.0",
              "posts": [{ "slug": "hello-world", "tags": ["intro", "news"], "draft": false, "words": 1204 }]
            }
            """),
        ("js", """
            // Highlight the heading the reader scrolled to.
            const observer = new IntersectionObserver(entries => {
              for (const entry of entries) {
                document.querySelector(`a[href="#${entry.target.id}"]`)?.classList.toggle("active", entry.isIntersecting);
              }
            }, { rootMargin: "0px 0px -80% 0px" });
            """),
        ("html", """
            <article class="post">
              <h1>Hello &amp; welcome</h1>
              <p>Read the <a href="/posts/hello-world">first post</a>.</p>
              <script>window.dataLayer = window.dataLayer || [];</script>
            </article>
            """),
        ("sql", """
            SELECT p.slug, COUNT(*) AS views
            FROM posts AS p
            JOIN visits AS v ON v.post_id = p.id
            WHERE v.at >= '2024-01-01' -- this year
            GROUP BY p.slug ORDER BY views DESC;
            """),
        ("python", """"
            def reading_time(words: int, wpm: int = 200) -> int:
                """Minutes to read, at least one."""
                return max(1, round(words / wpm))  # as the generator does
            """"),
        ("css", """
            pre code .keyword { color: #d73a49; }
            @media (prefers-color-scheme: dark) {
              pre code .keyword { color: #ff7b72; }
            }
            """),
        ("xml", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <BlogSyntaxHighlighting>true</BlogSyntaxHighlighting>
              </PropertyGroup>
            </Project>
            """),
    ];

    /// <summary>Copies of the posts, each with every sample appended (about 1.7 KB of code in eight languages).</summary>
    public static IReadOnlyList<string> WriteCodeHeavy(IReadOnlyList<string> posts, string directory)
    {
        Directory.CreateDirectory(directory);
        var blocks = string.Concat(Samples.Select(sample => "\n```" + sample.Language + "\n" + sample.Code.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```\n"));
        return posts.Select(post =>
        {
            var path = Path.Combine(directory, Path.GetFileName(post));
            File.WriteAllText(path, File.ReadAllText(post) + blocks, new UTF8Encoding(false));
            return path;
        }).ToList();
    }

    /// <summary>The fenced code blocks in the posts, and the characters of code inside them.</summary>
    public static (int Blocks, long Characters) Measure(IEnumerable<string> posts)
    {
        var (blocks, characters) = (0, 0L);
        foreach (var post in posts)
        {
            var inside = false;
            foreach (var line in File.ReadLines(post))
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    blocks += inside ? 0 : 1;
                    inside = !inside;
                }
                else if (inside)
                {
                    characters += line.Length + 1;
                }
            }
        }

        return (blocks, characters);
    }
}
