using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.Discovery;
using Blog.Generator.Emitting;
using Blog.Generator.Indexing;
using Blog.Generator.Models;
using Blog.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Blog.Generator;

/// <summary>
/// Compiles Markdown posts (AdditionalFiles marked <c>BlogPost="true"</c>) into typed C# with pre-rendered HTML.
/// </summary>
/// <remarks>
/// The pipeline: options → post files → (link targets → the link map) → parsed posts → (one source file per post)
/// and (index entries → the index).
/// Every step's output is an equatable record, so editing one post's body re-renders that post only, and the
/// index, built from metadata alone, stays cached.
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
        var emitOptions = options.Select(static (result, _) => new EmitOptions(result.Options.Namespace, result.Options.WordsPerMinute));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => PostFiles.IsPost(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => PostFiles.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.PostFiles);

        // The cheap pre-pass for links between posts: each post's URL from its front matter alone. The collected map
        // stays equal through body edits, so rendering one post never re-renders the others.
        var linkTargets = files
            .Combine(options.Select(static (result, _) => result.Options.ForLinks()))
            .Select(static (pair, _) => LinkTargetReader.Read(pair.Left, pair.Right.IncludeDrafts, pair.Right.PostUrlPattern))
            .WithTrackingName(TrackingNames.LinkTargets)
            .Collect()
            .Select(static (targets, _) => new LinkTargets(targets.Where(target => target is not null).Select(target => target!)))
            .WithTrackingName(TrackingNames.LinkMap);

        var parsed = files
            .Combine(parseOptions)
            .Combine(linkTargets)
            .Select(static (pair, _) => PostReader.Read(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ParsedPosts);

        var models = parsed
            .Select(static (post, _) => post.Model is null ? null : new PostOutput(post.FullPath, post.Model))
            .WithTrackingName(TrackingNames.PostModels);

        var index = parsed
            .Select(static (post, _) => post.ToIndexEntry())
            .WithTrackingName(TrackingNames.IndexEntries)
            .Collect()
            .Combine(options.Select(static (result, _) => result.Options.ForIndex()))
            .Select(static (pair, _) => IndexBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Index);

        // Usually empty, and equal from run to run, so combining posts with it keeps every post's output cached.
        var duplicateSlugs = index
            .Select(static (model, _) => model.DuplicateSlugs)
            .WithTrackingName(TrackingNames.DuplicateSlugs);

        var postDiagnostics = parsed
            .Select(static (post, _) => post.Diagnostics)
            .WithTrackingName(TrackingNames.PostDiagnostics);

        context.RegisterSourceOutput(options, static (context, result) => Report(context, result.Diagnostics));

        context.RegisterSourceOutput(emitOptions, static (context, options) => GeneratorGuard.Run(context, null, () =>
        {
            context.AddSource(RuntimeTypesEmitter.PostHintName, RuntimeTypesEmitter.EmitPost(options.Namespace));
            context.AddSource(RuntimeTypesEmitter.PostHeadingHintName, RuntimeTypesEmitter.EmitPostHeading(options.Namespace));
            context.AddSource(RuntimeTypesEmitter.PostTocEntryHintName, RuntimeTypesEmitter.EmitPostTocEntry(options.Namespace));
        }));

        context.RegisterSourceOutput(models.Combine(emitOptions).Combine(duplicateSlugs), static (context, input) =>
        {
            var ((output, options), duplicates) = input;

            // A post that shares its slug is left out of the index; its data is not emitted either.
            if (output is { } post && !duplicates.Contains(post.Model.Metadata.Slug))
            {
                GeneratorGuard.Run(context, post.FullPath, () => context.AddSource(
                    Naming.HintName(post.Model.Metadata.RelativePath),
                    PostEmitter.Emit(post.Model, options.Namespace, options.WordsPerMinute)));
            }
        });

        context.RegisterSourceOutput(postDiagnostics, static (context, diagnostics) => Report(context, diagnostics));

        context.RegisterSourceOutput(index, static (context, model) =>
        {
            Report(context, model.Diagnostics);
            GeneratorGuard.Run(context, null, () => context.AddSource(IndexEmitter.HintName, IndexEmitter.Emit(model)));
        });
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
