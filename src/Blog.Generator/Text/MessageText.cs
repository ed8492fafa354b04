namespace Blog.Generator.Text;

/// <summary>Values quoted in diagnostic messages, kept short.</summary>
internal static class MessageText
{
    /// <summary>
    /// The value cut at <paramref name="length"/> characters with "…" after it, never between the two halves of a
    /// surrogate pair; the value itself when it is short enough.
    /// </summary>
    public static string Cut(string value, int length)
    {
        if (value.Length <= length)
        {
            return value;
        }

        var cut = length > 0 && char.IsHighSurrogate(value[length - 1]) ? length - 1 : length;
        return value.Substring(0, cut) + "…";
    }
}
