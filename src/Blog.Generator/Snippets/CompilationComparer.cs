using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Blog.Generator.Snippets;

/// <summary>
/// Compares compilations by what fences bind against: the same syntax trees (the same objects, as an unchanged file
/// keeps its tree), the same references and options. The driver hands generators a new compilation on every run (it
/// adds the post-initialisation sources to the input each time), so compared by reference every run would compile every
/// fence again, even after an edit to a Markdown file only.
/// </summary>
internal sealed class CompilationComparer : IEqualityComparer<Compilation>
{
    public static readonly CompilationComparer Instance = new();

    public bool Equals(Compilation? x, Compilation? y) =>
        ReferenceEquals(x, y) ||
        (x is not null && y is not null &&
            x.AssemblyName == y.AssemblyName &&
            x.SyntaxTrees.SequenceEqual(y.SyntaxTrees, ReferenceComparer<SyntaxTree>.Instance) &&
            x.References.SequenceEqual(y.References) &&
            x.Options.Equals(y.Options));

    public int GetHashCode(Compilation obj) => obj.SyntaxTrees.Count();

    private sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
