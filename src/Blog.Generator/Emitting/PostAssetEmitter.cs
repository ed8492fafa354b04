namespace Blog.Generator.Emitting;

/// <summary>Emits <c>PostAsset</c> (a file beside the posts that a post uses) and <c>PostImage</c> (a post's cover image) into the user's project.</summary>
internal static class PostAssetEmitter
{
    public static string EmitAsset(string ns) => new SourceWriter()
        .WriteFileHeader("the PostAsset type, a file beside the posts that a post uses")
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>
            /// A file beside the posts (an image, a download) that a post names, as the build found it: the compile-time
            /// counterpart of the static web assets that serve it.
            /// </summary>
            /// <param name="Path">Its path in the project, with forward slashes (<c>Posts/images/cat.png</c>).</param>
            /// <param name="Url">
            /// The URL the post's HTML uses for it: its path with a content fingerprint before the extension, which
            /// <c>app.MapStaticAssets()</c> serves with a year's caching.
            /// </param>
            /// <param name="Length">Its length in bytes.</param>
            /// <param name="Integrity">Its SHA-256, as a subresource-integrity value (<c>sha256-…</c>).</param>
            /// <param name="Width">For an image, the width a browser shows it at (EXIF orientation applied); otherwise <see langword="null"/>.</param>
            /// <param name="Height">For an image, the height; otherwise <see langword="null"/>.</param>
            {{ThisAssembly.GeneratedCodeAttribute}}
            public sealed partial record PostAsset(string Path, string Url, long Length, string Integrity, int? Width, int? Height);
            """)
        .ToString();

    public static string EmitImage(string ns) => new SourceWriter()
        .WriteFileHeader("the PostImage type, a post's cover image")
        .WriteLine("namespace " + ns + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>A post's cover image, from its front matter's <c>image</c>: for a page's <c>og:image</c> or a cover.</summary>
            /// <param name="Url">
            /// Its URL: a file beside the posts gets its fingerprinted URL; a URL with a scheme, or a path that names no file,
            /// is as written.
            /// </param>
            /// <param name="Width">Its width, when it is a file beside the posts whose size was read; otherwise <see langword="null"/>.</param>
            /// <param name="Height">Its height, likewise.</param>
            /// <param name="Alt">Its alternative text (<c>image.alt</c>), if given.</param>
            {{ThisAssembly.GeneratedCodeAttribute}}
            public sealed partial record PostImage(string Url, int? Width, int? Height, string? Alt);
            """)
        .ToString();
}
