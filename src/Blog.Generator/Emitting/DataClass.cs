namespace Blog.Generator.Emitting;

/// <summary>
/// The start of a file holding posts' or an entry's data: an internal static class in <see cref="Naming.DataNamespace"/>,
/// hidden from IntelliSense, named from the file it comes from.
/// </summary>
internal static class DataClass
{
    /// <summary>A writer inside the class's braces; the caller writes the members and closes the block.</summary>
    /// <param name="capacity">Roughly how long the file will be.</param>
    /// <param name="ns">The generated types' namespace.</param>
    /// <param name="holding">What the class holds, for its summary: an entry's file, a bucket of posts.</param>
    /// <param name="className">The data class's name.</param>
    public static SourceWriter Open(int capacity, string ns, string holding, string className) => new SourceWriter(capacity)
        .WriteFileHeader()
        .WriteLine("namespace " + Naming.DataNamespace(ns) + ";")
        .WriteLine()
        .WriteSummary("The data of " + holding + ".")
        .WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
        .OpenBlock("internal static class " + className);
}
