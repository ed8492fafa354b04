
namespace Blog.Generator.Models;

/// <summary>A typed front-matter value, kept for keys the generated <c>Post</c> has no property for.</summary>
internal abstract record FrontMatterValue
{
    private FrontMatterValue()
    {
    }

    public sealed record Null : FrontMatterValue
    {
        public static readonly Null Instance = new();
    }

    public sealed record String(string Value) : FrontMatterValue;

    public sealed record Boolean(bool Value) : FrontMatterValue;

    public sealed record Integer(long Value) : FrontMatterValue;

    public sealed record Float(double Value) : FrontMatterValue;

    public sealed record Date(DateValue Value) : FrontMatterValue;

    public sealed record List(EquatableArray<FrontMatterValue> Items) : FrontMatterValue;

    public sealed record Map(EquatableArray<FrontMatterPair> Pairs) : FrontMatterValue;
}

/// <summary>One key of a front-matter map and its value, in the order written.</summary>
internal sealed record FrontMatterPair(string Key, FrontMatterValue Value);
