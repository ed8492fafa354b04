using System;

namespace Blog.Generator.Models;

/// <summary>
/// A date with its own UTC offset. Unlike <see cref="DateTimeOffset"/>, equality compares the offset too,
/// so changing only a post's time zone still counts as a change.
/// </summary>
internal readonly record struct DateValue(DateTime DateTime, TimeSpan Offset)
{
    public DateTimeOffset ToDateTimeOffset() => new(DateTime, Offset);
}
