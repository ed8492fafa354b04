using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>
/// The generated blog compiled to a real assembly and loaded, so tests read posts back as an app would.
/// Reflection stands in for the user's code, since the types only exist after generation.
/// </summary>
internal sealed class CompiledBlog
{
    private readonly Type posts;

    private CompiledBlog(Assembly assembly, string ns)
    {
        Assembly = assembly;
        posts = assembly.GetType(ns + ".Posts", throwOnError: true)!;
    }

    public Assembly Assembly { get; }

    public static CompiledBlog Load(Compilation compilation, string ns = "TestBlog")
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, "The generated code does not compile:\n" + string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("blog-" + Guid.NewGuid(), isCollectible: true);
        return new CompiledBlog(context.LoadFromStream(stream), ns);
    }

    public IReadOnlyList<PostView> All => ((IEnumerable)Static("All")!).Cast<object>().Select(p => new PostView(p)).ToList();

    public PostView Member(string name) => new(Static(name)!);

    public PostView? FindBySlug(string slug) => posts.GetMethod("FindBySlug")!.Invoke(null, [slug]) is { } post ? new PostView(post) : null;

    public IReadOnlyList<string> Tags => (IReadOnlyList<string>)Static("Tags")!;

    public IReadOnlyList<string> Categories => (IReadOnlyList<string>)Static("Categories")!;

    public IReadOnlyList<PostView> WithTag(string tag) => Invoke("WithTag", tag);

    public IReadOnlyList<PostView> PublishedAsOf(DateTimeOffset now) =>
        ((IEnumerable)posts.GetMethod("PublishedAsOf", [typeof(DateTimeOffset)])!.Invoke(null, [now])!).Cast<object>().Select(p => new PostView(p)).ToList();

    public IReadOnlyList<PostView> InCategory(string category) => Invoke("InCategory", category);

    public IEnumerable<string> PostMemberNames => posts
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType.Name == "Post")
        .Select(p => p.Name);

    private IReadOnlyList<PostView> Invoke(string method, string argument) =>
        ((IEnumerable)posts.GetMethod(method)!.Invoke(null, [argument])!).Cast<object>().Select(p => new PostView(p)).ToList();

    private object? Static(string name) => posts.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? throw new InvalidOperationException("Posts has no property " + name);
}

/// <summary>A generated <c>Post</c>, read through reflection.</summary>
internal sealed class PostView(object post)
{
    public string Slug => Get<string>();

    public string Title => Get<string>();

    public DateTimeOffset Date => Get<DateTimeOffset>();

    public DateTimeOffset? LastModifiedAt => Get<DateTimeOffset?>();

    public IReadOnlyList<string> Categories => Get<IReadOnlyList<string>>();

    public IReadOnlyList<string> Tags => Get<IReadOnlyList<string>>();

    public string? Excerpt => Get<string?>();

    public string Html => Get<string>();

    public string ExcerptHtml => Get<string>();

    /// <summary>The bytes of <c>ExcerptHtmlUtf8</c>.</summary>
    public byte[] ExcerptHtmlUtf8 => post.GetType().GetProperty("ExcerptHtmlUtf8")!.GetMethod!.CreateDelegate<SpanGetter>(post)().ToArray();

    public int WordCount => Get<int>();

    public TimeSpan ReadingTime => Get<TimeSpan>();

    public string SourcePath => Get<string>();

    public IReadOnlyDictionary<string, object?> FrontMatter => Get<IReadOnlyDictionary<string, object?>>();

    /// <summary>The bytes of <c>HtmlUtf8</c>. A span cannot be boxed, so this calls the getter through a delegate.</summary>
    public byte[] HtmlGzip => post.GetType().GetProperty("HtmlGzip")!.GetMethod!.CreateDelegate<SpanGetter>(post)().ToArray();

    public byte[] HtmlUtf8
    {
        get
        {
            var getter = post.GetType().GetProperty("HtmlUtf8")!.GetMethod!;
            return getter.CreateDelegate<SpanGetter>(post)().ToArray();
        }
    }

    public IReadOnlyList<(int Level, string Text, string Id)> Headings =>
        ((IEnumerable)Get<object>("Headings")).Cast<object>()
            .Select(h => ((int)Property(h, "Level")!, (string)Property(h, "Text")!, (string)Property(h, "Id")!))
            .ToList();

    public (string Url, int? Width, int? Height, string? Alt)? Image =>
        Get<object?>() is { } image ? ((string)Property(image, "Url")!, (int?)Property(image, "Width"), (int?)Property(image, "Height"), (string?)Property(image, "Alt")) : null;

    public IReadOnlyList<(string Path, string Url, long Length, string Integrity, int? Width, int? Height)> Assets =>
        ((IEnumerable)Get<object>("Assets")).Cast<object>()
            .Select(a => ((string)Property(a, "Path")!, (string)Property(a, "Url")!, (long)Property(a, "Length")!, (string)Property(a, "Integrity")!, (int?)Property(a, "Width"), (int?)Property(a, "Height")))
            .ToList();

    public PostView? Previous => Get<object?>() is { } post ? new PostView(post) : null;

    public PostView? Next => Get<object?>() is { } post ? new PostView(post) : null;

    public IReadOnlyList<PostView> Related => ((IEnumerable)Get<object>()).Cast<object>().Select(p => new PostView(p)).ToList();

    /// <summary>The table of contents as "text" and "text(child, child)" strings, one per top-level entry.</summary>
    public IReadOnlyList<string> TableOfContents => Entries(Get<object>());

    private static IReadOnlyList<string> Entries(object entries) =>
        ((IEnumerable)entries).Cast<object>()
            .Select(entry =>
            {
                var text = ((string)Property(Property(entry, "Heading")!, "Text")!);
                var children = Entries(Property(entry, "Children")!);
                return children.Count == 0 ? text : text + "(" + string.Join(", ", children) + ")";
            })
            .ToList();

    private delegate ReadOnlySpan<byte> SpanGetter();

    private T Get<T>([System.Runtime.CompilerServices.CallerMemberName] string name = "") => (T)Property(post, name)!;

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
}
