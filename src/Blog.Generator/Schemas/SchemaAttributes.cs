namespace Blog.Generator.Schemas;

/// <summary>The attributes a project declares its schemas with, by full name; the generator adds them to the project.</summary>
internal static class SchemaAttributes
{
    public const string Namespace = "Blog.Generator";
    public const string Collection = Namespace + ".CollectionAttribute";
    public const string PostFrontMatter = Namespace + ".PostFrontMatterAttribute";
    public const string FrontMatterKey = Namespace + ".FrontMatterKeyAttribute";
}
