using System;
using System.IO;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>Where the repository is, and fresh folders for tests that build real projects.</summary>
internal static class TestPaths
{
    /// <summary>The clone the tests run from: the folder holding Blog.Generator.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A fresh folder under the system temp directory, removed by the caller.</summary>
    public static string CreateTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
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
