using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>Analyzer config options as MSBuild writes them: global build properties, and per-file BlogPost and BlogContent metadata.</summary>
/// <remarks>The metadata is read from each <see cref="TestPost"/> itself, so files added or replaced between runs get theirs.</remarks>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is TestPost { IsPost: true }
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogPost"] = "true" })
            : textFile is TestPost { IsContent: true }
                ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogContent"] = "true" })
                : textFile is TestPost { JekyllFile: { } kind }
                    ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogJekyllFile"] = kind })
                    : textFile is TestPost { IsAssetManifest: true }
                        ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogAssetManifest"] = "true" })
                        : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
