using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Blog.Generator.Tests.Infrastructure;
using Markdig;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Generator.Tests.Package;

/// <summary>
/// Every compiler host docs/contributing/build-hosts.md supports loads the same bundled assemblies: Markdig 1.6.0 with its System.Memory
/// reference lowered to 4.0.1.2, which .NET Framework hosts with Roslyn 4.8 to 4.14 ship, and nothing else changed.
/// The hosts are read from the real compiler packages (Microsoft.Net.Compilers.Toolset: their System.Memory and binding
/// redirects), and one real build runs the Roslyn 4.14 compiler.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class HostCompatibilityTests(PackageFeed feed, ITestOutputHelper log)
{
    private const string AnalyzerFolder = "analyzers/dotnet/roslyn4.8/cs/";

    /// <summary>The assemblies every host brings itself, or that the compiler's analyzer loader unifies with its own.</summary>
    private static readonly string[] HostAssemblies = ["netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp"];

    /// <summary>Markdig's own netstandard2.0 build, of the version the tests reference (Directory.Packages.props pins one for all).</summary>
    private static string StockMarkdig { get; } = Path.Combine(
        PackageFeed.GlobalPackagesFolder, "markdig", typeof(Markdown).Assembly.GetName().Version!.ToString(3), "lib", "netstandard2.0", "Markdig.dll");

    public static TheoryData<string> NetFrameworkHosts => new() { "4.14.0", "5.9.0" };

    [Fact]
    public void The_bundled_Markdig_is_Markdig_1_6_0_with_only_its_System_Memory_reference_lowered()
    {
        var stock = File.ReadAllBytes(StockMarkdig);
        var bundled = PackedBytes("Markdig.dll");

        var stockMetadata = AssemblyMetadata.Read(stock);
        var bundledMetadata = AssemblyMetadata.Read(bundled);
        Assert.Equal(new Version(1, 6, 0, 0), stockMetadata.Version);
        Assert.Equal(stockMetadata.Version, bundledMetadata.Version);
        Assert.Contains(("System.Memory", new Version(4, 0, 2, 0)), stockMetadata.References);
        Assert.Equal(
            stockMetadata.References.Select(reference => reference.Name == "System.Memory" ? (reference.Name, new Version(4, 0, 1, 2)) : reference),
            bundledMetadata.References);

        // The same file but for the four version numbers of one AssemblyRef row: eight bytes at most, side by side.
        Assert.Equal(stock.Length, bundled.Length);
        var differences = Enumerable.Range(0, stock.Length).Where(i => stock[i] != bundled[i]).ToList();
        Assert.NotEmpty(differences);
        Assert.True(differences[^1] - differences[0] < 8, $"bytes differ at {string.Join(", ", differences)}");
    }

    /// <summary>
    /// The floor: a Roslyn 4.8 host on .NET Framework supplies what Roslyn 4.8 itself references (System.Memory 4.0.1.2,
    /// Unsafe 6.0.0.0) and what that System.Memory references (System.Buffers 4.0.3.0). No 4.8 toolset package is on the
    /// feed to read its redirects from, so these are the ceilings.
    /// </summary>
    [Fact]
    public void The_bundled_assemblies_reference_nothing_newer_than_a_Roslyn_4_8_compiler_host_supplies()
    {
        var ceilings = new (string Name, Version Highest)[]
        {
            ("netstandard", new Version(2, 0, 0, 0)),
            ("Microsoft.CodeAnalysis", new Version(4, 8, 0, 0)),
            ("Microsoft.CodeAnalysis.CSharp", new Version(4, 8, 0, 0)),
            ("System.Collections.Immutable", new Version(7, 0, 0, 0)),
            ("System.Memory", new Version(4, 0, 1, 2)),
            ("System.Buffers", new Version(4, 0, 3, 0)),
            ("System.Runtime.CompilerServices.Unsafe", new Version(6, 0, 0, 0)),
        };

        var bundled = PackedNames();
        Assert.Equal(["Blog.Generator", "ColorCode.Core", "Markdig", "YamlDotNet"], bundled.Order(StringComparer.Ordinal));
        foreach (var assembly in bundled)
        {
            foreach (var (name, version) in AssemblyMetadata.Read(PackedBytes(assembly + ".dll")).References.Where(reference => !bundled.Contains(reference.Name)))
            {
                var ceiling = ceilings.SingleOrDefault(c => c.Name == name);
                Assert.True(ceiling.Name is not null, $"{assembly} references {name} {version}, which a compiler host does not supply");
                Assert.True(version <= ceiling.Highest, $"{assembly} references {name} {version}; a .NET Framework compiler host with Roslyn 4.8 has {ceiling.Highest}");
            }
        }
    }

    [Fact]
    public void Every_System_Memory_type_and_member_Markdig_uses_exists_in_the_System_Memory_a_Roslyn_4_8_host_ships()
    {
        var host = AssemblyMetadata.Read(Path.Combine(PackageFeed.GlobalPackagesFolder, "system.memory", "4.5.5", "lib", "netstandard2.0", "System.Memory.dll"));
        Assert.Equal(new Version(4, 0, 1, 2), host.Version);

        var markdig = AssemblyMetadata.Read(PackedBytes("Markdig.dll"));
        var uses = markdig.Uses.Where(use => use.Assembly == "System.Memory").ToList();
        var missing = uses
            .Where(use => use.Member is null ? !host.DefinedTypes.Contains(use.Type) : !host.DefinedMembers.Contains(use.Member))
            .Select(use => use.Member ?? use.Type)
            .ToList();

        log.WriteLine($"Markdig uses {uses.Count(use => use.Member is null)} types and {uses.Count(use => use.Member is not null)} members of System.Memory");
        Assert.True(uses.Count(use => use.Member is not null) >= 10, "too few member references found: the reader is broken");
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(NetFrameworkHosts))]
    public void A_NET_Framework_compiler_host_binds_every_assembly_the_package_references(string roslyn)
    {
        var host = NetFrameworkHost(roslyn);
        var bundled = PackedNames();
        var problems = new List<string>();
        foreach (var name in bundled)
        {
            problems.AddRange(Unbindable(AssemblyMetadata.Read(PackedBytes(name + ".dll")), host, bundled));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Stock_Markdig_1_6_0_would_not_load_in_the_Roslyn_4_14_NET_Framework_host()
    {
        var stock = AssemblyMetadata.Read(StockMarkdig);

        var problems = Unbindable(stock, NetFrameworkHost("4.14.0"), PackedNames()).ToList();

        Assert.Equal(["csc.exe.config: System.Memory 4.0.2.0 is above the redirect's 4.0.1.2", "VBCSCompiler.exe.config: System.Memory 4.0.2.0 is above the redirect's 4.0.1.2"], problems);
    }

    [Fact]
    public void A_console_app_compiled_by_the_Roslyn_4_14_compiler_reads_the_seed_post()
    {
        var app = feed.NewApp("console", "OlderCompilerApp");
        var project = Path.Combine(app, "OlderCompilerApp.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", """
              <PropertyGroup>
                <!-- Under `dotnet build` the SDK otherwise points the Csc task back at its own compiler (RoslynCompilerType=Core). -->
                <RoslynCompilerType>FrameworkPackage</RoslynCompilerType>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            foreach (var post in OlderCompilerApp.Posts.All)
            {
                System.Console.WriteLine($"post|{post.Slug}|{post.Title}|{post.Headings.Count}");
            }

            System.Console.WriteLine(OlderCompilerApp.Posts.ReflectionsFromIcml2024.Html);
            """);
        Directory.CreateDirectory(Path.Combine(app, "Posts"));
        File.Copy(PackageFeed.SeedPost, Path.Combine(app, "Posts", Path.GetFileName(PackageFeed.SeedPost)));

        var build = DotNetProcess.Run(app, PackageFeed.CommandTimeout, "build", "-v", "n");
        log.WriteLine($"build with Roslyn 4.14: {build.Elapsed.TotalSeconds:0.0}s");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(build.PortableOutput.Contains("microsoft.net.compilers.toolset/4.14.0/tasks/netcore/bincore/csc.dll", StringComparison.OrdinalIgnoreCase), build.Output);
        Assert.DoesNotContain("warning CS", build.Output, StringComparison.Ordinal);

        var run = DotNetProcess.Run(app, PackageFeed.CommandTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("post|reflections-from-icml-2024|Reflections from ICML 2024: Trends and Takeaways|", run.Output, StringComparison.Ordinal);
        Assert.Contains("""<h2 id="major-themes">Major Themes</h2>""", run.Output, StringComparison.Ordinal);

        // The packed, retargeted Markdig renders exactly what Markdig 1.6.0 itself renders from the same body.
        var seed = File.ReadAllText(PackageFeed.SeedPost);
        var body = seed[(seed.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        var expected = Markdown.ToHtml(body, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.Contains(expected, run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiler_older_than_Roslyn_4_8_fails_the_build_with_BLOG030_naming_its_version()
    {
        var app = feed.NewApp("console", "TooOldCompilerApp");
        Directory.CreateDirectory(Path.Combine(app, "Posts"));
        File.Copy(PackageFeed.SeedPost, Path.Combine(app, "Posts", Path.GetFileName(PackageFeed.SeedPost)));

        // What the SDK sets for a Roslyn 4.4 compiler (the .NET 7 SDK); NuGet then picks no analyzer from roslyn4.8/.
        var build = DotNetProcess.Run(app, PackageFeed.CommandTimeout, "build", "-p:CompilerApiVersion=roslyn4.4");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error BLOG030: Blog.Generator needs a C# compiler of Roslyn 4.8 or later", build.Output, StringComparison.Ordinal);
        Assert.Contains("this build uses roslyn4.4", build.Output, StringComparison.Ordinal);
        Assert.Equal(0, DotNetProcess.Run(app, PackageFeed.CommandTimeout, "build", "-p:CompilerApiVersion=roslyn4.8").ExitCode);
    }

    /// <summary>A Roslyn as it ships for .NET Framework: its folder's assemblies and the binding redirects of csc.exe and VBCSCompiler.exe.</summary>
    private static (IReadOnlyDictionary<string, Version> Assemblies, IReadOnlyList<(string Config, IReadOnlyDictionary<string, (Version OldMax, Version New)> Redirects)> Configs) NetFrameworkHost(string roslyn)
    {
        var folder = Path.Combine(PackageFeed.GlobalPackagesFolder, "microsoft.net.compilers.toolset", roslyn, "tasks", "net472");
        var assemblies = Directory.GetFiles(folder, "*.dll")
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.DiaSymReader.Native", StringComparison.Ordinal))
            .Select(AssemblyMetadata.Read)
            .ToDictionary(assembly => assembly.Name, assembly => assembly.Version, StringComparer.Ordinal);
        var configs = new[] { "csc.exe.config", "VBCSCompiler.exe.config" }
            .Select(config => (config, AssemblyMetadata.BindingRedirects(Path.Combine(folder, config))))
            .ToList();
        return (assemblies, configs);
    }

    /// <summary>What a host cannot bind of what <paramref name="assembly"/> references, one line each.</summary>
    private static IEnumerable<string> Unbindable(
        AssemblyMetadata assembly,
        (IReadOnlyDictionary<string, Version> Assemblies, IReadOnlyList<(string Config, IReadOnlyDictionary<string, (Version OldMax, Version New)> Redirects)> Configs) host,
        IReadOnlySet<string> bundled)
    {
        foreach (var (name, version) in assembly.References)
        {
            if (bundled.Contains(name) || name == "netstandard")
            {
                continue;
            }

            if (!host.Assemblies.TryGetValue(name, out var shipped))
            {
                yield return $"{assembly.Name} references {name} {version}, which the host does not ship";
                continue;
            }

            if (HostAssemblies.Contains(name))
            {
                if (shipped < version)
                {
                    yield return $"{assembly.Name} references {name} {version}; the host has {shipped}";
                }

                continue;
            }

            foreach (var (config, redirects) in host.Configs)
            {
                if (version == shipped)
                {
                    continue;
                }

                if (!redirects.TryGetValue(name, out var redirect))
                {
                    yield return $"{config}: {name} {version} is not {shipped} and has no redirect";
                }
                else if (version > redirect.OldMax)
                {
                    yield return $"{config}: {name} {version} is above the redirect's {redirect.OldMax}";
                }
            }
        }
    }

    private IReadOnlySet<string> PackedNames()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        return package.Entries
            .Where(entry => entry.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && entry.Name.EndsWith(".dll", StringComparison.Ordinal))
            .Select(entry => Path.GetFileNameWithoutExtension(entry.Name))
            .ToHashSet(StringComparer.Ordinal);
    }

    private byte[] PackedBytes(string fileName)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var stream = package.GetEntry(AnalyzerFolder + fileName)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
