using System;
using System.Collections.Generic;

namespace Blog.Generator.Compression;

/// <summary>
/// A small gzip (RFC 1952) writer over a DEFLATE (RFC 1951) encoder of its own: LZ77 with hash chains, then one
/// dynamic-Huffman block per 32,768 symbols. Written here, not taken from the runtime, so that the bytes depend on the
/// input alone: <c>DeflateStream</c> wraps the host's zlib, which differs between runtimes (.NET 9 moved to zlib-ng),
/// and every compiler host must embed the same bytes for the same post. Any inflater reads the output; the header
/// has no file name and a zero time stamp.
/// </summary>
internal static class Gzip
{
    private const int WindowSize = 1 << 15;
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int HashBits = 15;
    private const int MaxChain = 32;
    private const int GoodEnough = 64;
    private const int SymbolsPerBlock = 1 << 15;

    private static readonly uint[] CrcTable = BuildCrcTable();

    // RFC 1951 §3.2.5: the base length or distance of each code and how many extra bits follow it.
    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    // Each match length's code, and each distance's (by distance - 1 below 256, else by (distance - 1) >> 7, as zlib
    // does), built from the tables above, so declared after them.
    private static readonly byte[] LengthCodes = BuildLengthCodes();
    private static readonly byte[] DistanceCodes = BuildDistanceCodes();

    // The order in which the code-length code's lengths are sent (RFC 1951 §3.2.7).
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>Compresses <paramref name="data"/> into one gzip member.</summary>
    public static byte[] Compress(byte[] data)
    {
        var output = new BitWriter(data.Length / 3 + 64);
        output.WriteBytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);

        var symbols = new List<int>(Math.Min(data.Length, SymbolsPerBlock) + 1);

        // Tables no larger than the input needs: most posts are a few kilobytes, and clearing 32,768-entry tables
        // for each cost more than compressing it.
        var bits = 6;
        while (bits < HashBits && (1 << bits) < data.Length)
        {
            bits++;
        }

