using Blog.Generator.Emitting;
using Blog.Generator.Indexing;
using Blog.Generator.Inputs;
using Blog.Generator.Models;
using Blog.Generator.Reading;
using Blog.Generator.Storage;
using Microsoft.CodeAnalysis;

namespace Blog.Generator;

/// <summary>
/// Compiles Markdown posts (AdditionalFiles marked <c>BlogPost="true"</c>) and collection entries (Markdown in the folder
/// of a <c>[Collection]</c> class) into typed C# with pre-rendered HTML.
/// </summary>
/// <remarks>
/// The pipeline reads in four stages: inputs, each file on its own, what needs every file, and the outputs
/// (docs/contributing/architecture.md draws it). Every step's output is an equatable record, so editing one post's body
/// re-renders and re-stores that post only, the indexes, built from metadata alone, stay cached, and editing C# that is
/// not a schema runs no content step. The inputs' plumbing and the step bodies are in <c>PostsGenerator.Steps.cs</c>.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class PostsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Inputs: the settings, the schema classes, the Markdown files, and in Jekyll mode the site's other files.
        context.RegisterPostInitializationOutput(static output => output.AddSource(GeneratedNames.AttributesHintName, AttributesEmitter.Emit()));
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);
        var settings = options.Select(static (result, _) => result.Options);
        var schemas = Schemas(context);
        var (postFiles, entryFiles) = ContentFiles(context, schemas);
        var site = JekyllSite(context, settings);

        // 2. What links and references may name, from front matter and file names alone: a body edit leaves both equal,
        // so rendering one post never re-renders the others.
        var links = LinkMap(postFiles, settings);
        var references = ReferenceTargets(entryFiles);

        // 3. Each file on its own: read against its context (one equatable input each), rendered, its C# fences checked.
        var parseOptions = settings.Select(static (options, _) => options.ForParsing());
        var bindingSchemas = schemas.Select(static (set, _) => set.ForBinding());
        var posts = postFiles
            .Combine(PostContext(parseOptions, links, bindingSchemas, references, site))
            .Select(static (input, _) => PostReader.Read(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ParsedPosts);
        var entries = entryFiles
            .Combine(EntryContext(bindingSchemas, parseOptions, references, links))
            .Select(static (input, _) => EntryReader.Read(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ParsedEntries);
        var severity = parseOptions.Select(static (options, _) => options.SnippetChecks.Severity);
        // Each post linked to the files its references name: the only step that reads them, so a replaced image re-links
        // the posts that use it and re-renders none.
        var linkedPosts = posts
            .Combine(Assets(context, settings))
            .Select(static (input, _) => AssetLinker.Pick(input.Left, input.Right))
            .WithTrackingName(TrackingNames.PostFilesPicked)
            .Select(static (input, _) => AssetLinker.Link(input))
            .WithTrackingName(TrackingNames.LinkedPosts);
        var postFences = CheckSnippets(context, posts.Where(static post => !post.Snippets.IsEmpty).Select(static (post, _) => new PostSnippets(post.FullPath, post.Snippets)), severity);
        var entryFences = CheckSnippets(context, entries.Where(static entry => !entry.Snippets.IsEmpty).Select(static (entry, _) => new PostSnippets(entry.FullPath, entry.Snippets)), severity);

        // 4. What needs every file: the collections, the index, and the posts stored in buckets. Two feedback edges keep
        // nothing generated that points at something left out: entries a collection leaves out (a shared slug, a
        // cycle) leave out the posts that refer to them, and posts the index leaves out are not stored. Both are usually
        // empty and equal from run to run, so combining with them keeps every other step cached.
        var collections = entries
            .Select(static (entry, _) => entry.ToRow())
            .Collect()
            .Combine(bindingSchemas)
            .Select(static (input, _) => CollectionIndexBuilder.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.CollectionIndexes);
        var excludedEntries = collections.Select(static (model, _) => model.ExcludedPaths);
        var index = linkedPosts
            .Select(static (post, _) => post.ToRow())
            .WithTrackingName(TrackingNames.IndexRows)
            .Collect()
            .Combine(settings.Select(static (options, _) => options.ForIndex()))
            .Combine(excludedEntries) // feedback edge: entries left out → posts left out
            .Select(static (input, _) => IndexBuilder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Index);
        var excludedPosts = index
            .Select(static (model, _) => model.ExcludedPaths)
            .WithTrackingName(TrackingNames.ExcludedPosts);
        var emitOptions = settings.Select(static (options, _) => options.ForEmit());
        var records = linkedPosts
            .Select(static (post, _) => post.Model is null ? null : new PostOutput(post.FullPath, post.Model))
            .WithTrackingName(TrackingNames.PostModels)
            .Combine(emitOptions)
            .Combine(excludedPosts) // feedback edge: posts left out of the index → not stored
            .Select(static (input, _) => Store(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.PostRecords);
        var buckets = records
            .Where(static record => record is not null)
            .Collect()
            .Combine(emitOptions)
            .SelectMany(static (input, _) => BucketBuilder.Build(input.Left!, input.Right))
            .WithTrackingName(TrackingNames.PostBuckets);

        // 5. Outputs: the sources, each from the step that holds what it needs.
        context.RegisterSourceOutput(emitOptions, static (output, options) => EmitRuntimeTypes(output, options));
        context.RegisterSourceOutput(buckets.Combine(emitOptions), static (output, input) => EmitBucket(output, input.Left, input.Right));
        context.RegisterSourceOutput(index, static (output, model) => EmitPosts(output, model));
        context.RegisterSourceOutput(schemas.Combine(emitOptions), static (output, input) => EmitSchemaMembers(output, input.Left, input.Right));
        context.RegisterSourceOutput(
            entries.Select(static (entry, _) => entry.Model).Combine(emitOptions).Combine(excludedEntries),
            static (output, input) => EmitEntry(output, input.Left.Left, input.Left.Right, input.Right));
        context.RegisterSourceOutput(collections, static (output, model) => EmitCollections(output, model));

        // 6. Diagnostics, each in a step of its own so that a step's sources and its problems are cached apart.
        Report(context, options.Select(static (result, _) => result.Diagnostics));
        Report(context, settings.Select(static (options, _) => options.OutsideFiles).Combine(schemas.Select(static (set, _) => set.Directories)).Select(static (input, _) => OutsideFileReport.Of(input.Left, input.Right)));
        Report(context, schemas.Select(static (set, _) => set.Diagnostics));
        Report(context, site.Select(static (site, _) => site.Diagnostics));
        Report(context, linkedPosts.Select(static (post, _) => post.Diagnostics).WithTrackingName(TrackingNames.PostDiagnostics));
        Report(context, entries.Select(static (entry, _) => entry.Diagnostics));
        Report(context, postFences);
        Report(context, entryFences);
        Report(context, collections.Select(static (model, _) => model.Diagnostics));
        Report(context, index.Select(static (model, _) => model.Diagnostics));
        Report(context, records.Select(static (record, _) => record?.Error is { } error ? new[] { error }.ToEquatableArray() : EquatableArray<DiagnosticInfo>.Empty));
    }
}
