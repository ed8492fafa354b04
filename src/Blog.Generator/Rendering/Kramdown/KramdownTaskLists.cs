using System.Linq;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Generator.Rendering.Kramdown;

/// <summary>
/// Task lists as kramdown's GFM input writes them, so a Jekyll theme's styles apply: <c>&lt;ul class="task-list"&gt;</c>
/// and <c>&lt;input type="checkbox" class="task-list-item-checkbox" disabled="disabled" /&gt;</c> straight before the text.
/// </summary>
internal static class KramdownTaskLists
{
    /// <summary>Renames Markdig's list class and drops the space Markdig keeps after the box.</summary>
    public static void Apply(MarkdownDocument document)
    {
        foreach (var list in document.Descendants<ListBlock>())
        {
            if (list.TryGetAttributes() is { Classes: { } classes } && classes.Remove("contains-task-list"))
            {
                classes.Insert(0, "task-list");
            }
        }

        foreach (var box in document.Descendants<LeafBlock>().Where(leaf => leaf.Inline is not null).SelectMany(leaf => leaf.Inline!.Descendants<TaskList>()).ToList())
        {
            if (box.NextSibling is LiteralInline { Content.Length: > 0 } text && text.Content.CurrentChar == ' ')
            {
                var content = text.Content;
                content.Start++;
                text.Content = content;
            }
        }
    }
}

/// <summary>The box of a task list item, as kramdown writes it.</summary>
internal sealed class KramdownTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList box) =>
        renderer.Write("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\"" + (box.Checked ? " checked=\"checked\"" : string.Empty) + " />");
}
