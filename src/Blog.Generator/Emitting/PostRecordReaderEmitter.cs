namespace Blog.Generator.Emitting;

/// <summary>
/// Emits <c>PostRecordReader</c>, internal to the user's project: it reads what the generator's
/// <c>Storage/PostRecordWriter</c> wrote, in the same order.
/// </summary>
internal static class PostRecordReaderEmitter
{
    public static string Emit(string ns) => new SourceWriter(12 * 1024)
        .WriteFileHeader("the reader of the posts' records")
        .WriteLine("namespace " + GeneratedNames.InternalNamespace + ";")
        .WriteLine()
        .WriteBlock($$"""
            /// <summary>
            /// Reads a post's record: values each starting with a letter (<c>s</c> a string, <c>n</c> null, <c>i</c> an
            /// integer, <c>f</c> a double, <c>b</c> a Boolean, <c>d</c> a date, <c>l</c> a list, <c>m</c> a map, <c>z</c>
            /// gzip bytes in base64, <c>r</c> a slice of the post's HTML), a line break allowed before any of them.
            /// </summary>
            {{ThisAssembly.GeneratedCodeAttribute}}
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal ref struct PostRecordReader
            {
                private readonly global::System.ReadOnlySpan<byte> data;
                private int position;

                public PostRecordReader(global::System.ReadOnlySpan<byte> data)
                {
                    this.data = data;
                    position = 0;
                }

                /// <summary>
                /// Reads a bucket's records into <paramref name="posts"/> from <paramref name="count"/> on: each is <c>p</c>,
                /// or <c>t</c> for a post the bucket builds with its own code (whose place is left for it), then its length,
                /// <c>:</c> and the record.
                /// </summary>
                public static void ReadAll(global::System.ReadOnlySpan<byte> records, global::{{ns}}.Post[] posts, ref int count)
                {
                    var reader = new PostRecordReader(records);
                    while (reader.More())
                    {
                        var typed = reader.Peek() == (byte)'t';
                        var length = reader.Header(typed ? (byte)'t' : (byte)'p', (byte)':');
                        if (!typed)
                        {
                            posts[count] = new global::{{ns}}.Post(records.Slice(reader.position, length));
                        }

                        reader.position += length;
                        count++;
                    }
                }

                public string String() =>
                    NullableString() ?? throw new global::System.FormatException("A post's record holds null where a string must be.");

                public string? NullableString()
                {
                    if (Peek() == (byte)'n')
                    {
                        position++;
                        return null;
                    }

                    var length = Header((byte)'s', (byte)':');
                    var text = global::System.Text.Encoding.UTF8.GetString(data.Slice(position, length));
                    position += length;
                    return text;
                }

                public byte[] Utf8()
                {
                    var length = Header((byte)'s', (byte)':');
                    var bytes = data.Slice(position, length).ToArray();
                    position += length;
                    return bytes;
                }

                public long Integer()
                {
                    Expect((byte)'i');
                    return Number((byte)';');
                }

                public double Double()
                {
                    Expect((byte)'f');
                    var end = global::System.MemoryExtensions.IndexOf(data.Slice(position), (byte)';');
                    var text = global::System.Text.Encoding.UTF8.GetString(data.Slice(position, end));
                    position += end + 1;
                    var style = global::System.Globalization.NumberStyles.Float;
                    return double.Parse(text, style, global::System.Globalization.CultureInfo.InvariantCulture);
                }

                public global::System.DateTimeOffset Date()
                {
                    Expect((byte)'d');
                    var ticks = Number((byte)',');
                    var minutes = Number((byte)';');
                    return new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(minutes));
                }

                public global::System.DateTimeOffset? NullableDate()
                {
                    if (Peek() != (byte)'n')
                    {
                        return Date();
                    }

                    position++;
                    return null;
                }

                public global::System.Collections.Generic.IReadOnlyList<string> Strings()
                {
                    var items = new string[Header((byte)'l', (byte)';')];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = String();
                    }

                    return global::System.Array.AsReadOnly(items);
                }

                public global::System.Collections.Generic.IReadOnlyList<global::{{ns}}.PostHeading> Headings()
                {
                    var headings = new global::{{ns}}.PostHeading[Header((byte)'l', (byte)';')];
                    for (var i = 0; i < headings.Length; i++)
                    {
                        Header((byte)'l', (byte)';');
                        var level = (int)Integer();
                        headings[i] = new global::{{ns}}.PostHeading(level, String(), String());
                    }

                    return global::System.Array.AsReadOnly(headings);
                }

                /// <summary>A post's cover image: null, or a list of its URL, width, height (0 when unknown) and alt text.</summary>
                public global::{{ns}}.PostImage? Image()
                {
                    if (Peek() == (byte)'n')
                    {
                        position++;
                        return null;
                    }

                    Header((byte)'l', (byte)';');
                    var url = String();
                    var width = (int)Integer();
                    var height = (int)Integer();
                    return new global::{{ns}}.PostImage(url, width > 0 ? width : null, height > 0 ? height : null, NullableString());
                }

                /// <summary>The files a post uses: each a list of path, URL, length, integrity, width and height (0 when not an image).</summary>
                public global::System.Collections.Generic.IReadOnlyList<global::{{ns}}.PostAsset> Assets()
                {
                    var assets = new global::{{ns}}.PostAsset[Header((byte)'l', (byte)';')];
                    for (var i = 0; i < assets.Length; i++)
                    {
                        Header((byte)'l', (byte)';');
                        var path = String();
                        var url = String();
                        var length = Integer();
                        var integrity = String();
                        var width = (int)Integer();
                        var height = (int)Integer();
                        assets[i] = new global::{{ns}}.PostAsset(path, url, length, integrity, width > 0 ? width : null, height > 0 ? height : null);
                    }

                    return global::System.Array.AsReadOnly(assets);
                }

                public global::System.Collections.Generic.IReadOnlyDictionary<string, object?> Map()
                {
                    var count = Header((byte)'m', (byte)';');
                    var comparer = global::System.StringComparer.Ordinal;
                    var pairs = new global::System.Collections.Generic.Dictionary<string, object?>(count, comparer);
                    for (var i = 0; i < count; i++)
                    {
                        var key = String();
                        pairs[key] = Value();
                    }

                    return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(pairs);
                }

                /// <summary>Reads <c>r</c><i>start</i><c>,</c><i>length</i><c>;</c> (a slice of the post's HTML) if that comes next.</summary>
                public bool TrySlice(out int start, out int length)
                {
                    if (Peek() != (byte)'r')
                    {
                        start = length = 0;
                        return false;
                    }

                    start = Header((byte)'r', (byte)',');
                    length = (int)Number((byte)';');
                    return true;
                }

                /// <summary>The gzip bytes, decoded from their base64: lines of at most 120 characters, each decoded on its own.</summary>
                public byte[] Gzip()
                {
                    var length = Header((byte)'z', (byte)':');
                    var text = data.Slice(position, length);
                    position += length;
                    var bytes = new byte[global::System.Buffers.Text.Base64.GetMaxDecodedFromUtf8Length(text.Length)];
                    var written = 0;
                    while (!text.IsEmpty)
                    {
                        var end = global::System.MemoryExtensions.IndexOf(text, (byte)'\n');
                        var line = end < 0 ? text : text.Slice(0, end);
                        var target = global::System.MemoryExtensions.AsSpan(bytes, written);
                        global::System.Buffers.Text.Base64.DecodeFromUtf8(line, target, out _, out var decoded);
                        written += decoded;
                        text = end < 0 ? default : text.Slice(end + 1);
                    }

                    return written == bytes.Length ? bytes : global::System.MemoryExtensions.AsSpan(bytes, 0, written).ToArray();
                }

                private object? Value()
                {
                    switch (Peek())
                    {
                        case (byte)'i':
                            return Integer();
                        case (byte)'f':
                            return Double();
                        case (byte)'b':
                            position += 2;
                            return data[position - 1] == (byte)'1';
                        case (byte)'d':
                            return Date();
                        case (byte)'m':
                            return Map();
                        case (byte)'l':
                            return List();
                        default:
                            return NullableString();
                    }
                }

                private global::System.Collections.Generic.IReadOnlyList<object?> List()
                {
                    var items = new object?[Header((byte)'l', (byte)';')];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Value();
                    }

                    return global::System.Array.AsReadOnly(items);
                }

                /// <summary>Whether anything but line breaks is left.</summary>
                private bool More()
                {
                    while (position < data.Length && data[position] is (byte)'\n' or (byte)'\r')
                    {
                        position++;
                    }

                    return position < data.Length;
                }

                /// <summary>The kind of the next value, after any line breaks between values.</summary>
                private byte Peek()
                {
                    while (data[position] is (byte)'\n' or (byte)'\r')
                    {
                        position++;
                    }

                    return data[position];
                }

                private void Expect(byte kind)
                {
                    if (Peek() != kind)
                    {
                        var message = "A post's record has '" + (char)data[position] + "' where '" + (char)kind + "' must be.";
                        throw new global::System.FormatException(message);
                    }

                    position++;
                }

                /// <summary>A value's letter and the count or length after it.</summary>
                private int Header(byte kind, byte end)
                {
                    Expect(kind);
                    return (int)Number(end);
                }

                /// <summary>
                /// Decimal digits, maybe after a minus sign, up to <paramref name="end"/>. Accumulated as a negative number,
                /// so <see cref="long.MinValue"/> reads back.
                /// </summary>
                private long Number(byte end)
                {
                    var negative = data[position] == (byte)'-';
                    if (negative)
                    {
                        position++;
                    }

                    long value = 0;
                    while (data[position] != end)
                    {
                        value = (value * 10) - (data[position++] - (byte)'0');
                    }

                    position++;
                    return negative ? value : -value;
                }
            }
            """)
        .ToString();
}
