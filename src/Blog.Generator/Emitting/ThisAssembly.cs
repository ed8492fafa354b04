using System.Reflection;

namespace Blog.Generator.Emitting;

/// <summary>The generator's own version, written into <c>GeneratedCode</c> attributes.</summary>
internal static class ThisAssembly
{
    public static readonly string Version =
        typeof(ThisAssembly).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "1.0.0";

    /// <summary>The attribute every generated type carries, so tools know it as generated and by which version.</summary>
    public static string GeneratedCodeAttribute => "[global::System.CodeDom.Compiler.GeneratedCode(\"Blog.Generator\", \"" + Version + "\")]";
}
