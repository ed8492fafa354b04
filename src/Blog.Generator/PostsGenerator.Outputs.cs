using System.Linq;
using System.Threading;
using Blog.Generator.Diagnostics;
using Blog.Generator.Emitting;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Snippets;
using Blog.Generator.Storage;
using Microsoft.CodeAnalysis;

namespace Blog.Generator;

/// <summary>The bodies of the pipeline's steps that need more than a line: storing posts, checking fences, and the outputs.</summary>
public sealed partial class PostsGenerator
{
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
