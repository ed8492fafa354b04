using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Text;

namespace Blog.Generator.Reading;

/// <summary>What a post's file name says, Jekyll style: <c>YYYY-MM-DD-slug.md</c>.</summary>
internal static class FileNameConventions
{
    private static readonly Regex DatePrefix = new(
        @"^(?<date>\d{4}-\d{2}-\d{2})-(?<rest>.+)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // \z, not $: $ also matches before a final newline, which would let "fresh\n" through into member names and URLs.
    private static readonly Regex UrlSafeSlug = new(
        @"\A[a-z0-9]+(?:-[a-z0-9]+)*\z",
        RegexOptions.CultureInvariant);

    /// <summary>The date in the file name's prefix, if it has one.</summary>
    /// <summary>
    /// The name a post's date, slug and title come from: its file name without the extension, or for a page bundle
    /// (<c>Posts/2024-06-10-hello/index.md</c>, Hugo's layout, with the post's files beside it) its folder's name.
    /// </summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var folder = Path.GetDirectoryName(path);
        return string.Equals(name, "index", System.StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(folder)
            ? Path.GetFileName(folder)!
            : name;
    }

    public static DateValue? DateFromFileName(string path)
    {
        var match = DatePrefix.Match(Stem(path));
        return match.Success && JekyllDate.TryParseDateOnly(match.Groups["date"].Value, out var date) ? date : null;
    }

    /// <summary>The file name without extension and date prefix, made URL-safe.</summary>
    public static string SlugFromFileName(string path)
    {
        var name = Stem(path);
        var match = DatePrefix.Match(name);
        return Slugify(match.Success && DateFromFileName(path) is not null ? match.Groups["rest"].Value : name);
    }

    public static bool IsUrlSafeSlug(string slug) => slug.Length <= MaxSlugLength && UrlSafeSlug.IsMatch(slug);

    /// <summary>
    /// The longest slug: it names a file when a site is exported (<c>{slug}.html</c>), and file systems take 255 bytes.
    /// </summary>
    public const int MaxSlugLength = 200;

    /// <summary>A slug short enough for a message.</summary>
    public static string Shown(string slug) => MessageText.Cut(slug, 80);

    /// <summary>
    /// Jekyll's title for a post without one: the file name without date and extension, each hyphen-separated word
    /// capitalized as Ruby's <c>capitalize</c> does (first letter upper case, the rest lower case).
    /// </summary>
    public static string TitleFromFileName(string path)
    {
        var name = Stem(path);
        var match = DatePrefix.Match(name);
        var slug = (match.Success ? match.Groups["rest"].Value : name).TrimEnd('.');
        var words = slug.Split('-').Select(word => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant());
        return string.Join(" ", words);
    }

    /// <summary>The folders above a <c>_posts</c> folder, which Jekyll adds to a post's categories (<c>blog/_posts/x.md</c> is in <c>blog</c>).</summary>
    public static string[] CategoriesFromFolders(string path)
    {
        var segments = path.Split('/');
        var posts = System.Array.LastIndexOf(segments, "_posts");
        return posts <= 0 ? [] : segments.Take(posts).Where(segment => segment.Length > 0 && segment != "." && segment != "..").ToArray();
    }

    /// <summary>Lowercase ASCII letters and digits, with single hyphens for everything else.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c - 'A' + 'a'));
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
