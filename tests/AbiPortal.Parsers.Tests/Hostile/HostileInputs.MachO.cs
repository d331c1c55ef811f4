using System.Buffers.Binary;
using System.Text;

namespace AbiPortal.Parsers.Tests.Hostile;

/// <summary>Mach-O: an export trie fanning a long prefix out to many terminals, symbols naming one string, a fat file repeating one slice.</summary>
internal static partial class HostileInputs
{
    /// <summary>
    /// A dylib whose export trie is a root edge of <paramref name="prefixLength"/> bytes to a node
    /// with <paramref name="fanOut"/> children with empty labels, each with <paramref name="fanOut"/>
    /// terminal children: fanOut² exports, each named by the whole long prefix.
    /// </summary>
    public static byte[] MachOTrieFanningOutOneLongPrefix(int prefixLength, int fanOut)
    {
        // Offsets are written as 3-byte ULEB128 (padded with 0x80 continuation bits) so that node sizes are known up front.
        const int Edge = 1 + 3, Leaf = 4;
        int node = 2 + (fanOut * Edge);
        int middle = 2 + prefixLength + 1 + 3;
        int second = middle + node;
        int leaves = second + (fanOut * node);
        var trie = new List<byte> { 0, 1 };
        trie.AddRange(Encoding.ASCII.GetBytes(new string('_', prefixLength)));
        trie.Add(0);
        Offset(middle);
        Node(i => second + (i * node));
        for (int i = 0; i < fanOut; i++)
        {
            Node(j => leaves + (((i * fanOut) + j) * Leaf));
        }

        for (int k = 0; k < fanOut * fanOut; k++)
        {
            trie.AddRange([2, 0, 0, 0]);   // terminal size 2: flags 0, address 0; no children
        }

        return MachODylibWithTrie([.. trie]);

        void Node(Func<int, int> child)
        {
            trie.AddRange([0, (byte)fanOut]);
            for (int i = 0; i < fanOut; i++)
            {
                trie.Add(0);
                Offset(child(i));
            }
        }

        void Offset(int value) => trie.AddRange([(byte)(0x80 | (value & 0x7F)), (byte)(0x80 | ((value >> 7) & 0x7F)), (byte)((value >> 14) & 0x7F)]);
    }

    /// <summary>A fat file whose <paramref name="copies"/> fat_arch entries all point at one slice (issue 17: 42 copies of one 430 KB slice).</summary>
    public static byte[] FatRepeatingOneSlice(byte[] slice, int copies)
    {
        const int SliceAt = 0x4000;
        var b = new byte[SliceAt + slice.Length];
        BinaryPrimitives.WriteUInt32BigEndian(b, 0xCAFEBABE);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(4), (uint)copies);
        int cpu = BinaryPrimitives.ReadInt32LittleEndian(slice.AsSpan(4));
        for (int i = 0; i < copies; i++)
        {
            var entry = b.AsSpan(8 + (20 * i));
            BinaryPrimitives.WriteInt32BigEndian(entry, cpu);
            BinaryPrimitives.WriteInt32BigEndian(entry[4..], 3);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], SliceAt);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)slice.Length);
            BinaryPrimitives.WriteUInt32BigEndian(entry[16..], 14);
        }

        slice.CopyTo(b, SliceAt);
        return b;
    }

    /// <summary>A dylib whose LC_SYMTAB holds <paramref name="count"/> external symbols that all name one long string.</summary>
    public static byte[] MachOSymbolsNamingOneString(int count, int nameLength)
    {
        const int Commands = 24, NListSize = 16;
        int symbolsAt = 32 + Commands;
        int stringsAt = symbolsAt + (count * NListSize);
        int stringsSize = nameLength + 2;
        var image = new byte[stringsAt + stringsSize];
        U32(image, 0, 0xFEEDFACF);
        U32(image, 4, 0x01000007);
        U32(image, 8, 3);
        U32(image, 12, 6);
        U32(image, 16, 1);
        U32(image, 20, Commands);
        U32(image, 24, 0x85);
        U32(image, 32, 0x2);            // LC_SYMTAB
        U32(image, 36, Commands);
        U32(image, 40, (uint)symbolsAt);
        U32(image, 44, (uint)count);
        U32(image, 48, (uint)stringsAt);
        U32(image, 52, (uint)stringsSize);
        for (int i = 0; i < count; i++)
        {
            int at = symbolsAt + (i * NListSize);
            U32(image, at, 1);          // n_strx
            image[at + 4] = 0x03;       // N_ABS | N_EXT
        }

        Ascii(image, stringsAt + 1, new string('m', nameLength));
        return image;
    }

    private static byte[] MachODylibWithTrie(byte[] trie)
    {
        const int Commands = 16;
        var image = new byte[32 + Commands + trie.Length];
        U32(image, 0, 0xFEEDFACF);
        U32(image, 4, 0x01000007);      // CPU_TYPE_X86_64
        U32(image, 8, 3);
        U32(image, 12, 6);              // MH_DYLIB
        U32(image, 16, 1);
        U32(image, 20, Commands);
        U32(image, 24, 0x85);
        U32(image, 32, 0x80000033);     // LC_DYLD_EXPORTS_TRIE
        U32(image, 36, Commands);
        U32(image, 40, 32 + Commands);
        U32(image, 44, (uint)trie.Length);
        trie.CopyTo(image, 32 + Commands);
        return image;
    }
}
