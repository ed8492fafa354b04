using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// A kramdown attribute list, the inside of <c>{: .class #id key="value" ref}</c>: classes, an id, attributes, and
/// references to attribute lists defined elsewhere (<c>{:ref: .class}</c>) or to kramdown's <c>toc</c>.
/// </summary>
internal sealed class KramdownAttributeList
{
    private static readonly Regex Part = new(
        @"\G\s*(?:\.(?<class>[^\s.#}""'=]+)|\#(?<id>[^\s.#}""'=]+)|(?<key>[\w:-]+)=(?:""(?<dq>(?:\\.|[^""\\])*)""|'(?<sq>(?:\\.|[^'\\])*)')|(?<ref>[\w-]+))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public string? Id { get; private set; }

    public List<string> Classes { get; } = [];

    public List<KeyValuePair<string, string>> Properties { get; } = [];

    public List<string> References { get; } = [];

    /// <summary>Reads the text between <c>{:</c> (or <c>{:name:</c>) and <c>}</c>; <see langword="null"/> when it is not an attribute list.</summary>
    public static KramdownAttributeList? Parse(string text)
    {
        var list = new KramdownAttributeList();
        var position = 0;
        while (true)
        {
            // Past the blanks in place: a copy of the rest per part made a list of 200,000 classes take minutes.
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position == text.Length)
            {
                break;
            }

            var match = Part.Match(text, position);
            if (!match.Success || match.Length == 0)
            {
                return null;
            }

            if (match.Groups["class"].Success)
            {
                list.Classes.Add(match.Groups["class"].Value);
            }
            else if (match.Groups["id"].Success)
            {
                list.Id = match.Groups["id"].Value;
            }
            else if (match.Groups["key"].Success)
            {
                var value = match.Groups["dq"].Success ? match.Groups["dq"].Value.Replace("\\\"", "\"") : match.Groups["sq"].Value.Replace("\\'", "'");
                list.Properties.Add(new KeyValuePair<string, string>(match.Groups["key"].Value, value.Replace("\\}", "}")));
            }
            else
            {
                list.References.Add(match.Groups["ref"].Value);
            }

            position = match.Index + match.Length;
        }

        return list;
    }

    /// <summary>Adds another list's classes, id and attributes (a referenced definition's) to this one.</summary>
    public void Merge(KramdownAttributeList other)
    {
        Id = other.Id ?? Id;
        Classes.AddRange(other.Classes);
        Properties.AddRange(other.Properties);
    }

    /// <summary>Puts the classes, id and attributes on an element, as kramdown writes them on its HTML tag.</summary>
    public void ApplyTo(MarkdownObject target)
    {
        var attributes = target.GetAttributes();
        if (Id is not null)
        {
            attributes.Id = Id;
        }

        // Markdig's AddClass looks through the classes for each one it adds; a set keeps 200,000 classes linear.
        HashSet<string>? seen = null;
        void AddClass(string name)
        {
            var classes = attributes.Classes ??= [];
            seen ??= new HashSet<string>(classes, System.StringComparer.Ordinal);
            if (seen.Add(name))
            {
                classes.Add(name);
            }
        }

        foreach (var name in Classes)
        {
            AddClass(name);
        }

        foreach (var property in Properties)
        {
            // kramdown adds a class given as class="…" to the others.
            if (property.Key == "class")
            {
                foreach (var name in property.Value.Split([' '], System.StringSplitOptions.RemoveEmptyEntries))
                {
                    AddClass(name);
                }
            }
            else if (property.Key == "id")
            {
                attributes.Id = property.Value;
            }
            else
            {
                attributes.AddProperty(property.Key, property.Value);
            }
        }
    }
}
