using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>
/// Golden-file checks of generated source, in the manner of Verify: <c>Snapshots/NAME.verified.cs</c> holds the
/// reviewed output; on a mismatch the actual output is written beside it as <c>NAME.received.cs</c> and the test
/// fails with a line diff. The generator's version is scrubbed to <c>{version}</c>. Set BLOG_ACCEPT_SNAPSHOTS=1 to accept received output (then review the git diff).
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "BLOG_ACCEPT_SNAPSHOTS";

    /// <summary>The generator's version changes with every release; snapshots show a placeholder instead.</summary>
    private static readonly Regex GeneratorVersion = new("(GeneratedCode\\(\"Blog\\.Generator\", \")[^\"]+(\"\\))", RegexOptions.CultureInvariant);

    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "") => MatchAs(actual, name, ".cs", callerFile);

    /// <summary>As <see cref="Match"/>, for a snapshot that is not C# (<paramref name="extension"/>: <c>.txt</c>, <c>.html</c>).</summary>
    public static void MatchAs(string actual, string name, string extension, [CallerFilePath] string callerFile = "")
    {
        actual = GeneratorVersion.Replace(actual, "$1{version}$2");
        var directory = Path.Combine(FindProjectDirectory(callerFile), "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified" + extension);
        var receivedPath = Path.Combine(directory, name + ".received" + extension);
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verifiedPath} yet. Review {receivedPath}, then rename it to .verified.cs (or set {AcceptVariable}=1)."
            : $"Snapshot {name} differs; the output is in {receivedPath}.\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < model.Lines.Count && shown < 60; i++)
        {
            var line = model.Lines[i];
            if (line.Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                text.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position).Append(": ").AppendLine(line.Text);
                shown++;
            }
        }

        return text.ToString();
    }

    /// <summary>The test project's folder, found from the calling source file, so snapshots live in the source tree.</summary>
    private static string FindProjectDirectory(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Blog.Generator.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project from " + callerFile);
    }
}
