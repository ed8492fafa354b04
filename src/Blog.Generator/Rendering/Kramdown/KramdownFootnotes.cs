using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// Footnotes written as kramdown writes them, so a Jekyll theme's styles for them apply (<c>.footnotes</c>,
/// <c>.footnote</c>, <c>.reversefootnote</c>) and the ids are the footnote's name (<c>#fn:note</c> for <c>[^note]</c>).
/// </summary>
internal static class KramdownFootnotes
{
    private static readonly Regex PlainName = new("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant);

    /// <summary>The name kramdown gives a footnote's ids: its label, or its number when the label would not make a clean id.</summary>
    public static string Name(Footnote footnote) =>
        footnote.Label?.TrimStart('^') is { } label && PlainName.IsMatch(label) ? label : footnote.Order.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a reference: the name for the first, then <c>name:2</c>, <c>name:3</c>… as kramdown numbers them.</summary>
    public static string ReferenceId(FootnoteLink reference)
    {
        var links = reference.Footnote.Links;
        var position = 1;
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].Index == reference.Index)
            {
                position = i + 1;
                break;
            }
        }

        return position == 1 ? Name(reference.Footnote) : Name(reference.Footnote) + ":" + position.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>kramdown's list of footnotes: <c>&lt;div class="footnotes" role="doc-endnotes"&gt;&lt;ol&gt;&lt;li id="fn:name"&gt;</c>.</summary>
internal sealed class KramdownFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<ol>");
        for (var i = 0; i < footnotes.Count; i++)
        {
            var footnote = (Footnote)footnotes[i];
            renderer.WriteLine("<li id=\"fn:" + KramdownFootnotes.Name(footnote) + "\" role=\"doc-endnote\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}

/// <summary>kramdown's footnote reference (<c>&lt;sup id="fnref:name"&gt;&lt;a class="footnote"&gt;</c>) and back link (<c>&lt;a class="reversefootnote"&gt;</c>, after a no-break space).</summary>
internal sealed class KramdownFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var name = KramdownFootnotes.Name(link.Footnote);
        if (link.IsBackLink)
        {
            var id = KramdownFootnotes.ReferenceId(link);
            var number = id.Length > name.Length ? "<sup>" + id.Substring(name.Length + 1) + "</sup>" : string.Empty;
            renderer.Write("\u00A0<a href=\"#fnref:" + id + "\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;" + number + "</a>");
            return;
        }

        renderer.Write("<sup id=\"fnref:" + KramdownFootnotes.ReferenceId(link) + "\" role=\"doc-noteref\"><a href=\"#fn:" + name + "\" class=\"footnote\" rel=\"footnote\">" + link.Footnote.Order.ToString(CultureInfo.InvariantCulture) + "</a></sup>");
    }
}
