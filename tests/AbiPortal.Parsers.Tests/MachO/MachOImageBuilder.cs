using System.Buffers.Binary;
using System.Text;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>
/// Writes small Mach-O images in code for malformed-input tests: a mach_header_64 (or a 32-bit
/// big-endian header), the load commands given, and the blobs they point at appended after.
/// </summary>
internal sealed class MachOImageBuilder
{
    public const uint LC_SYMTAB = 0x2;
    public const uint LC_LOAD_DYLIB = 0xC;
    public const uint LC_DYLD_EXPORTS_TRIE = 0x80000033;

    private readonly List<byte[]> _commands = [];
    private readonly List<(int CommandIndex, int FieldOffset, byte[] Blob)> _blobs = [];

    public int CpuType { get; init; } = 0x01000007;

    public uint FileType { get; init; } = 6;

    /// <summary>Adds LC_LOAD_DYLIB with the name padded to an 8-byte multiple.</summary>
    public MachOImageBuilder LoadDylib(string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name + "\0");
        int size = Align8(24 + nameBytes.Length);
        var cmd = new byte[size];
        BinaryPrimitives.WriteUInt32LittleEndian(cmd, LC_LOAD_DYLIB);
        BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(4), (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(8), 24);
        BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(16), 0x00010203);
        BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(20), 0x00010000);
        nameBytes.CopyTo(cmd, 24);
        _commands.Add(cmd);
        return this;
    }

    /// <summary>Adds LC_DYLD_EXPORTS_TRIE pointing at <paramref name="trie"/>, appended after the commands.</summary>
    public MachOImageBuilder ExportsTrie(byte[] trie)
    {
        var cmd = new byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(cmd, LC_DYLD_EXPORTS_TRIE);
        BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(4), 16);
        BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(12), (uint)trie.Length);
        _blobs.Add((_commands.Count, 8, trie));
        _commands.Add(cmd);
        return this;
    }

    /// <summary>Adds a raw command as given (for bad sizes).</summary>
    public MachOImageBuilder Raw(byte[] command)
    {
        _commands.Add(command);
        return this;
    }

    public byte[] Build()
    {
        int commandsSize = _commands.Sum(c => c.Length);
        int blobStart = 32 + commandsSize;
        var image = new byte[blobStart + _blobs.Sum(b => b.Blob.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(image, 0xFEEDFACF);
        BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(4), CpuType);
        BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(8), 3);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(12), FileType);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(16), (uint)_commands.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(20), (uint)commandsSize);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(24), 0x85); // MH_NOUNDEFS | MH_DYLDLINK | MH_TWOLEVEL
        int at = 32;
        int blobAt = blobStart;
        for (int i = 0; i < _commands.Count; i++)
        {
            var cmd = (byte[])_commands[i].Clone();
            foreach (var blob in _blobs.Where(b => b.CommandIndex == i))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(cmd.AsSpan(blob.FieldOffset), (uint)blobAt);
                blob.Blob.CopyTo(image, blobAt);
                blobAt += blob.Blob.Length;
            }

            cmd.CopyTo(image, at);
            at += cmd.Length;
        }

        return image;
    }

    private static int Align8(int n) => (n + 7) & ~7;
}
