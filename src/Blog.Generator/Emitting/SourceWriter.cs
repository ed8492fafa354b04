using System.Text;

namespace Blog.Generator.Emitting;

/// <summary>
/// Writes C# source with indentation tracked for us, so emitters read like the code they produce: fixed code goes in
/// as a multi-line block (a raw string in the emitter, indented to where it lands), and content as raw literals
/// indented with the code around them.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder builder;
    private int indent;

    /// <summary>A writer whose buffer starts at <paramref name="capacity"/> characters (a bucket's file is mostly its records).</summary>
    public SourceWriter(int capacity = 1024)
    {
        builder = new StringBuilder(capacity);
    }

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            AppendIndent();
            builder.Append(line);
        }

        // Always LF, so the output is the same on every OS.
        builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes several lines at the current indentation: a raw string in the emitter, whose own indentation the C#
    /// compiler has already removed. Lines that are empty stay empty.
    /// </summary>
    public SourceWriter WriteBlock(string block)
    {
        var start = 0;
        while (start <= block.Length)
        {
            var end = block.IndexOf('\n', start);
            if (end < 0)
            {
                end = block.Length;
            }

            var length = end - start;
            if (length > 0 && block[end - 1] == '\r')
            {
                // An emitter's source checked out with CRLF line breaks still writes LF.
                length--;
            }

            if (length > 0)
            {
                AppendIndent();
                builder.Append(block, start, length);
            }

            builder.Append('\n');
            start = end + 1;
        }

        return this;
    }

    /// <summary>
    /// Writes <c>prefix</c>, then <paramref name="text"/> (checked with <see cref="CSharpLiterals.CanBeRaw"/>) as a
    /// multi-line raw literal one level deeper, then <c>suffix</c> after its closing quotes. Every line of the text is
    /// indented as the closing quotes are, and the compiler takes that indentation off again, so the literal holds the
    /// text exactly; a text ending in a line break gets one more line, since the break before the closing quotes is not
    /// part of a raw literal.
    /// </summary>
    public SourceWriter WriteRawLiteral(string prefix, string text, string suffix)
    {
        var delimiter = CSharpLiterals.RawDelimiter(text);
        WriteLine(prefix);
        indent++;
        WriteLine(delimiter);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                AppendIndent();
                builder.Append(text, start, end - start);
            }

            builder.Append('\n');
            start = end + 1;
        }

        WriteLine(delimiter + suffix);
        indent--;
        return this;
    }

    /// <summary>
    /// Writes one line holding <c>prefix</c>, <c>text[start..start+length]</c> as an escaped UTF-8 literal, and
    /// <c>suffix</c>, escaping straight into the buffer: what a raw literal cannot hold goes through here.
    /// </summary>
    public SourceWriter WriteUtf8LiteralLine(string prefix, string text, int start, int length, string suffix)
    {
        AppendIndent();
        builder.Append(prefix);
        CSharpLiterals.AppendUtf8(builder, text, start, length).Append(suffix).Append('\n');
        return this;
    }

    /// <summary>Writes an opening brace and indents until <see cref="CloseBlock"/>.</summary>
    public SourceWriter OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        WriteLine("{");
        indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        indent--;
        return WriteLine("}" + suffix);
    }

    public SourceWriter Indent()
    {
        indent++;
        return this;
    }

    public SourceWriter Unindent()
    {
        indent--;
        return this;
    }

    /// <summary>
    /// Writes a <c>&lt;summary&gt;</c> doc comment of text from a post or a file name: XML-escaped, on one line when it
    /// is short, else wrapped at spaces.
    /// </summary>
    public SourceWriter WriteSummary(string text)
    {
        var escaped = CSharpLiterals.XmlDocText(text);
        if (escaped.Length <= 100)
        {
            return WriteLine("/// <summary>" + escaped + "</summary>");
        }

        WriteLine("/// <summary>");
        foreach (var line in CSharpLiterals.Wrap(escaped, 110))
        {
            WriteLine("/// " + line);
        }

        return WriteLine("/// </summary>");
    }

    /// <summary>
    /// The lines every generated file starts with: the marker tools know generated code by, what the file holds (one
    /// line, from <paramref name="holds"/>), and nullable annotations on.
    /// </summary>
    /// <param name="holds">What the file holds and how to change it, as in "the Post type".</param>
    public SourceWriter WriteFileHeader(string holds)
    {
        WriteLine("// <auto-generated/>");
        WriteLine("// Blog.Generator: " + CSharpLiterals.CommentText(holds) + ".");
        WriteLine("// Do not edit: it is written again on every build.");
        WriteLine("#nullable enable");
        return WriteLine();
    }

    public override string ToString() => builder.ToString();

    private void AppendIndent()
    {
        for (var i = 0; i < indent; i++)
        {
            builder.Append(IndentUnit);
        }
    }
}
