using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Generator.Models;

namespace Blog.Generator.Rendering;

/// <summary>
/// Puts the files' URLs and sizes into a post's rendered HTML in place of the placeholders <see cref="AssetCollector"/>
/// left: an image gets its fingerprinted URL, <c>width</c> and <c>height</c> (unless the post set them) and, except
/// the first image of the post, which is often above the fold, <c>loading="lazy" decoding="async"</c>. A reference
/// that names no usable file gets back the URL as written.
/// </summary>
internal static class AssetHtml
{
    /// <summary>The HTML with every placeholder of <paramref name="token"/> replaced.</summary>
    /// <param name="html">The rendered HTML.</param>
    /// <param name="token">The post's placeholder prefix.</param>
    /// <param name="references">The post's references, by index.</param>
    /// <param name="files">The file each reference names, by index; <see langword="null"/> where it names no usable one.</param>
    public static string Apply(string html, string token, IReadOnlyList<AssetReference> references, IReadOnlyList<AssetFile?> files)
    {
        if (token.Length == 0 || html.IndexOf(token, StringComparison.Ordinal) < 0)
        {
            return html;
        }

        var escaped = Regex.Escape(token);
        var firstImage = true;

        // Images first, as whole tags: their size and loading attributes go beside the URL.
        html = Regex.Replace(html, "<img\\b[^<>]*>", match =>
        {
            var tag = match.Value;
            var placeholder = Regex.Match(tag, "\\ssrc=\"" + escaped + "(\\d+)\"");
            var isFirst = firstImage;
            firstImage = false;
            if (!placeholder.Success || Index(placeholder.Groups[1].Value, references.Count) is not { } index)
            {
                return tag;
            }

            if (files[index] is not { } file)
            {
                return tag.Replace(placeholder.Value, " " + references[index].Written);
            }

            var attributes = new StringBuilder(" src=\"").Append(file.Url).Append(references[index].Suffix).Append('"');
            if (file.HasSize && !HasAttribute(tag, "width") && !HasAttribute(tag, "height"))
            {
                attributes.Append(" width=\"").Append(file.Width.ToString(CultureInfo.InvariantCulture))
                    .Append("\" height=\"").Append(file.Height.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            tag = tag.Replace(placeholder.Value, attributes.ToString());
            if (!isFirst && !HasAttribute(tag, "loading"))
            {
                var end = tag.EndsWith("/>", StringComparison.Ordinal) ? tag.Length - 2 : tag.Length - 1;
                var space = end > 0 && tag[end - 1] == ' ' ? " " : string.Empty;
                tag = tag.Substring(0, end).TrimEnd() + " loading=\"lazy\" decoding=\"async\"" + space + tag.Substring(end);
            }

            return tag;
        });

        // Links to files, and anything else left: a placeholder never reaches the page.
        return Regex.Replace(html, "(?:(?:src|href)=\"" + escaped + "(\\d+)\")|" + escaped + "(\\d+)", match =>
        {
            var attribute = match.Groups[1].Success;
            if (Index(attribute ? match.Groups[1].Value : match.Groups[2].Value, references.Count) is not { } index)
            {
                return match.Value;
            }

            var reference = references[index];
            if (!attribute)
            {
                return files[index] is { } loose ? loose.Url + reference.Suffix : WrittenUrl(reference);
            }

            var name = match.Value.Substring(0, match.Value.IndexOf('='));
            return files[index] is { } file ? name + "=\"" + file.Url + reference.Suffix + "\"" : reference.Written;
        });
    }

    private static int? Index(string digits, int count) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count ? index : null;

    private static bool HasAttribute(string tag, string name) =>
        Regex.IsMatch(tag, "\\s" + name + "\\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The URL inside a written attribute (<c>src="…"</c>).</summary>
    private static string WrittenUrl(AssetReference reference)
    {
        var written = reference.Written;
        var start = written.IndexOf('=') + 1;
        return written.Substring(start).Trim().Trim('"', '\'');
    }
}
