using System;
using System.IO;

namespace Blog.Generator.Rendering;

/// <summary>
/// Thrown when a body renders to more HTML than a post may hold: a few reference links to one long URL can expand a
/// small file a thousandfold, so the bound is on what is written, checked as it is written.
/// </summary>
internal sealed class HtmlTooLargeException(int limit) : Exception($"The rendered HTML is over {limit} characters.")
{
    public int Limit { get; } = limit;
}

/// <summary>A string writer that stops, with <see cref="HtmlTooLargeException"/>, once it holds more than a limit.</summary>
internal sealed class BoundedHtmlWriter(int limit) : StringWriter
{
    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    private void Reserve(int count)
    {
        if (GetStringBuilder().Length + (long)count > limit)
        {
            throw new HtmlTooLargeException(limit);
        }
    }
}
