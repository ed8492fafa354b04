using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: add new ones at the end and record them in
/// AnalyzerReleases.Unshipped.md. Each help link points at its section of docs/diagnostics.md, with a bad example and its fix.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Blog.Generator";
    private const string HelpBase = "https://github.com/blog-generator/Blog.Generator/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MissingFrontMatter = Error(
        "BLOG001",
        "Post has no front matter",
        "The post has no front matter: start the file with a line '---', then YAML with at least a title, then another '---'");

    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error(
        "BLOG002",
        "Front matter is never closed",
        "The front matter opened on line 1 is never closed: add a line '---' after the last front-matter key");

    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "BLOG003",
        "Front matter is not valid YAML",
        "The front matter is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor FrontMatterNotMapping = Error(
        "BLOG004",
        "Front matter is not a mapping",
        "The front matter must be a YAML mapping of keys to values (like 'title: My post'), but it is a {0}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "BLOG005",
        "Front-matter key is given twice",
        "The front-matter key '{0}' is given more than once: keep one");

    public static readonly DiagnosticDescriptor MissingTitle = Error(
        "BLOG006",
        "Post has no title",
        "The post has {0}: add a line 'title: Your title' to its front matter");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "BLOG007",
        "Date cannot be read",
        "'{0}' is not a date the '{1}' key accepts: use YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], or either with an offset such as +02:00, +0200 or Z (e.g. 2022-11-30 14:30:00 +0200)");

    public static readonly DiagnosticDescriptor WrongShape = Error(
        "BLOG008",
        "Front-matter value has the wrong shape",
        "The '{0}' key expects {1}, but its value is {2}");

    public static readonly DiagnosticDescriptor InvalidSlug = Error(
        "BLOG009",
        "Slug is not URL-safe",
        "The slug '{0}' is not URL-safe: use lowercase letters a-z, digits and single hyphens between them (e.g. my-first-post), at most 200 characters");

    public static readonly DiagnosticDescriptor DuplicateSlug = Error(
        "BLOG010",
        "Two posts have the same slug",
        "The slug '{0}' is also used by '{1}': give one of the posts a different 'slug' in its front matter");

    public static readonly DiagnosticDescriptor MissingDate = Error(
        "BLOG011",
        "Post has no date",
        "The post has no date: add 'date: YYYY-MM-DD' to its front matter, or start its file name with YYYY-MM-DD-");

    public static readonly DiagnosticDescriptor InvalidUtf8 = Error(
        "BLOG012",
        "Post is not valid UTF-8",
        "The file is not valid UTF-8 ({0}): save it as UTF-8");

    public static readonly DiagnosticDescriptor EmptyFile = Error(
        "BLOG013",
        "Post file is empty",
        "The post file is empty: add front matter with a title, then the post's Markdown");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "BLOG014",
        "Unknown front-matter key",
        "The front-matter key '{0}' is not one the post knows: check its spelling, or turn off BlogStrictFrontMatter",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "blog014");

    public static readonly DiagnosticDescriptor DraftExcluded = new(
        "BLOG015",
        "Draft post left out",
        "The post is left out because {0}; set BlogIncludeDrafts to true to include drafts",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "blog015");

    public static readonly DiagnosticDescriptor TooComplex = Error(
        "BLOG016",
        "Front matter is too large or too deep",
        "The front matter {0}: simplify it (this also guards against YAML alias bombs)");

    public static readonly DiagnosticDescriptor InvalidOption = Error(
        "BLOG017",
        "A Blog.Generator setting is invalid",
        "The MSBuild property {0} has an invalid value '{1}': {2}");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "BLOG018",
        "The generator failed on this post",
        "Blog.Generator failed on this post ({0} in {2}: {1}); please report it with the post attached");

    public static readonly DiagnosticDescriptor MarkdownTooDeep = Error(
        "BLOG019",
        "Markdown is nested too deeply",
        "The post's Markdown is past a limit of Markdig's: {0}; flatten it or split the paragraph");

    public static readonly DiagnosticDescriptor Unreadable = Error(
        "BLOG020",
        "Post file cannot be read",
        "The post file cannot be read as text: check that it exists, is readable and is saved as UTF-8 (the compiler reads a UTF-32 file as binary, CS2015)");

    public static readonly DiagnosticDescriptor LinkToNonPost = new(
        "BLOG021",
        "Link to a Markdown file that is not a post",
        "'{0}' is not a published post, so this link is left as written: link to a post's .md file, or to a URL",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "blog021");

    public static readonly DiagnosticDescriptor SchemaTypeMismatch = Error(
        "BLOG022",
        "Front-matter value does not match its schema type",
        "'{0}' expects {1}, but found {2}");

    public static readonly DiagnosticDescriptor MissingRequiredKey = Error(
        "BLOG023",
        "Required front-matter key is missing",
        "The front matter has no '{0}', which {1}.{2} requires ({3}): add it, or give the property a default or a nullable type");

    public static readonly DiagnosticDescriptor UnknownSchemaKey = Error(
        "BLOG024",
        "Front-matter key is not in the schema",
        "'{0}' is not a property of {1}: add a property for it, map one with [FrontMatterKey(\"{0}\")], or remove the key");

    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        "BLOG025",
        "Reference to an entry that does not exist",
        "'{0}' is not an entry of {1}: {2}");

    public static readonly DiagnosticDescriptor InvalidSchema = Error(
        "BLOG026",
        "Schema class cannot be used",
        "{0}");

    public static readonly DiagnosticDescriptor DuplicateEntrySlug = Error(
        "BLOG027",
        "Two entries share a slug",
        "Another entry of {0} has the slug '{1}' too ({2}): rename one of the files");

    public static readonly DiagnosticDescriptor ReferenceCycle = Error(
        "BLOG028",
        "Entries refer to each other in a cycle",
        "{0} is part of a cycle of references ({1}): each entry is built before the entries that refer to it, so a cycle cannot be built; remove one of the references");

    public static readonly DiagnosticDescriptor ReferenceToFailedEntry = Error(
        "BLOG029",
        "Reference to an entry that is not generated",
        "This file refers to {0}, which is not generated because of its own errors, so this file is not generated either: fix {0} first");

    public static readonly DiagnosticDescriptor HostCannotLoad = Error(
        "BLOG030",
        "This compiler cannot run the generator",
        "This compiler host cannot load {0}, which Blog.Generator needs ({1}), so no post is generated: build with the .NET 8 SDK or later, or Visual Studio 2022 17.8 or later");

    public static readonly DiagnosticDescriptor DateOutOfRange = Error(
        "BLOG031",
        "Date is outside the range .NET can hold",
        "'{0}' in '{1}' is outside the dates .NET can hold: with its UTC offset it falls before 0001-01-01 or after 9999-12-31 UTC");

    public static readonly DiagnosticDescriptor IntegerOutOfRange = Error(
        "BLOG032",
        "Integer is outside the range of long",
        "'{0}' in '{1}' is an integer outside long's range (-9223372036854775808 to 9223372036854775807, hex up to 0x7FFFFFFFFFFFFFFF): quote it to keep it as text");

    public static readonly DiagnosticDescriptor PostTooLarge = Error(
        "BLOG034",
        "Post is too large",
        "{0} is over the limit of {1} characters ({2}): split the post, or raise BlogMaxPostSize");

    public static readonly DiagnosticDescriptor MarkdownTooCostly = Error(
        "BLOG035",
        "Markdown is too costly to render",
        "Rendering this post would cost Markdig about {0} units of work, over the budget of {1} (BlogMaxRenderCost); the costliest part starts here: {2}. Close what it opens or split it; raise BlogMaxRenderCost only for a post you trust");

    public static readonly DiagnosticDescriptor TooManyPostMembers = new(
        "BLOG036",
        "Too many posts for one member each",
        "The project has {0} posts, more than the {1} that Posts can give a property each (the runtime allows 65,535 methods in a type): Posts has no per-post properties; read the posts through Posts.All and Posts.FindBySlug",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "blog036");

    public static readonly DiagnosticDescriptor SnippetDoesNotParse = Warning(
        "BLOG037",
        "C# in a post does not parse",
        "This C# fence does not parse: {0} ({1}). Fix it, or mark the fence nocheck if it shows broken code on purpose");

    public static readonly DiagnosticDescriptor SnippetDoesNotCompile = Warning(
        "BLOG038",
        "C# in a post does not compile",
        "This C# fence does not compile against the project: {0} ({1}). Fix it, add what it uses (usings=), or mark the fence expect={1} if it shows the error on purpose");

    public static readonly DiagnosticDescriptor SnippetDidNotFail = Warning(
        "BLOG039",
        "C# in a post does not fail as it says",
        "This C# fence expects error {0}, but {1}");

    public static readonly DiagnosticDescriptor FenceOptionUnreadable = Warning(
        "BLOG040",
        "A C# fence's option cannot be read",
        "This C# fence's info string cannot be read: {0}; the rest of it applies");

    public static readonly DiagnosticDescriptor JekyllSyntaxLeftOut = Warning(
        "BLOG041",
        "Jekyll syntax left out",
        "Jekyll mode cannot evaluate this at build time, so it is left out of the page: {0}");

    public static readonly DiagnosticDescriptor LiquidCannotRender = Error(
        "BLOG042",
        "Liquid in a post cannot be rendered",
        "This post's Liquid cannot be rendered, so the post is not generated: {0}");

    public static readonly DiagnosticDescriptor TitleFromFileName = new(
        "BLOG043",
        "Title taken from the file name",
        "The post has no title, so it is titled '{0}' from its file name, as Jekyll does",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "blog043");

    public static readonly DiagnosticDescriptor JekyllFileUnreadable = Error(
        "BLOG044",
        "A Jekyll site file cannot be read",
        "{0} cannot be read: {1}");

    public static readonly DiagnosticDescriptor ActiveMarkupLeftOut = Warning(
        "BLOG045",
        "Active markup left out: raw HTML is off",
        "Left out, since raw HTML is off (BlogAllowRawHtml=false): {0}");

    public static readonly DiagnosticDescriptor FileOutsideProject = Error(
        "BLOG046",
        "A file outside the project",
        "{0} is not read: once its symbolic links are followed it lies outside the project, and nothing is read from outside it (Jekyll refuses it too); copy the file into the project instead of linking to it");

    public static readonly DiagnosticDescriptor AssetMissing = Warning(
        "BLOG047",
        "A file a post names is missing",
        "'{0}' names no file in the project (looked for '{1}'), so it is left as written and the page would show a broken image or link: check the name and its case, or add the file");

    public static readonly DiagnosticDescriptor AssetUnusable = Warning(
        "BLOG048",
        "A file a post names cannot be used",
        "'{0}' {1}");

    public static readonly DiagnosticDescriptor RepeatedKeyLastWins = Warning(
        "BLOG049",
        "A key is given twice; the last value is used",
        "The key '{0}' is given more than once; as Jekyll does, the last value is used: keep one");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id);

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
