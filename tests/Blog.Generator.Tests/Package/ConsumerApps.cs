namespace Blog.Generator.Tests.Package;

/// <summary>What the package tests put into the apps that <c>dotnet new</c> makes.</summary>
internal static class ConsumerApps
{
    /// <summary>
    /// The strictest settings a consumer is likely to have, all at once, targeting .NET 8 and .NET 10. This machine may
    /// have no .NET 8 runtime, so the net8.0 build is self-contained: the SDK restores the .NET 8 runtime pack from
    /// NuGet and the app runs on it (it prints the runtime's version to prove it).
    /// </summary>
    public const string StrictProperties = """
          <PropertyGroup>
            <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
            <RootNamespace>My.Company.class</RootNamespace>
            <ImplicitUsings>disable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <AnalysisLevel>latest-all</AnalysisLevel>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <BlogSyntaxHighlighting>true</BlogSyntaxHighlighting>
            <RuntimeIdentifier Condition="'$(TargetFramework)' == 'net8.0'">$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier>
            <SelfContained Condition="'$(TargetFramework)' == 'net8.0'">true</SelfContained>
          </PropertyGroup>

          <ItemGroup>
            <!-- One file opted in from outside Posts/, and Markdown another tool adds that must not become a post. -->
            <AdditionalFiles Include="About.md" BlogPost="true" />
            <AdditionalFiles Include="Notes/*.md" />
          </ItemGroup>
        """;

    public const string StrictProgram = """
        using System;
        using System.Globalization;
        using System.Linq;
        using System.Text;

        namespace My.Company.@class;

        internal static class Program
        {
            private static void Main()
            {
                foreach (Post post in Posts.All)
                {
                    Console.WriteLine(string.Join("|", "post", post.Slug, post.Title, post.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Join(",", post.Tags)));
                }

                Post seed = Posts.ReflectionsFromIcml2024;
                Console.WriteLine(string.Join("|", "utf8", seed.HtmlUtf8.SequenceEqual(Encoding.UTF8.GetBytes(seed.Html)).ToString()));
                Console.WriteLine(string.Join("|", "runtime", Environment.Version.ToString()));
                Console.WriteLine(seed.Html);
                Console.WriteLine(Posts.FindBySlug("second")?.Html);
            }
        }
        """;

    public const string AboutPost = """
        ---
        title: About this blog
        date: 2024-01-01
        ---

        A page opted in from outside the posts folder.
        """;

    public const string SecondPost = """
        ---
        title: "A second post"
        tags: [notes]
        ---

        Hello *world*.

        ```csharp check
        var greeting = "hello";
        ```

        ```json
        {"greeting": "hello"}
        ```
        """;

    public const string NotAPost = """
        # Notes

        Another tool's Markdown: it has no front matter and must not be read as a post.
        """;

    /// <summary>The default web template's Program.cs, serving the posts. Its namespace comes from BlogNamespace.</summary>
    public const string WebProperties = """
          <PropertyGroup>
            <BlogNamespace>WebApp.Blog</BlogNamespace>
          </PropertyGroup>
        """;

    public const string WebProgram = """
        using System.Globalization;
        using WebApp.Blog;

        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();

        app.MapGet("/", () => string.Join('\n', Posts.All.Select(post =>
            $"{post.Slug}|{post.Title}|{post.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{string.Join(',', post.Tags)}")));

        app.MapGet("/posts/{slug}", (string slug) => Posts.FindBySlug(slug) is { } post
            ? Results.Bytes(post.HtmlUtf8.ToArray(), "text/html; charset=utf-8")
            : Results.NotFound());

        app.Run();
        """;

    /// <summary>A post whose date (line 3, from column 7) is not a date.</summary>
    public const string BadPost = """
        ---
        title: A post with a bad date
        date: not-a-date
        ---

        Body.
        """;
}
