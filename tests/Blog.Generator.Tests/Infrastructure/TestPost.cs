using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>A post handed to the compiler as an AdditionalFile, the way MSBuild would.</summary>
internal sealed class TestPost(string path, string text, Encoding? encoding = null, bool isPost = true, bool isContent = false, string? jekyllFile = null, bool isAssetManifest = false) : AdditionalText
{
    public const string ProjectDirectory = "/project";

    public override string Path { get; } = path.StartsWith('/') ? path : ProjectDirectory + "/" + path;

    /// <summary>Whether the file carries <c>BlogPost="true"</c> metadata, as the package's targets give files under Posts/.</summary>
    public bool IsPost { get; } = isPost;

    /// <summary>Whether the file carries <c>BlogContent="true"</c>, as the package's targets give other Markdown in the project's folders.</summary>
    public bool IsContent { get; } = isContent;

    /// <summary>The <c>BlogJekyllFile</c> metadata Jekyll mode's targets give <c>_config.yml</c> (config), includes (include) and data files (data).</summary>
    public string? JekyllFile { get; } = jekyllFile;

    /// <summary>Whether the file carries <c>BlogAssetManifest="true"</c>, as the package's targets give the files' manifest they write.</summary>
    public bool IsAssetManifest { get; } = isAssetManifest;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text, encoding);

    /// <summary>A Markdown file offered as collection content (<c>Authors/jane.md</c>), with the given front matter and body.</summary>
    public static TestPost Entry(string path, string frontMatter, string body = "") =>
        new(path, "---\n" + frontMatter.TrimEnd('\n') + "\n---\n" + body, isPost: false, isContent: true);

    /// <summary>A Jekyll site's file other than a post: <c>_config.yml</c> (config), <c>_includes/…</c> (include), <c>_data/…</c> (data).</summary>
    public static TestPost JekyllSiteFile(string path, string kind, string text) => new(path, text, isPost: false, jekyllFile: kind);

    /// <summary>
    /// The manifest of files beside the posts that the package's targets write (<c>DescribeAssets</c>): one line per
    /// file, path, length, fingerprint, integrity, width, height and problem, tab-separated.
    /// </summary>
    public static TestPost AssetManifest(params string[] lines) =>
        new("obj/blog.assets.txt", "blog-assets\t1\n" + string.Concat(System.Linq.Enumerable.Select(lines, line => line + "\n")), isPost: false, isAssetManifest: true);

    /// <summary>A post with front matter built from the given YAML lines, then the body.</summary>
    public static TestPost Create(string fileName, string frontMatter, string body = "Hello.\n") =>
        new("Posts/" + fileName, "---\n" + frontMatter.TrimEnd('\n') + "\n---\n" + body);
}
