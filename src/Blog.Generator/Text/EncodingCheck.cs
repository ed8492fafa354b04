
namespace Blog.Generator.Text;

/// <summary>
/// Finds the trace a file that is not UTF-8 leaves in the text the compiler decoded: the compiler never says which
/// encoding it fell back to, so the characters are all there is to go on.
/// </summary>
internal static class EncodingCheck
{
    /// <summary>Where the first sign of a wrong encoding is, and what it says about the file.</summary>
    public readonly record struct Problem(int Offset, string Reason);

    /// <summary>
    /// The first sign that the file is not UTF-8, or <see langword="null"/>. A U+FFFD counts only when the decoder
    /// may have replaced bytes with it (<paramref name="mayHoldReplacedBytes"/>): after a strict decode it is a
    /// character the author wrote.
    /// </summary>
    public static Problem? Find(string text, bool mayHoldReplacedBytes)
    {
        // UTF-16 without a byte-order mark, and UTF-32, are valid UTF-8 byte for byte: ASCII with NULs between.
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            return new Problem(nul, "it holds NUL characters, as a file saved as UTF-16 or UTF-32 does");
        }

        var replacement = mayHoldReplacedBytes ? text.IndexOf('\uFFFD') : -1;
        if (replacement >= 0)
        {
            return new Problem(replacement, "its bytes here could not be decoded");
        }

        // Decoded bytes never hold one, but a host can pass text that was never bytes (an editor's unsaved buffer):
        // UTF-8 cannot encode it, and Markdig's heading ids throw on it.
        var surrogate = LoneSurrogate(text);
        return surrogate >= 0 ? new Problem(surrogate, "it holds half of a UTF-16 surrogate pair, which UTF-8 cannot encode") : null;
    }

    private static int LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
