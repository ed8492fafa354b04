using System;
using System.IO;
using System.Linq;
using System.Text;
using Blog.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// Issue 12's "done when", as a real <c>dotnet build</c>: one post of each hostile class beside good posts, several of
/// them odd but valid. The build must fail with every bad post named at its file and line and no C# error; without
/// the bad posts, the same project must build and print exactly what the good posts hold.
/// </summary>
[Trait("Category", "Build")]
public sealed class HostileBuildTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string project = TestPaths.CreateTempDirectory("blog-hostile");

    public void Dispose() => Directory.Delete(project, recursive: true);

    private static string Post(string frontMatter, string body = "Body.\n") => "---\n" + frontMatter + "\n---\n" + body;

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    /// <summary>File name, bytes, and where the build must report it (MSBuild's "file(line,col): error ID").</summary>
    private static readonly (string Name, byte[] Bytes, string Reported)[] Bad =
    [
        ("quo\"te.md", Utf8(Post("title: Quote\ndate: 2024-01-01")), "quo"),
        ("back\\slash.md", Utf8(Post("title: Backslash\ndate: 2024-01-01")), "slash"),
        ("line\u2028separator.md", Utf8(Post("title: Separator\ndate: 2024-01-01")), "separator"),
        ("tab\there.md", Utf8(Post("title: Tab\ndate: 2024-01-01")), "here"),
        ("new\nline.md", Utf8(Post("title: Newline\ndate: 2024-01-01")), "new"),
        ("latin1.md", Encoding.Latin1.GetBytes(Post("title: Café\ndate: 2024-01-01")), "Posts/latin1.md(2,11): error BLOG012"),
        ("utf16-no-bom.md", new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Post("title: Wide\ndate: 2024-01-01")), "Posts/utf16-no-bom.md(1,2): error BLOG012"),
        ("alias-size-bomb.md", Utf8(Post("title: Bomb\ndate: 2024-01-01\ns: &s \"" + new string('x', 4_000) + "\"\nlist: [" + string.Join(", ", Enumerable.Repeat("*s", 99_990)) + "]")), "Posts/alias-size-bomb.md(5,1008): error BLOG016"),
        ("early.md", Utf8(Post("title: Early\ndate: 0001-01-01 00:00:00 +14:00")), "Posts/early.md(3,7): error BLOG031"),
        ("late-modified.md", Utf8(Post("title: Late\ndate: 2024-01-01\nlast_modified_at: 9999-12-31 23:59:59 -14:00")), "Posts/late-modified.md(4,19): error BLOG031"),
        ("extra-date.md", Utf8(Post("title: Extra\ndate: 2024-01-01\nwhen: 0001-01-01 00:00:00 +01:00")), "Posts/extra-date.md(4,7): error BLOG031"),
        ("big-integer.md", Utf8(Post("title: Big\ndate: 2024-01-01\nn: 99999999999999999999")), "Posts/big-integer.md(4,4): error BLOG032"),
        ("hex-integer.md", Utf8(Post("title: Hex\ndate: 2024-01-01\nn: 0xFFFFFFFFFFFFFFFF")), "Posts/hex-integer.md(4,4): error BLOG032"),
        ("fresh.md", Utf8(Post("title: Fresh\ndate: 2024-01-01\nslug: \"good-one\\n\"")), "Posts/fresh.md(4,7): error BLOG009"),
        ("block-slug.md", Utf8(Post("title: Block\ndate: 2024-01-01\nslug: |\n  good-one")), "Posts/block-slug.md(4,7): error BLOG009"),
        ("links.md", Utf8(Post("title: Links\ndate: 2024-01-01", Repeat("[a](", 100_000))), "Posts/links.md(5,1): error BLOG035"),
        ("references.md", Utf8(Post("title: References\ndate: 2024-01-01", string.Concat(Enumerable.Range(0, 100_000).Select(i => $"[r{i}]: /u{i}\n")))), "Posts/references.md(5,1): error BLOG035"),
        ("deep-list.md", Utf8(Post("title: Deep\ndate: 2024-01-01", string.Concat(Enumerable.Range(0, 1_200).Select(i => new string(' ', 2 * i) + "- a\n")))), "Posts/deep-list.md(1204,1): error BLOG035"),
        ("flat-emphasis.md", Utf8(Post("title: Flat\ndate: 2024-01-01", Repeat("*a ", 100_000))), "Posts/flat-emphasis.md(5,1): error BLOG035"),
        ("oversized.md", Utf8(Post("title: Oversized\ndate: 2024-01-01", Repeat("word ", 500_000))), "Posts/oversized.md(1,1): error BLOG034"),
    ];

    /// <summary>Odd but valid: each must build and read back.</summary>
    private static readonly (string Name, byte[] Bytes)[] Good =
    [
        ("2024-01-01-plain.md", Utf8(Post("title: Plain\ntags: [a, b]"))),
        ("hash#semi;colon 'quote' & more.md", Utf8(Post("title: Odd Name\ndate: 2024-01-02\nslug: odd-name"))),
        ("extremes.md", Utf8(Post("title: Extremes\ndate: 0001-01-01 00:00:00 -01:00\nlast_modified_at: 9999-12-31 22:59:59 -01:00\nn: -9223372036854775808\nh: 0x7FFFFFFFFFFFFFFF"))),
        ("merged.md", Utf8(Post("base: &base\n  title: Merged\n  date: 2024-03-04\n<<: *base\nslug: merged"))),
        ("replacement.md", Utf8(Post("title: \"Kept \uFFFD\"\ndate: 2024-01-05\nslug: replacement"))),
        ("utf16-bom.md", new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Post("title: Wide é\ndate: 2024-01-06\nslug: wide"))).ToArray()),
        ("wide-table.md", Utf8(Post("title: Wide Table\ndate: 2024-01-07\nslug: wide-table", Repeat("| h", 5_000) + "|\n" + Repeat("|--", 5_000) + "|\n" + Repeat("| c", 5_000) + "|\n"))),
    ];

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    [Fact]
    public void Every_hostile_post_is_named_at_its_file_and_line_and_without_them_the_good_posts_read_back()
    {
        WriteProject();
        var posts = Path.Combine(project, "Posts");
        Directory.CreateDirectory(posts);
        foreach (var (name, bytes) in Good)
        {
            File.WriteAllBytes(Path.Combine(posts, name), bytes);
        }

        foreach (var (name, bytes, _) in Bad)
        {
            File.WriteAllBytes(Path.Combine(posts, name), bytes);
        }

        var failed = DotNetProcess.Run(project, BuildTimeout, "build", "-nologo", "-p:TreatWarningsAsErrors=false");
        output.WriteLine($"with the hostile posts: exit {failed.ExitCode} after {failed.Elapsed.TotalSeconds:0.0} s");

        Assert.NotEqual(0, failed.ExitCode);
        var printed = failed.PortableOutput;
        var fileNameErrors = printed.Split('\n').Where(line => line.Contains("error BLOG033", StringComparison.Ordinal)).Distinct().ToList();
        foreach (var (name, _, reported) in Bad)
        {
            // BLOG033 names the file (control characters and separators shown as '?'); the rest are located in the post.
            Assert.True(
                reported.Contains("error BLOG", StringComparison.Ordinal)
                    ? printed.Contains(reported, StringComparison.Ordinal)
                    : fileNameErrors.Any(line => line.Contains(reported, StringComparison.Ordinal)),
                $"{name}: expected '{reported}' in:\n{failed.Output}");
        }

        Assert.Equal(5, fileNameErrors.Count);
        Assert.DoesNotContain("error CS", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("BLOG018", failed.Output, StringComparison.Ordinal);

        foreach (var (name, _, _) in Bad)
        {
            File.Delete(Path.Combine(posts, name));
        }

        var run = DotNetProcess.Run(project, BuildTimeout, "run", "-nologo");
        output.WriteLine($"without them: exit {run.ExitCode} after {run.Elapsed.TotalSeconds:0.0} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => line.StartsWith('|')).ToList();
        Assert.Equal(
            [
                "|extremes|Extremes|0001-01-01T00:00:00.0000000-01:00|9999-12-31T22:59:59.0000000-01:00|-9223372036854775808|9223372036854775807|0",
                "|plain|Plain|2024-01-01T00:00:00.0000000+00:00||||0",
                "|odd-name|Odd Name|2024-01-02T00:00:00.0000000+00:00||||0",
                "|replacement|Kept \uFFFD|2024-01-05T00:00:00.0000000+00:00||||0",
                "|wide|Wide é|2024-01-06T00:00:00.0000000+00:00||||0",
                "|wide-table|Wide Table|2024-01-07T00:00:00.0000000+00:00||||5000",
                "|merged|Merged|2024-03-04T00:00:00.0000000+00:00||||0",
            ],
            lines);
    }

    private void WriteProject()
    {
        ConsumerProject.Write(project);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Globalization;
            using System.Linq;

            namespace Consumer.App;

            /// <summary>Prints each post: slug, title, dates, integers and the number of table cells.</summary>
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                    foreach (var post in Posts.All.OrderBy(p => p.Date))
                    {
                        System.Console.WriteLine(string.Join(
                            '|',
                            string.Empty,
                            post.Slug,
                            post.Title,
                            post.Date.ToString("O", CultureInfo.InvariantCulture),
                            post.LastModifiedAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
                            Value(post, "n"),
                            Value(post, "h"),
                            (post.Html.Split("<td>").Length - 1).ToString(CultureInfo.InvariantCulture)));
                    }
                }

                private static string Value(Post post, string key) =>
                    post.FrontMatter.TryGetValue(key, out var value) ? System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
            }
            """);
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
    }
}
