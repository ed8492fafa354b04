using System.Linq;
using System.Threading;
using Blog.Generator.Diagnostics;
using Blog.Generator.Emitting;
using Blog.Generator.Inputs;
using Blog.Generator.Jekyll;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Reading;
using Blog.Generator.Schemas;
using Blog.Generator.Snippets;
using Blog.Generator.Storage;
using Microsoft.CodeAnalysis;

namespace Blog.Generator;

/// <summary>
/// The pipeline's plumbing and the bodies of its steps that need more than a line: the inputs, the contexts files are
/// read in, storing posts, checking fences, and the outputs. <see cref="Initialize"/> puts them together.
/// </summary>
public sealed partial class PostsGenerator
{
    /// <summary>Every <c>[Collection]</c> and <c>[PostFrontMatter]</c> class, read into data and checked together.</summary>
    private static IncrementalValueProvider<SchemaSet> Schemas(IncrementalGeneratorInitializationContext context)
    {
        var collections = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaAttributes.Collection, SchemaReader.IsCandidate, SchemaReader.ReadCollection)
            .Collect();
        var postSchemas = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaAttributes.PostFrontMatter, SchemaReader.IsCandidate, SchemaReader.ReadPostFrontMatter)
            .Collect();
        return collections
            .Combine(postSchemas)
            .Select(static (pair, _) => SchemaSetBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Schemas);
    }

    /// <summary>The Markdown files MSBuild offered, read: the posts, and the entries of each collection's folder.</summary>
    private static (IncrementalValuesProvider<PostFile> Posts, IncrementalValuesProvider<ContentFile> Entries) ContentFiles(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<SchemaSet> schemas)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => Inputs.ContentFiles.IsCandidate(pair.Left, pair.Right))
            .Combine(schemas.Select(static (set, _) => set.Directories))
            .Select(static (input, cancellationToken) => Inputs.ContentFiles.Read(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ContentFiles);
        var posts = files
            .Where(static file => file is { IsPost: true })
            .Select(static (file, _) => file!.File)
            .WithTrackingName(TrackingNames.PostFiles);
        var entries = files
            .Where(static file => file is { IsPost: false })
            .Select(static (file, _) => file!);
        return (posts, entries);
    }

    /// <summary>In Jekyll mode, the site's <c>_config.yml</c>, <c>_data</c> and <c>_includes</c>; otherwise <see cref="Models.JekyllSite.Off"/>.</summary>
    private static IncrementalValueProvider<JekyllSite> JekyllSite(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorOptions> settings) =>
        context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => JekyllFiles.IsCandidate(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => JekyllFiles.Read(pair.Left, pair.Right, cancellationToken)!)
            .Collect()
            .Combine(settings.Select(static (options, _) => options.ForJekyll()))
            .Select(static (input, _) => JekyllSiteReader.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.JekyllSite);

    /// <summary>
    /// The files beside the posts, from the manifest the package's targets write, and how a missing one is reported.
    /// In a build shaped for hot reload their URLs carry no fingerprint: the running app's static web assets keep the
    /// routes they started with, so a replaced image must keep its URL.
    /// </summary>
    private static IncrementalValueProvider<AssetContext> Assets(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorOptions> settings) => context.AdditionalTextsProvider
        .Combine(context.AnalyzerConfigOptionsProvider)
        .Where(static pair => AssetManifest.IsCandidate(pair.Left, pair.Right))
        .Select(static (pair, cancellationToken) => AssetManifest.Read(pair.Left, cancellationToken))
        .Collect()
        .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => provider.GlobalOptions))
        .Combine(settings.Select(static (options, _) => !options.StoreForHotReload))
        .Select(static (input, _) => AssetManifest.Context(input.Left.Left, input.Left.Right, fingerprinted: input.Right))
        .WithTrackingName(TrackingNames.Assets);

    /// <summary>Every post's URL, read from its front matter alone: equal through body edits.</summary>
    private static IncrementalValueProvider<LinkTargets> LinkMap(IncrementalValuesProvider<PostFile> posts, IncrementalValueProvider<GeneratorOptions> settings) => posts
        .Combine(settings.Select(static (options, _) => options.ForLinks()))
        .Select(static (input, _) => LinkTargetReader.Read(input.Left, input.Right))
        .WithTrackingName(TrackingNames.LinkTargets)
        .Collect()
        .Select(static (targets, _) => LinkTargets.From(targets))
        .WithTrackingName(TrackingNames.LinkMap);

    /// <summary>The entries references may name, from file names alone: equal through front matter and body edits.</summary>
    private static IncrementalValueProvider<ReferenceTargets> ReferenceTargets(IncrementalValuesProvider<ContentFile> entries) => entries
        .Select(static (file, _) => new ReferenceTarget(file.CollectionTypeName, EntryReader.SlugOf(file.File.RelativePath), file.File.RelativePath))
        .Collect()
        .Select(static (targets, _) => new Models.Collections.ReferenceTargets(targets))
        .WithTrackingName(TrackingNames.ReferenceTargets);

    /// <summary>
    /// What reading a post depends on besides its file, as one input: without a <c>[PostFrontMatter]</c> class the
    /// schema part stays <see cref="PostSchemaInput.None"/>, so adding an entry never re-reads a post.
    /// </summary>
    private static IncrementalValueProvider<PostReadContext> PostContext(
        IncrementalValueProvider<PostParseOptions> options,
        IncrementalValueProvider<LinkTargets> links,
        IncrementalValueProvider<SchemaSet> schemas,
        IncrementalValueProvider<Models.Collections.ReferenceTargets> references,
        IncrementalValueProvider<JekyllSite> site)
    {
        var schema = schemas.Combine(references).Select(static (pair, _) => PostSchemaInput.Of(pair.Left, pair.Right));
        return options
            .Combine(links)
            .Select(static (pair, _) => (Options: pair.Left, Links: pair.Right))
            .Combine(schema.Combine(site))
            .Select(static (pair, _) => new PostReadContext(pair.Left.Options, pair.Left.Links, pair.Right.Left, pair.Right.Right));
    }

    /// <summary>What reading a collection entry depends on besides its file, as one input.</summary>
    private static IncrementalValueProvider<EntryReadContext> EntryContext(
        IncrementalValueProvider<SchemaSet> schemas,
        IncrementalValueProvider<PostParseOptions> options,
        IncrementalValueProvider<Models.Collections.ReferenceTargets> references,
        IncrementalValueProvider<LinkTargets> links) => schemas
            .Combine(options)
            .Combine(references.Combine(links))
            .Select(static (pair, _) => new EntryReadContext(pair.Left.Left, pair.Left.Right, pair.Right.Left, pair.Right.Right));

    /// <summary>A post's record, unless it has errors or the index left it out (a shared slug, a reference to an entry not generated).</summary>
    private static PostRecord? Store(PostOutput? post, EmitOptions options, EquatableArray<string> excludedPosts) =>
        post is not null && !excludedPosts.Contains(post.Model.Metadata.RelativePath)
            ? PostRecords.TryStore(post, options.WordsPerMinute)
            : null;

    /// <summary>
    /// Compiles the <c>compile</c> fences of each file that has any against the project. Only those files reach the
    /// project's compilation, so a <c>.cs</c> edit checks their fences again and renders nothing, and a body edit checks
    /// the edited file's fences only.
    /// </summary>
    private static IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> CheckSnippets(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<PostSnippets> snippets,
        IncrementalValueProvider<DiagnosticSeverity> severity) => snippets
            .Combine(context.CompilationProvider.WithComparer(CompilationComparer.Instance))
            .Combine(severity)
            .Select(static (input, cancellationToken) => CheckSnippets(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SnippetChecks);

    private static EquatableArray<DiagnosticInfo> CheckSnippets(PostSnippets snippets, Compilation compilation, DiagnosticSeverity severity, CancellationToken cancellationToken) =>
        GeneratorGuard.Check(snippets.FilePath, () => SnippetCompiler.Check(snippets, compilation, severity, cancellationToken));

    /// <summary>The types every post is read into and read with; they change only with the namespace.</summary>
    private static void EmitRuntimeTypes(SourceProductionContext output, EmitOptions options) => GeneratorGuard.Run(output, null, () =>
    {
        output.AddSource(GeneratedNames.PostHintName, PostEmitter.Emit(options.Namespace));
        output.AddSource(GeneratedNames.PostHeadingHintName, PostHeadingEmitter.Emit(options.Namespace));
        output.AddSource(GeneratedNames.PostAssetHintName, PostAssetEmitter.EmitAsset(options.Namespace));
        output.AddSource(GeneratedNames.PostImageHintName, PostAssetEmitter.EmitImage(options.Namespace));
        output.AddSource(GeneratedNames.PostTocEntryHintName, PostTocEntryEmitter.Emit(options.Namespace));
        output.AddSource(GeneratedNames.PostRecordReaderHintName, PostRecordReaderEmitter.Emit(options.Namespace));
        output.AddSource(GeneratedNames.PostBucketsHintName, PostBucketsEmitter.Emit());
    });

    /// <summary>A bucket's file, when it holds a post: re-emitted only when one of its posts changed.</summary>
    private static void EmitBucket(SourceProductionContext output, PostBucket bucket, EmitOptions options)
    {
        if (BucketEmitter.HasPosts(bucket))
        {
            GeneratorGuard.Run(output, null, () => output.AddSource(GeneratedNames.BucketHintName(bucket.Number), BucketEmitter.Emit(bucket, options.Namespace)));
        }
    }

    private static void EmitPosts(SourceProductionContext output, IndexModel model) =>
        GeneratorGuard.Run(output, null, () => output.AddSource(GeneratedNames.PostsHintName, PostsEmitter.Emit(model)));

    /// <summary>What the generator adds to each collection's entry class, and <c>Post.Data</c> for a post schema.</summary>
    private static void EmitSchemaMembers(SourceProductionContext output, SchemaSet schemas, EmitOptions options) => GeneratorGuard.Run(output, null, () =>
    {
        foreach (var schema in schemas.Collections)
        {
            output.AddSource(GeneratedNames.SchemaHintName(schema), SchemaMembersEmitter.EmitEntryMembers(schema));
        }

        if (schemas.PostSchema is { } postSchema)
        {
            output.AddSource(GeneratedNames.PostDataHintName, SchemaMembersEmitter.EmitPostData(postSchema, options.Namespace));
        }
    });

    /// <summary>An entry's file, unless it has errors or its collection left it out.</summary>
    private static void EmitEntry(SourceProductionContext output, EntryModel? entry, EmitOptions options, EquatableArray<string> excludedEntries)
    {
        if (entry is not null && !excludedEntries.Contains(entry.RelativePath))
        {
            GeneratorGuard.Run(output, null, () => output.AddSource(GeneratedNames.EntryHintName(entry.RelativePath), EntryEmitter.Emit(entry, options.StoreForHotReload)));
        }
    }

    private static void EmitCollections(SourceProductionContext output, CollectionIndexes model) => GeneratorGuard.Run(output, null, () =>
    {
        foreach (var collection in model.Collections)
        {
            output.AddSource(GeneratedNames.CollectionHintName(collection), CollectionEmitter.Emit(collection));
        }
    });

    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, static (output, found) => output.Report(found));

    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, static (output, found) => output.Report(found));
}
