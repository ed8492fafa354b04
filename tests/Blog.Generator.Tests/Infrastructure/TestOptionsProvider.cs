using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>Analyzer config options as MSBuild writes them: global build properties, and per-file BlogPost and BlogContent metadata.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals, IEnumerable<TestPost> posts) : AnalyzerConfigOptionsProvider
{
    private readonly HashSet<string> postPaths = posts.Where(p => p.IsPost).Select(p => p.Path).ToHashSet();
    private readonly HashSet<string> contentPaths = posts.Where(p => p.IsContent).Select(p => p.Path).ToHashSet();

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        postPaths.Contains(textFile.Path) || textFile is TestPost { IsPost: true }
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogPost"] = "true" })
            : contentPaths.Contains(textFile.Path) || textFile is TestPost { IsContent: true }
                ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BlogContent"] = "true" })
                : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