        var head = new int[1 << bits];
        var previous = new int[1 << bits];
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = -1;
        }

        var position = 0;
        while (position < data.Length)
        {
            var (length, distance) = LongestMatch(data, position, head, previous);
            if (length >= MinMatch)
            {
                symbols.Add(Match(length, distance));
                for (var end = position + length; position < end; position++)
                {
                    Insert(data, position, head, previous);
                }
            }
            else
            {
                symbols.Add(data[position]);
                Insert(data, position, head, previous);
                position++;
            }

            if (symbols.Count >= SymbolsPerBlock)
            {
                WriteBlock(output, symbols, last: position >= data.Length);
                symbols.Clear();
            }
        }

        if (symbols.Count > 0 || data.Length == 0)
        {
            WriteBlock(output, symbols, last: true);
        }

        output.Flush();
        output.WriteUInt32(Crc32(data));
        output.WriteUInt32((uint)data.Length);
        return output.ToArray();
    }

    /// <summary>
    /// The CRC-32 gzip's trailer holds (IEEE polynomial, reflected), eight bytes a step ("slicing by 8": table
    /// <c>k</c> holds a byte's CRC followed by <c>k</c> zero bytes), then byte by byte.
    /// </summary>
    public static uint Crc32(byte[] data)
    {
        var t = CrcTable;
        var crc = 0xFFFFFFFFu;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var low = crc ^ (uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
            crc = t[(7 * 256) + (low & 0xFF)] ^ t[(6 * 256) + ((low >> 8) & 0xFF)] ^ t[(5 * 256) + ((low >> 16) & 0xFF)] ^ t[(4 * 256) + (low >> 24)]
                ^ t[(3 * 256) + data[i + 4]] ^ t[(2 * 256) + data[i + 5]] ^ t[256 + data[i + 6]] ^ t[data[i + 7]];
        }

        for (; i < data.Length; i++)
        {
            crc = t[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    // A match packs its length (3..258) and distance (1..32,768) above the 256 literals.
    private static int Match(int length, int distance) => 256 + ((length - MinMatch) << 15 | (distance - 1)) + 1;

    private static int Hash(byte[] data, int position, int mask) =>
        ((data[position] << 10) ^ (data[position + 1] << 5) ^ data[position + 2]) & mask;

    private static void Insert(byte[] data, int position, int[] head, int[] previous)
    {
        if (position + MinMatch > data.Length)
        {
            return;
        }

        var hash = Hash(data, position, head.Length - 1);
        previous[position & (previous.Length - 1)] = head[hash];
        head[hash] = position;
    }

    /// <summary>How many bytes from <paramref name="earlier"/> and <paramref name="position"/> agree, at most <paramref name="limit"/>: eight at a time.</summary>
    private static int MatchLength(byte[] data, int earlier, int position, int limit)
    {
        var length = 0;
        if (BitConverter.IsLittleEndian)
        {
            while (length + 8 <= limit)
            {
                var difference = BitConverter.ToUInt64(data, earlier + length) ^ BitConverter.ToUInt64(data, position + length);
                if (difference != 0)
                {
                    // The lowest differing byte is the first that differs.
                    while ((difference & 0xFF) == 0)
                    {
                        difference >>= 8;
                        length++;
                    }

                    return length;
                }

                length += 8;
            }
        }

        while (length < limit && data[earlier + length] == data[position + length])
        {
            length++;
        }

        return length;
    }

    private static (int Length, int Distance) LongestMatch(byte[] data, int position, int[] head, int[] previous)
    {
        if (position + MinMatch > data.Length)
        {
            return (0, 0);
        }

        var limit = Math.Min(MaxMatch, data.Length - position);
        int bestLength = 0, bestDistance = 0;
        var candidate = head[Hash(data, position, head.Length - 1)];
        for (var chain = 0; candidate >= 0 && chain < MaxChain; chain++)
        {
            var distance = position - candidate;
            if (distance > WindowSize)
            {
                break;
            }

            // The byte that would make the match longer than the best, and the first byte, before anything else.
            if (data[candidate + bestLength] == data[position + bestLength] && data[candidate] == data[position])
            {
                var length = MatchLength(data, candidate, position, limit);
                if (length > bestLength)
                {
                    (bestLength, bestDistance) = (length, distance);
                    if (length >= Math.Min(limit, GoodEnough))
                    {
                        break;
                    }
                }
            }

            var next = previous[candidate & (previous.Length - 1)];
            if (next >= candidate)
            {
                break; // the slot was reused by a newer position: the chain has left the window
            }

            candidate = next;
        }

        return (bestLength, bestDistance);
    }

    private static void WriteBlock(BitWriter output, List<int> symbols, bool last)
    {
        var literalFrequencies = new int[286];
        var distanceFrequencies = new int[30];
        foreach (var symbol in symbols)
        {
            if (symbol < 256)
            {
                literalFrequencies[symbol]++;
            }
            else
            {
                var (length, distance) = Unpack(symbol);
                literalFrequencies[257 + LengthCodes[length]]++;
                distanceFrequencies[DistanceCode(distance)]++;
            }
        }

        literalFrequencies[256] = 1;
        var literalLengths = HuffmanLengths(literalFrequencies, 15);
        var distanceLengths = HuffmanLengths(distanceFrequencies, 15);
        var literalCount = LastUsed(literalLengths, 257);
        var distanceCount = LastUsed(distanceLengths, 1);

        // The two code-length sequences are sent as one, run-length coded with symbols 16, 17 and 18.
        var lengths = new int[literalCount + distanceCount];
        Array.Copy(literalLengths, lengths, literalCount);
        Array.Copy(distanceLengths, 0, lengths, literalCount, distanceCount);
        var runs = RunLengths(lengths);
        var codeLengthFrequencies = new int[19];
        foreach (var (symbol, _) in runs)
        {
            codeLengthFrequencies[symbol]++;
        }

        var codeLengthLengths = HuffmanLengths(codeLengthFrequencies, 7);
        var codeLengthCount = 19;
        while (codeLengthCount > 4 && codeLengthLengths[CodeLengthOrder[codeLengthCount - 1]] == 0)
        {
            codeLengthCount--;
        }

        output.WriteBits(last ? 1 : 0, 1);
        output.WriteBits(2, 2);
        output.WriteBits(literalCount - 257, 5);
        output.WriteBits(distanceCount - 1, 5);
        output.WriteBits(codeLengthCount - 4, 4);
        for (var i = 0; i < codeLengthCount; i++)
        {
            output.WriteBits(codeLengthLengths[CodeLengthOrder[i]], 3);
        }

        var codeLengthCodes = CanonicalCodes(codeLengthLengths);
        foreach (var (symbol, extra) in runs)
        {
            output.WriteCode(codeLengthCodes[symbol], codeLengthLengths[symbol]);
            switch (symbol)
            {
                case 16: output.WriteBits(extra, 2); break;
                case 17: output.WriteBits(extra, 3); break;
                case 18: output.WriteBits(extra, 7); break;
            }
        }

        var literalCodes = CanonicalCodes(literalLengths);
        var distanceCodes = CanonicalCodes(distanceLengths);
        foreach (var symbol in symbols)
        {
            if (symbol < 256)
            {
                output.WriteCode(literalCodes[symbol], literalLengths[symbol]);
                continue;
            }

            var (length, distance) = Unpack(symbol);
            var lengthCode = LengthCodes[length];
            output.WriteCode(literalCodes[257 + lengthCode], literalLengths[257 + lengthCode]);
            output.WriteBits(length - LengthBase[lengthCode], LengthExtra[lengthCode]);
            var distanceCode = DistanceCode(distance);
            output.WriteCode(distanceCodes[distanceCode], distanceLengths[distanceCode]);
            output.WriteBits(distance - DistanceBase[distanceCode], DistanceExtra[distanceCode]);
        }

        output.WriteCode(literalCodes[256], literalLengths[256]);
    }

    private static (int Length, int Distance) Unpack(int symbol)
    {
        var packed = symbol - 257;
        return ((packed >> 15) + MinMatch, (packed & (WindowSize - 1)) + 1);
    }

    /// <summary>The last code whose base is at or below <paramref name="value"/>.</summary>
    private static int Code(int[] bases, int value)
    {
        var code = Array.BinarySearch(bases, value);
        return code >= 0 ? code : ~code - 1;
    }

    private static int LastUsed(int[] lengths, int minimum)
    {
        var count = lengths.Length;
        while (count > minimum && lengths[count - 1] == 0)
        {
            count--;
        }

        return count;
    }

    /// <summary>Code lengths as (symbol, extra bits) with runs folded: 16 repeats the last length 3–6 times, 17 and 18 give 3–10 and 11–138 zeros.</summary>
    private static List<(int Symbol, int Extra)> RunLengths(int[] lengths)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < lengths.Length;)
        {
            var value = lengths[i];
            var run = 1;
            while (i + run < lengths.Length && lengths[i + run] == value)
            {
                run++;
            }

            i += run;
            if (value == 0)
            {
                for (; run >= 11; run -= Math.Min(run, 138))
                {
                    runs.Add((18, Math.Min(run, 138) - 11));
                }

                if (run >= 3)
                {
                    runs.Add((17, run - 3));
                    run = 0;
                }
            }
            else
            {
                runs.Add((value, 0));
                run--;
                for (; run >= 3; run -= Math.Min(run, 6))
                {
                    runs.Add((16, Math.Min(run, 6) - 3));
                }
            }

            for (; run > 0; run--)
            {
                runs.Add((value, 0));
            }
        }

        return runs;
    }

    /// <summary>
    /// Huffman code lengths no longer than <paramref name="maxBits"/>, ties broken by symbol so the result depends on
    /// the frequencies alone. Past the limit, the frequencies are halved (keeping every used symbol at one or more)
    /// and the tree built again. At least two symbols get a code, so every tree is complete, as some inflaters require.
    /// </summary>
    private static int[] HuffmanLengths(int[] frequencies, int maxBits)
    {
        var weights = (int[])frequencies.Clone();
        var used = 0;
        foreach (var weight in weights)
        {
            used += weight > 0 ? 1 : 0;
        }

        for (var symbol = 0; used < 2; symbol++)
        {
            if (weights[symbol] == 0)
            {
                weights[symbol] = 1;
                used++;
            }
        }

        while (true)
        {
            var lengths = TreeLengths(weights);
            var longest = 0;
            foreach (var length in lengths)
            {
                longest = Math.Max(longest, length);
            }

            if (longest <= maxBits)
            {
                return lengths;
            }

            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = weights[i] == 0 ? 0 : Math.Max(1, weights[i] / 2);
            }
        }
    }

    private static int[] TreeLengths(int[] weights)
    {
        // Nodes 0..n-1 are the symbols; merged nodes follow. Each step merges the two smallest by (weight, node): the
        // leaves sorted that way, and the merged nodes, which come out in that order already, are two queues, and on
        // equal weights a leaf (a lower node) goes first. The same tree as a sorted set of (weight, node) gives.
        var n = weights.Length;
        var weight = new long[2 * n];
        var parent = new int[2 * n];
        var leaves = new List<int>(n);
        for (var symbol = 0; symbol < n; symbol++)
        {
            if (weights[symbol] > 0)
            {
                weight[symbol] = weights[symbol];
                leaves.Add(symbol);
            }
        }

        leaves.Sort((a, b) => weight[a] != weight[b] ? weight[a].CompareTo(weight[b]) : a.CompareTo(b));
        var leaf = 0;
        var merged = n;
        var next = n;
        int Smallest() => leaf < leaves.Count && (merged == next || weight[leaves[leaf]] <= weight[merged]) ? leaves[leaf++] : merged++;
        for (var remaining = leaves.Count; remaining > 1; remaining--)
        {
            var a = Smallest();
            var b = Smallest();
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            next++;
        }

        var root = next - 1;
        var depth = new int[2 * n];
        for (var node = root - 1; node >= 0; node--)
        {
            if (node >= n || weights[node] > 0)
            {
                depth[node] = depth[parent[node]] + 1;
            }
        }

        var lengths = new int[n];
        for (var symbol = 0; symbol < n; symbol++)
        {
            lengths[symbol] = weights[symbol] > 0 ? depth[symbol] : 0;
        }

        return lengths;
    }

    /// <summary>Canonical Huffman codes for the lengths (RFC 1951 §3.2.2), bit-reversed for <see cref="BitWriter.WriteCode"/>.</summary>
    private static int[] CanonicalCodes(int[] lengths)
    {
        var counts = new int[16];
        foreach (var length in lengths)
        {
            counts[length]++;
        }

        counts[0] = 0;
        var nextCode = new int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++)
        {
            code = (code + counts[bits - 1]) << 1;
            nextCode[bits] = code;
        }

        // Bit-reversed here, once per code, since DEFLATE sends Huffman codes most significant bit first into a stream
        // packed least significant first.
        var codes = new int[lengths.Length];
        for (var symbol = 0; symbol < lengths.Length; symbol++)
        {
            if (lengths[symbol] != 0)
            {
                codes[symbol] = Reverse(nextCode[lengths[symbol]]++, lengths[symbol]);
            }
        }

        return codes;
    }

    private static int Reverse(int code, int length)
    {
        var reversed = 0;
        for (var i = 0; i < length; i++)
        {
            reversed = (reversed << 1) | ((code >> i) & 1);
        }

        return reversed;
    }

    private static byte[] BuildLengthCodes()
    {
        var codes = new byte[MaxMatch + 1];
        for (var length = MinMatch; length <= MaxMatch; length++)
        {
            codes[length] = (byte)Code(LengthBase, length);
        }

        return codes;
    }

    private static int DistanceCode(int distance) =>
        distance <= 256 ? DistanceCodes[distance - 1] : DistanceCodes[256 + ((distance - 1) >> 7)];

    private static byte[] BuildDistanceCodes()
    {
        var codes = new byte[512];
        for (var i = 0; i < 256; i++)
        {
            codes[i] = (byte)Code(DistanceBase, i + 1);
        }

        for (var i = 2; i < 256; i++)
        {
            codes[256 + i] = (byte)Code(DistanceBase, (i << 7) + 1);
        }

        return codes;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[8 * 256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        for (var n = 0; n < 256; n++)
        {
            for (var k = 1; k < 8; k++)
            {
                var previous = table[((k - 1) * 256) + n];
                table[(k * 256) + n] = table[previous & 0xFF] ^ (previous >> 8);
            }
        }

        return table;
    }

    /// <summary>Bits least significant first, as DEFLATE packs them; Huffman codes go most significant bit first.</summary>
    private sealed class BitWriter(int capacity)
    {
        private byte[] bytes = new byte[Math.Max(64, capacity)];
        private int length;
        private ulong buffer;
        private int count;

        public void WriteBits(int value, int bits)
        {
            buffer |= (ulong)(uint)value << count;
            count += bits;
            if (count >= 32)
            {
                // Four bytes at once; at most 31 bits stay, and a write adds at most 16, so the buffer never overflows.
                if (length + 4 > bytes.Length)
                {
                    Array.Resize(ref bytes, bytes.Length * 2);
                }

                bytes[length] = (byte)buffer;
                bytes[length + 1] = (byte)(buffer >> 8);
                bytes[length + 2] = (byte)(buffer >> 16);
                bytes[length + 3] = (byte)(buffer >> 24);
                length += 4;
                buffer >>= 32;
                count -= 32;
            }
        }

        /// <summary>Writes a Huffman code from <see cref="CanonicalCodes"/>, already bit-reversed.</summary>
        public void WriteCode(int reversedCode, int length) => WriteBits(reversedCode, length);

        public void Flush()
        {
            for (; count > 0; count -= 8)
            {
                Add((byte)buffer);
                buffer >>= 8;
            }

            buffer = 0;
            count = 0;
        }

        public void WriteBytes(byte[] values)
        {
            foreach (var value in values)
            {
                Add(value);
            }
        }

        public void WriteUInt32(uint value)
        {
            for (var i = 0; i < 4; i++)
            {
                Add((byte)(value >> (8 * i)));
            }
        }

        public byte[] ToArray()
        {
            var result = new byte[length];
            Array.Copy(bytes, result, length);
            return result;
        }

        private void Add(byte value)
        {
            if (length == bytes.Length)
            {
                Array.Resize(ref bytes, bytes.Length * 2);
            }

            bytes[length++] = value;
        }
    }
}
