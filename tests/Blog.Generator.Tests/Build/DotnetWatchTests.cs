using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Build;

/// <summary>
/// A real <c>dotnet watch</c> on a loopback port, driven by the benchmarks' <c>scripts/hot-reload.sh</c> over a web app
/// of 10 posts: a body edit, a title edit, a new post and a deleted one must each show on the next request, applied by
/// hot reload (the script fails when the app's process changes or <c>dotnet watch</c> reports an ENC error). The new post
/// goes into a bucket with no file yet and the deleted one leaves its bucket empty, so a bucket's file is added and
/// removed under hot reload.
/// </summary>
[Trait("Category", "Build")]
[Collection(DotnetWatchCollection.Name)]
public sealed class DotnetWatchTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(12);

    private readonly string work = TestPaths.CreateTempDirectory("blog-watch");

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void Edits_a_new_post_and_a_deleted_one_are_applied_by_hot_reload_with_no_restart()
    {
        var script = Path.Combine(TestPaths.RepositoryRoot, "tests", "Blog.Generator.Benchmarks", "scripts", "hot-reload.sh");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "10", "2" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["BLOG_BENCH_WORK"] = work;
        info.Environment["BLOG_WATCH_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        DotNetProcess.ClearInheritedMSBuildVariables(info);

        var output = new StringBuilder();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        Assert.True(process.ExitCode == 0, "hot-reload.sh exited " + process.ExitCode + ":\n" + text);
        Assert.Equal(2, Regex.Matches(text, @"^round=[12] body_edit_to_visible_ms=[0-9]+ title_edit_to_visible_ms=[0-9]+\r?$", RegexOptions.Multiline).Count);
        Assert.Matches(new Regex(@"^new_post_to_visible_ms=[0-9]+ deleted_post_to_404_ms=[0-9]+\r?$", RegexOptions.Multiline), text);

        // A bucket has a file only while it holds a post: the new post's bucket had none (its file and methods are
        // added), and the deleted post was alone in its bucket (its file and methods are deleted). Both are applied.
        Assert.Matches(new Regex(@"^new post's bucket: new; deleted post's bucket: emptied\r?$", RegexOptions.Multiline), text);
        // Two edits per round, the new post and the deletion: six updates, all in the first process.
        Assert.Matches(new Regex(@"^same process throughout: [0-9]+; hot reload applied: 6 updates\r?$", RegexOptions.Multiline), text);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The <c>dotnet watch</c> test runs on its own: it times edits against a live watcher, and sharing two cores with
/// the other builds made an edit take longer than its wait.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetWatchCollection
{
    public const string Name = "dotnet watch";
}
