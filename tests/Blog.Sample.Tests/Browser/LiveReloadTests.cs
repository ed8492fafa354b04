using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Sample.Tests.Browser;

/// <summary>
/// The authoring loop as a writer runs it: <c>dotnet watch</c> on a copy of the sample, a post open in Chromium, the
/// post's title edited in its <c>.md</c> file, then one of its images replaced and a new one added. The page reloads
/// itself (dotnet watch's refresh script, which the sample's Development CSP lets in) and shows the new title, the
/// replaced image's new size and the new image, with no console error (a CSP refusal is one) and no restart of the app.
/// </summary>
[Trait("Category", "Build")]
public sealed class LiveReloadTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("BLOG_CHROMIUM") ?? "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    // What a nested dotnet must not inherit from the test host, or it would use the host's MSBuild.
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH",
    ];

    private readonly string copy = Path.Combine(Path.GetTempPath(), "blog-live-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(copy, recursive: true);
        }
        catch (IOException)
        {
            // A process of the watcher may still hold a file for a moment; the folder is under the temp directory.
        }
    }

    [Fact]
    public async Task Editing_a_posts_title_under_dotnet_watch_reloads_the_open_page_with_the_new_title()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed at " + ChromiumPath + "; run ./test.sh, which installs it.");
        CopySample();
        var port = FreePort();
        var log = new StringBuilder();
        using var watcher = StartWatcher(port, log);
        try
        {
            var address = "http://127.0.0.1:" + port;
            await WaitForSite(address, watcher, log);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumFlags });
            var page = await browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add("page error: " + error);

            await page.GotoAsync(address + "/posts/reading-loss-curves");
            Assert.StartsWith("Reading Loss Curves: What the Shapes Are Telling You", await page.TitleAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("script[src='/_framework/aspnetcore-browser-refresh.js']").CountAsync());
            var csp = (await page.Context.APIRequest.GetAsync(address + "/")).Headers["content-security-policy"];
            Assert.Contains("script-src 'self'; connect-src 'self' ws://localhost:", csp, StringComparison.Ordinal);
            // Give the refresh script its WebSocket to dotnet watch before the edit.
            await page.WaitForTimeoutAsync(2_000);

            var post = Path.Combine(copy, "sample", "Blog.Sample", "Posts", "2024-07-15-reading-loss-curves.md");
            var text = await File.ReadAllTextAsync(post);
            await File.WriteAllTextAsync(post, Regex.Replace(text, "^title: .*$", "title: \"Loss Curves, Retitled While Open\"", RegexOptions.Multiline));

            // No reload from here: the refresh script reloads the page once hot reload has applied the edit.
            await page.WaitForFunctionAsync("() => document.title.startsWith('Loss Curves, Retitled While Open')", null, new() { Timeout = 120_000 });
            Assert.Equal("Loss Curves, Retitled While Open", await page.Locator("article h1").First.InnerTextAsync());

            // An image replaced by a larger one: its URL (a Debug build's, without a fingerprint) serves the new file at once.
            var images = Path.Combine(copy, "sample", "Blog.Sample", "Posts", "images");
            var healthy = Path.Combine(images, "loss-curves-healthy.svg");
            var replaced = await page.Locator(".post-body img").First.GetAttributeAsync("src");
            Assert.Equal("/Posts/images/loss-curves-healthy.svg", replaced);
            var svg = await File.ReadAllTextAsync(healthy);
            await File.WriteAllTextAsync(healthy, Regex.Replace(svg, "width=\"640\" height=\"360\"", "width=\"800\" height=\"450\"", RegexOptions.None, TimeSpan.FromSeconds(1)));
            Assert.Contains("width=\"800\"", await (await page.Context.APIRequest.GetAsync(address + replaced)).TextAsync(), StringComparison.Ordinal);

            // A new image and a reference to it: in the page, sized, and served with no restart; the project is read
            // again for the new file, so the replaced image's new size is in the page too.
            File.Copy(Path.Combine(images, "loss-curves-unstable.svg"), Path.Combine(images, "brand-new.svg"));
            await File.AppendAllTextAsync(post, "\n![A chart added while the page was open](images/brand-new.svg)\n");
            await ReloadUntil(page, "document.querySelector('img[src=\"/Posts/images/brand-new.svg\"][width=\"640\"]') !== null");
            var added = await page.Context.APIRequest.GetAsync(address + "/Posts/images/brand-new.svg");
            Assert.Equal(200, added.Status);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(images, "brand-new.svg")), await added.BodyAsync());
            Assert.Equal("800", await page.Locator(".post-body img").First.GetAttributeAsync("width"));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            string watchLog;
            lock (log)
            {
                watchLog = log.ToString();
            }

            output.WriteLine(string.Join("\n", watchLog.Split('\n').Where(line => line.StartsWith("dotnet watch", StringComparison.Ordinal))));
            Assert.Contains("changes applied", watchLog, StringComparison.Ordinal);
            Assert.DoesNotContain("Restart is needed", watchLog, StringComparison.Ordinal);
            Assert.DoesNotMatch("ENC[0-9]{4}", watchLog);
        }
        finally
        {
            watcher.Kill(entireProcessTree: true);
            watcher.WaitForExit();
        }
    }

    /// <summary>
    /// Reloads the page until the condition holds: a changed image is "on the next request", and dotnet watch's refresh
    /// script reloads a page for a change to its HTML, not for a change to a file it shows.
    /// </summary>
    private static async Task ReloadUntil(IPage page, string condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await page.EvaluateAsync<bool>("() => " + condition))
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for: " + condition);
            await page.WaitForTimeoutAsync(1_000);
            await page.ReloadAsync();
        }
    }

    /// <summary>The parts of the clone a build of the sample reads, without bin/obj.</summary>
    private void CopySample()
    {
        var root = RepositoryRoot();
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig" })
        {
            Directory.CreateDirectory(copy);
            File.Copy(Path.Combine(root, file), Path.Combine(copy, file));
        }

        CopyTree(Path.Combine(root, "src"), Path.Combine(copy, "src"));
        CopyTree(Path.Combine(root, "sample"), Path.Combine(copy, "sample"));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "artifacts")))
        {
            CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    private Process StartWatcher(int port, StringBuilder log)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = copy, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "watch", "--project", "sample/Blog.Sample", "run", "--non-interactive", "--", "--urls", "http://127.0.0.1:" + port })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var variable in InheritedMSBuildVariables)
        {
            info.Environment.Remove(variable);
        }

        info.Environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForSite(string address, Process watcher, StringBuilder log)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(8);
        while (DateTime.UtcNow < deadline)
        {
            if (watcher.HasExited)
            {
                break;
            }

            try
            {
                using var response = await client.GetAsync(address + "/");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        lock (log)
        {
            Assert.Fail("The sample did not come up under dotnet watch:\n" + log);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Blog.Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Blog.Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
