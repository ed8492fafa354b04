using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Blog.Generator.Benchmarks.Harness;

/// <summary>
/// Writes N realistic posts: Jekyll front matter (title, date, categories, tags, sometimes an excerpt) and a body
/// with headings, paragraphs with links, emphasis and inline code, lists, tables and fenced code. A fixed seed makes
/// the same N and size give the same bytes on every machine.
/// </summary>
public static class PostCorpus
{
    public const int DefaultSeed = 20240610;

    private static readonly string[] Words =
    (
        "the generator compiles markdown posts into typed code with html rendered at build time so the app serves " +
        "bytes straight from data no parsing at run time incremental pipeline caches every step each post is a model " +
        "equatable record editing one body re-renders one post only index stays cached compiler writes literals " +
        "throughput latency memory allocation request response kestrel nginx static file cache header etag tag " +
        "category reading time heading table list code link image footnote emphasis strong quote diagram performance"
    ).Split(' ');

    private static readonly string[] Topics = ["Performance", "Compilers", "Markdown", "Web", "Testing", "Design", "Tooling", "Runtime"];

    private static readonly string[] TagPool =
        ["dotnet", "csharp", "roslyn", "markdig", "yaml", "aspnetcore", "kestrel", "nginx", "benchmarks", "incremental", "source-generators", "utf8"];

    /// <summary>The file name of post <paramref name="index"/>: a Jekyll date prefix and a unique slug.</summary>
    public static string FileName(int index) =>
        new DateTime(2015, 1, 1).AddDays(index % 3650).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-post-" + index.ToString("D5", CultureInfo.InvariantCulture) + ".md";

    /// <summary>The slug the generator gives post <paramref name="index"/> (the file name less its date prefix).</summary>
    public static string Slug(int index) => "post-" + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="count"/> posts of about <paramref name="bytes"/> bytes each into <paramref name="directory"/> (emptied first).</summary>
    public static IReadOnlyList<string> Write(string directory, int count, int bytes, int seed = DefaultSeed)
    {
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.GetFiles(directory, "*.md"))
            {
                File.Delete(file);
            }
        }

        Directory.CreateDirectory(directory);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(directory, FileName(i));
            File.WriteAllText(path, Post(i, bytes, seed), new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The text of post <paramref name="index"/>.</summary>
    public static string Post(int index, int bytes, int seed = DefaultSeed)
    {
        var random = new Random(unchecked(seed * 31 + index));
        var text = new StringBuilder(bytes + 1024);
        text.Append("---\n");
        text.Append("title: \"").Append(Title(index, random)).Append("\"\n");
        text.Append("date: ").Append(new DateTime(2015, 1, 1).AddDays(index % 3650).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ')
            .Append((index % 24).ToString("D2", CultureInfo.InvariantCulture)).Append(":00:00 +0000\n");
        text.Append("categories:\n");
        for (var i = 0; i < 1 + random.Next(2); i++)
        {
            text.Append("  - ").Append(Topics[(index + i) % Topics.Length]).Append('\n');
        }

        text.Append("tags: [");
        var tagCount = 2 + random.Next(3);
        for (var i = 0; i < tagCount; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(TagPool[(index * 7 + i * 5) % TagPool.Length]);
        }

        text.Append("]\n");
        if (random.Next(3) == 0)
        {
            text.Append("excerpt: \"").Append(Sentence(random, 14).TrimEnd('.')).Append(".\"\n");
        }

        text.Append("---\n\n");
        text.Append(Paragraph(random)).Append("\n\n");

        var section = 0;
        while (text.Length < bytes)
        {
            section++;
            text.Append("## ").Append(Capitalize(Sentence(random, 4).TrimEnd('.'))).Append(' ').Append(section.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            text.Append(Paragraph(random)).Append("\n\n");
            switch (section % 4)
            {
                case 1:
                    for (var i = 0; i < 4; i++)
                    {
                        text.Append("- ").Append(Sentence(random, 8)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case 2:
                    text.Append("| Step | Time (ms) | Notes |\n|---|---:|---|\n");
                    for (var i = 0; i < 4; i++)
                    {
                        text.Append("| ").Append(Words[random.Next(Words.Length)]).Append(" | ")
                            .Append(random.Next(1, 999).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                            .Append(Sentence(random, 4).TrimEnd('.')).Append(" |\n");
                    }

                    text.Append('\n');
                    break;
                case 3:
                    text.Append("```csharp\n");
                    for (var i = 0; i < 6; i++)
                    {
                        text.Append("var ").Append(Words[random.Next(Words.Length)]).Append(i.ToString(CultureInfo.InvariantCulture))
                            .Append(" = Posts.FindBySlug(\"").Append(Slug(random.Next(1000))).Append("\")?.Title ?? \"<none>\";\n");
                    }

                    text.Append("```\n\n");
                    break;
                default:
                    text.Append("### ").Append(Capitalize(Sentence(random, 3).TrimEnd('.'))).Append("\n\n");
                    text.Append("1. ").Append(Sentence(random, 6)).Append("\n2. ").Append(Sentence(random, 6)).Append("\n\n");
                    text.Append("> ").Append(Sentence(random, 12)).Append("\n\n");
                    break;
            }
        }

        return text.ToString();
    }

    private static string Title(int index, Random random) =>
        Capitalize(Sentence(random, 5).TrimEnd('.')) + " (part " + index.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Paragraph(Random random)
    {
        var text = new StringBuilder();
        var sentences = 3 + random.Next(4);
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Sentence(random, 10 + random.Next(10));
            switch (random.Next(5))
            {
                case 0:
                    var word = Words[random.Next(Words.Length)];
                    sentence = sentence.Replace(" " + word + " ", " [" + word + "](https://example.com/" + word + ") ");
                    break;
                case 1:
                    sentence = "**" + sentence.TrimEnd('.') + "**.";
                    break;
                case 2:
                    sentence += " Use `Posts.All` or *" + Words[random.Next(Words.Length)] + "*.";
                    break;
            }

            text.Append(i == 0 ? string.Empty : " ").Append(sentence);
        }

        return text.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return Capitalize(text.Append('.').ToString());
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
