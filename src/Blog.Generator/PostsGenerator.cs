using Blog.Generator.Emitting;
using Blog.Generator.Indexing;
using Blog.Generator.Inputs;
using Blog.Generator.Jekyll;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Reading;
using Blog.Generator.Schemas;
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
/// not a schema runs no content step. The step bodies are in <c>PostsGenerator.Outputs.cs</c>.
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
        var schemas = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaAttributes.Collection, SchemaReader.IsCandidate, SchemaReader.ReadCollection)
            .Collect()
            .Combine(context.SyntaxProvider.ForAttributeWithMetadataName(SchemaAttributes.PostFrontMatter, SchemaReader.IsCandidate, SchemaReader.ReadPostFrontMatter).Collect())
            .Select(static (pair, _) => SchemaSetBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Schemas);
        var bindingSchemas = schemas.Select(static (set, _) => set.ForBinding());
        var contentFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => ContentFiles.IsCandidate(pair.Left, pair.Right))
            .Combine(schemas.Select(static (set, _) => set.Directories))
            .Select(static (input, cancellationToken) => ContentFiles.Read(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ContentFiles);
        var postFiles = contentFiles
            .Where(static file => file is { IsPost: true })
            .Select(static (file, _) => file!.File)
            .WithTrackingName(TrackingNames.PostFiles);
        var entryFiles = contentFiles
            .Where(static file => file is { IsPost: false })
            .Select(static (file, _) => file!);
        var site = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => JekyllFiles.IsCandidate(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => JekyllFiles.Read(pair.Left, pair.Right, cancellationToken)!)
            .Collect()
            .Combine(settings.Select(static (options, _) => options.ForJekyll()))
            .Select(static (input, _) => JekyllSiteReader.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.JekyllSite);

        // 2. What links and references may name, from front matter and file names alone: a body edit leaves both equal,
        // so rendering one post never re-renders the others.
        var links = postFiles
            .Combine(settings.Select(static (options, _) => options.ForLinks()))
            .Select(static (input, _) => LinkTargetReader.Read(input.Left, input.Right))
            .WithTrackingName(TrackingNames.LinkTargets)
            .Collect()
            .Select(static (targets, _) => LinkTargets.From(targets))
            .WithTrackingName(TrackingNames.LinkMap);
        var references = entryFiles
            .Select(static (file, _) => new ReferenceTarget(file.CollectionTypeName, EntryReader.SlugOf(file.File.RelativePath), file.File.RelativePath))
            .Collect()
            .Select(static (targets, _) => new ReferenceTargets(targets))
            .WithTrackingName(TrackingNames.ReferenceTargets);

        // 3. Each file on its own: read against its context, rendered, its C# fences checked.
        var parseOptions = settings.Select(static (options, _) => options.ForParsing());
        var postContext = parseOptions
            .Combine(links)
            .Combine(bindingSchemas.Combine(references).Select(static (pair, _) => PostSchemaInput.Of(pair.Left, pair.Right)))
            .Combine(site)
            .Select(static (input, _) => new PostReadContext(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right));
        var posts = postFiles
            .Combine(postContext)
            .Select(static (input, _) => PostReader.Read(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ParsedPosts);
        var entryContext = bindingSchemas
            .Combine(parseOptions)
            .Combine(references)
            .Combine(links)
            .Select(static (input, _) => new EntryReadContext(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right));
        var entries = entryFiles
            .Combine(entryContext)
            .Select(static (input, _) => EntryReader.Read(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ParsedEntries);
        var severity = parseOptions.Select(static (options, _) => options.SnippetChecks.Severity);
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
        var index = posts
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
        var records = posts
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
        Report(context, schemas.Select(static (set, _) => set.Diagnostics));
        Report(context, site.Select(static (site, _) => site.Diagnostics));
        Report(context, posts.Select(static (post, _) => post.Diagnostics).WithTrackingName(TrackingNames.PostDiagnostics));
        Report(context, entries.Select(static (entry, _) => entry.Diagnostics));
        Report(context, postFences);
        Report(context, entryFences);
        Report(context, collections.Select(static (model, _) => model.Diagnostics));
        Report(context, index.Select(static (model, _) => model.Diagnostics));
        Report(context, records.Select(static (record, _) => record?.Error is { } error ? new[] { error }.ToEquatableArray() : EquatableArray<DiagnosticInfo>.Empty));
    }
}
