using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Xunit;

namespace Blog.Generator.Tests.Package;

/// <summary>
/// Packs src/Blog.Generator once into a temporary folder feed, under a version no earlier run used, and makes a
/// workspace beside it whose nuget.config adds that feed to the machine's sources (nuget.org stays for everything
/// else). A fresh version means the global packages folder can never hand back a stale Blog.Generator; its entry
/// there is deleted again afterwards.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "blog-generator-package-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(Root, "feed");
        Workspace = Path.Combine(Root, "apps");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(Workspace);

        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var stopwatch = Stopwatch.StartNew();
        Pack = DotNetProcess.Run(
            RepositoryRoot,
            CommandTimeout,
            "pack", Path.Combine("src", "Blog.Generator"),
            "-c", "Release",
            "-o", FeedDirectory,
            "--artifacts-path", Path.Combine(Root, "artifacts"), // leaves the clone's bin/ and obj/ alone
            "-p:Version=" + Version);
        PackTime = stopwatch.Elapsed;
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException(Pack.ToString());
        }

        PackagePath = Directory.GetFiles(FeedDirectory, "*.nupkg").Single();

        // Stop MSBuild's and NuGet's upward searches at the workspace, so nothing in the temp folder above changes the apps.
        File.WriteAllText(Path.Combine(Workspace, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Workspace, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Workspace, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Workspace, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- No <clear />: the machine's own sources (nuget.org) stay for everything but Blog.Generator. -->
                <add key="blog-generator-under-test" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The clone this test runs from: the folder holding Blog.Generator.sln.</summary>
    public static string RepositoryRoot => TestPaths.RepositoryRoot;

    /// <summary>The seed post that ships with the sample.</summary>
    public static string SeedPost { get; } = Path.Combine(RepositoryRoot, "sample", "Blog.Sample", "Posts", "2024-06-10-reflections-from-icml-2024.md");

    /// <summary>NuGet's global packages folder, where restore puts packages (and the test project's PackageDownloads).</summary>
    public static string GlobalPackagesFolder { get; } = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public string Root { get; }

    public string FeedDirectory { get; }

    public string Workspace { get; }

    public string Version { get; }

    public string PackagePath { get; }

    internal CliResult Pack { get; }

    public TimeSpan PackTime { get; }

    /// <summary>Makes an app the way a developer would: <c>dotnet new</c>, then <c>dotnet add package</c> from the feed.</summary>
    public string NewApp(string template, string name)
    {
        var created = DotNetProcess.Run(Workspace, CommandTimeout, "new", template, "--name", name, "--output", name, "--framework", "net10.0", "--no-update-check");
        Assert.True(created.ExitCode == 0, created.ToString());

        var directory = Path.Combine(Workspace, name);
        var added = DotNetProcess.Run(directory, CommandTimeout, "add", "package", "Blog.Generator", "--version", Version, "--source", FeedDirectory);
        Assert.True(added.ExitCode == 0, added.ToString());
        return directory;
    }

    public void Dispose()
    {
        TryDelete(Root);
        TryDelete(Path.Combine(GlobalPackagesFolder, "blog.generator", Version));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed clean-up must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The package tests build real apps; they run on their own so two cores are not shared with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package";
}
