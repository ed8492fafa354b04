using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Discovery;
using Blog.Generator.Emitting;
using Blog.Generator.Indexing;
using Blog.Generator.Jekyll;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Parsing;
using Blog.Generator.Schemas;
using Blog.Generator.Snippets;
using Microsoft.CodeAnalysis;

namespace Blog.Generator;

/// <summary>
/// Compiles Markdown posts (AdditionalFiles marked <c>BlogPost="true"</c>) and collection entries (Markdown in the folder
/// of a <c>[Collection]</c> class) into typed C# with pre-rendered HTML.
/// </summary>
/// <remarks>
/// The pipeline: options, and the schemas read from <c>[Collection]</c> and <c>[PostFrontMatter]</c> classes →
/// content files (posts, entries) → (link targets → the link map) and (reference targets, from entry file names) →
/// parsed posts and parsed entries → (one source file each) and (index entries → the posts' index and the collections'
/// static classes). Every step's output is an equatable record, so editing one post's body re-renders that post only,
/// the indexes, built from metadata alone, stay cached, and editing C# that is not a schema runs no content step.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class PostsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);
        var parseOptions = options.Select(static (result, _) => result.Options.ForParsing());
        var emitOptions = options.Select(static (result, _) => result.Options.ForEmit());

        context.RegisterPostInitializationOutput(static context => context.AddSource(AttributesEmitter.HintName, AttributesEmitter.Emit()));

        // Schemas: classes marked [Collection] or [PostFrontMatter], read into equatable data and checked together.
        var schemas = context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributesEmitter.CollectionAttribute, SchemaReader.IsCandidate, SchemaReader.ReadCollection)
            .Collect()
            .Combine(context.SyntaxProvider
                .ForAttributeWithMetadataName(AttributesEmitter.PostFrontMatterAttribute, SchemaReader.IsCandidate, SchemaReader.ReadPostFrontMatter)
                .Collect())
            .Select(static (pair, _) => SchemaSetBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Schemas);
        var directories = schemas.Select(static (set, _) => set.Directories);
        var bindingSchemas = schemas.Select(static (set, _) => set.ForBinding());

        // Posts and collection entries. Markdown outside the posts and the collections' folders is never read.
        var contentFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => PostFiles.IsCandidate(pair.Left, pair.Right))
            .Combine(directories)
            .Select(static (pair, cancellationToken) => PostFiles.Read(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ContentFiles);
        var files = contentFiles
            .Where(static file => file is { IsPost: true })
            .Select(static (file, _) => file!.File)
            .WithTrackingName(TrackingNames.PostFiles);
        var entryFiles = contentFiles
            .Where(static file => file is { IsPost: false })
            .Select(static (file, _) => file!);

        // The entries a reference may name, from file names alone: a body or front-matter edit leaves it equal.
        var referenceTargets = entryFiles
            .Select(static (file, _) => new ReferenceTarget(file.CollectionTypeName, EntryReader.SlugOf(file.File.RelativePath), file.File.RelativePath))
            .Collect()
            .Select(static (targets, _) => new ReferenceTargets(targets))
            .WithTrackingName(TrackingNames.ReferenceTargets);

        // Without a [PostFrontMatter] class this stays PostSchemaInput.None, so entries never touch the posts' cache.
        var postSchema = bindingSchemas
            .Combine(referenceTargets)
            .Select(static (pair, _) => pair.Left.PostSchema is { } schema ? new PostSchemaInput(schema, pair.Right) : PostSchemaInput.None);

        // The cheap pre-pass for links between posts: each post's URL from its front matter alone. The collected map
        // stays equal through body edits, so rendering one post never re-renders the others.
        var linkTargets = files
            .Combine(options.Select(static (result, _) => result.Options.ForLinks()))
            .Select(static (pair, _) => LinkTargetReader.Read(pair.Left, pair.Right.IncludeDrafts, pair.Right.PostUrlPattern, pair.Right.Jekyll))
            .WithTrackingName(TrackingNames.LinkTargets)
            .Collect()
            .Select(static (targets, _) => new LinkTargets(targets.Where(target => target is not null).Select(target => target!)))
            .WithTrackingName(TrackingNames.LinkMap);

        // Jekyll mode's _config.yml, _data and _includes. Outside it no file is marked, so this stays JekyllSite.Off.
        var jekyllSite = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => JekyllFiles.IsCandidate(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => JekyllFiles.Read(pair.Left, pair.Right, cancellationToken)!)
            .Collect()
            .Combine(options.Select(static (result, _) => result.Options.ForJekyll()))
            .Select(static (input, _) => JekyllSiteReader.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.JekyllSite);

        var parsed = files
            .Combine(parseOptions)
            .Combine(linkTargets)
            .Combine(postSchema)
            .Combine(jekyllSite)
            .Select(static (input, _) =>
            {
                var ((((file, options), links), schema), site) = input;
                return PostReader.Read(file, options, links, schema, site);
            })
            .WithTrackingName(TrackingNames.ParsedPosts);

        var models = parsed
            .Select(static (post, _) => post.Model is null ? null : new PostOutput(post.FullPath, post.Model))
            .WithTrackingName(TrackingNames.PostModels);

        // Collection entries that are not generated; usually none, and equal from run to run.
        var excludedEntries = RegisterCollections(context, bindingSchemas, entryFiles, parseOptions, referenceTargets, linkTargets, emitOptions);

        var index = parsed
            .Select(static (post, _) => post.ToIndexEntry())
            .WithTrackingName(TrackingNames.IndexEntries)
            .Collect()
            .Combine(options.Select(static (result, _) => result.Options.ForIndex()))
            .Combine(excludedEntries)
            .Select(static (input, _) => IndexBuilder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Index);

        // Usually empty, and equal from run to run, so combining posts with it keeps every post's output cached.
        var excludedPosts = index
            .Select(static (model, _) => model.ExcludedPaths)
            .WithTrackingName(TrackingNames.ExcludedPosts);

        var postDiagnostics = parsed
            .Select(static (post, _) => post.Diagnostics)
            .WithTrackingName(TrackingNames.PostDiagnostics);

        var snippetSeverity = parseOptions.Select(static (options, _) => options.SnippetChecks.Severity);
        RegisterSnippetChecks(context, parsed.Where(static post => !post.Snippets.IsEmpty).Select(static (post, _) => new PostSnippets(post.FullPath, post.Snippets)), snippetSeverity);

        context.RegisterSourceOutput(options, static (context, result) => Report(context, result.Diagnostics));
        context.RegisterSourceOutput(jekyllSite, static (context, site) => Report(context, site.Diagnostics));

        context.RegisterSourceOutput(emitOptions, static (context, options) => GeneratorGuard.Run(context, null, () =>
        {
            context.AddSource(RuntimeTypesEmitter.PostHintName, RuntimeTypesEmitter.EmitPost(options.Namespace));
            context.AddSource(RuntimeTypesEmitter.PostHeadingHintName, RuntimeTypesEmitter.EmitPostHeading(options.Namespace));
            context.AddSource(RuntimeTypesEmitter.PostTocEntryHintName, RuntimeTypesEmitter.EmitPostTocEntry(options.Namespace));
            context.AddSource(RuntimeTypesEmitter.PostRecordReaderHintName, PostRecordReaderEmitter.Emit(options.Namespace));
        }));

        // Each post's part of its bucket, emitted on its own; then the buckets, each one file, re-emitted only when
        // one of its posts changed. A post left out of the index (a shared slug, a reference to an entry not
        // generated) is not emitted either.
        var chunks = models
            .Combine(emitOptions)
            .Combine(excludedPosts)
            .Select(static (input, _) =>
            {
                var ((output, options), excluded) = input;
                return output is { } post && !excluded.Contains(post.Model.Metadata.RelativePath)
                    ? PostEmitter.TryChunk(post, options.Namespace, options.WordsPerMinute)
                    : null;
            })
            .WithTrackingName(TrackingNames.PostChunks);
        var buckets = chunks
            .Where(static chunk => chunk is not null)
            .Collect()
            .Combine(emitOptions)
            .SelectMany(static (input, _) => BucketBuilder.Build(input.Left!, input.Right))
            .WithTrackingName(TrackingNames.PostBuckets);

        context.RegisterSourceOutput(buckets.Combine(emitOptions), static (context, input) =>
        {
            var (bucket, options) = input;
            foreach (var chunk in bucket.Chunks)
            {
                if (chunk.Error is { } error)
                {
                    context.ReportDiagnostic(error.ToDiagnostic());
                }
            }

            // Under hot reload an emptied bucket keeps its (empty) class: deleting the class of the last post in a
            // bucket is an edit hot reload cannot apply (ENC0033), so deleting that post would restart the app.
            if (bucket.KeepWhenEmpty || bucket.Chunks.Any(chunk => chunk.Error is null))
            {
                GeneratorGuard.Run(context, null, () => context.AddSource(Naming.BucketHintName(bucket.Bucket), BucketEmitter.Emit(bucket, options.Namespace)));
            }
        });

        context.RegisterSourceOutput(postDiagnostics, static (context, diagnostics) => Report(context, diagnostics));

        context.RegisterSourceOutput(index, static (context, model) =>
        {
            Report(context, model.Diagnostics);
            GeneratorGuard.Run(context, null, () => context.AddSource(IndexEmitter.HintName, IndexEmitter.Emit(model)));
        });

        context.RegisterSourceOutput(schemas, static (context, set) => Report(context, set.Diagnostics));
    }

    /// <summary>Reads and emits collection entries and their static classes; returns the entry files not generated.</summary>
    private static IncrementalValueProvider<EquatableArray<string>> RegisterCollections(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<SchemaSet> schemas,
        IncrementalValuesProvider<ContentFile> entryFiles,
        IncrementalValueProvider<PostParseOptions> parseOptions,
        IncrementalValueProvider<ReferenceTargets> referenceTargets,
        IncrementalValueProvider<LinkTargets> linkTargets,
        IncrementalValueProvider<EmitOptions> emitOptions)
    {
        var entries = entryFiles
            .Combine(schemas)
            .Combine(parseOptions)
            .Combine(referenceTargets)
            .Combine(linkTargets)
            .Select(static (input, _) =>
            {
                var ((((file, schemas), options), references), links) = input;
                return EntryReader.Read(file, schemas, options, references, links);
            })
            .WithTrackingName(TrackingNames.ParsedEntries);

        RegisterSnippetChecks(
            context,
            entries.Where(static entry => !entry.Snippets.IsEmpty).Select(static (entry, _) => new PostSnippets(entry.FullPath, entry.Snippets)),
            parseOptions.Select(static (options, _) => options.SnippetChecks.Severity));

        var indexes = entries
            .Select(static (entry, _) => entry.ToIndexEntry())
            .Collect()
            .Combine(schemas)
            .Select(static (pair, _) => CollectionIndexBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CollectionIndexes);
        var excluded = indexes.Select(static (model, _) => model.ExcludedPaths);

        context.RegisterSourceOutput(schemas.Combine(emitOptions), static (context, input) =>
        {
            var (set, options) = input;
            GeneratorGuard.Run(context, null, () =>
            {
                foreach (var schema in set.Collections)
                {
                    context.AddSource(SchemaMembersEmitter.EntryHintName(schema), SchemaMembersEmitter.EmitEntryMembers(schema, options.Namespace));
                }

                if (set.PostSchema is { } postSchema)
                {
                    context.AddSource(SchemaMembersEmitter.PostDataHintName, SchemaMembersEmitter.EmitPostData(postSchema, options.Namespace));
                }
            });
        });

        context.RegisterSourceOutput(entries.Select(static (entry, _) => entry.Diagnostics), static (context, diagnostics) => Report(context, diagnostics));

        context.RegisterSourceOutput(entries.Select(static (entry, _) => entry.Model).Combine(emitOptions).Combine(excluded), static (context, input) =>
        {
            var ((entry, options), excluded) = input;
            if (entry is not null && !excluded.Contains(entry.RelativePath))
            {
                GeneratorGuard.Run(context, null, () => context.AddSource(Naming.EntryHintName(entry.RelativePath), EntryEmitter.Emit(entry, options.Namespace, options.StoreForHotReload)));
            }
        });

        context.RegisterSourceOutput(indexes.Combine(emitOptions), static (context, input) =>
        {
            var (model, options) = input;
            Report(context, model.Diagnostics);
            GeneratorGuard.Run(context, null, () =>
            {
                foreach (var collection in model.Collections)
                {
                    context.AddSource(CollectionEmitter.HintName(collection), CollectionEmitter.Emit(collection, options.Namespace));
                }
            });
        });

        return excluded;
    }

    /// <summary>
    /// Compiles the <c>compile</c> fences of each file that has any against the project. Only those files reach the
    /// project's compilation, so a <c>.cs</c> edit checks their fences again and renders nothing, and a body edit checks
    /// the edited file's fences only.
    /// </summary>
    private static void RegisterSnippetChecks(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<PostSnippets> snippets,
        IncrementalValueProvider<DiagnosticSeverity> severity)
    {
        var checks = snippets
            .Combine(context.CompilationProvider.WithComparer(CompilationComparer.Instance))
            .Combine(severity)
            .Select(static (input, cancellationToken) =>
            {
                var ((post, compilation), severity) = input;
                return GeneratorGuard.Check(post.FilePath, () => SnippetCompiler.Check(post, compilation, severity, cancellationToken));
            })
            .WithTrackingName(TrackingNames.SnippetChecks);
        context.RegisterSourceOutput(checks, static (context, diagnostics) => Report(context, diagnostics));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
