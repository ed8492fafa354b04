using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;

namespace Blog.Generator.Models;

/// <summary>
/// What reading one post depends on besides its file, as one input of the pipeline: when it is equal from run to run,
/// every post whose file is unchanged stays cached.
/// </summary>
/// <param name="Options">The settings a post's parse depends on.</param>
/// <param name="Links">Every post's URL, for links between posts.</param>
/// <param name="Schema">The <c>[PostFrontMatter]</c> class, if the project declares one, and the entries its references may name.</param>
/// <param name="Site">In Jekyll mode, the site the post's Liquid reads; otherwise <see cref="JekyllSite.Off"/>.</param>
internal sealed record PostReadContext(PostParseOptions Options, LinkTargets Links, PostSchemaInput Schema, JekyllSite Site);

/// <summary>What reading one collection entry depends on besides its file.</summary>
/// <param name="Schemas">Every valid schema; an entry whose collection's schema is invalid is left to that schema's diagnostic.</param>
/// <param name="Options">How Markdown is rendered.</param>
/// <param name="References">The entries references may name.</param>
/// <param name="Links">Every post's URL, for links from an entry to a post.</param>
internal sealed record EntryReadContext(SchemaSet Schemas, PostParseOptions Options, ReferenceTargets References, LinkTargets Links);
