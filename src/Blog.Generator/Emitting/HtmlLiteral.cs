namespace Blog.Generator.Emitting;

/// <summary>Writes a text (an entry's rendered body, a post's record) as a method returning its UTF-8 bytes.</summary>
internal static class HtmlLiteral
{
    /// <summary>
    /// Writes the body as ONE UTF-8 literal: a multi-line raw literal (<c>"""…"""u8</c>) holding the HTML verbatim,
    /// so the generated file reads like the page; or, when the HTML holds a character a raw literal cannot show safely
    /// (a control, format or line-separator character, a lone surrogate), one escaped literal. Never a chain of
    /// <c>"…"u8 + "…"u8</c>: the compiler resolves each <c>+</c> on spans separately, and that chain made a 1,000-post
    /// build take minutes.
    /// </summary>
    public static void Write(SourceWriter writer, string methodName, string html)
    {
        writer.WriteLine("private static global::System.ReadOnlySpan<byte> " + methodName + "() =>").Indent();
        if (html.Length == 0)
        {
            writer.WriteLine("\"\"u8;").Unindent();
            return;
        }

        if (CSharpLiterals.CanBeRawUtf8(html))
        {
            writer.WriteRawUtf8Literal(html, ";");
        }
        else
        {
            writer.WriteUtf8LiteralLine(html, 0, html.Length, ";");
        }

        writer.Unindent();
    }
}
