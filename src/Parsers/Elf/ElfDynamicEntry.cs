using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A dynamic table entry (Elf32_Dyn / Elf64_Dyn, gABI 5 "Dynamic Section").</summary>
/// <param name="Tag">d_tag.</param>
/// <param name="Value">d_un (d_val or d_ptr).</param>
public readonly record struct ElfDynamicEntry(long Tag, ulong Value)
{
    /// <summary>Size of Elf32_Dyn.</summary>
    public const int Size32 = 8;

    /// <summary>Size of Elf64_Dyn.</summary>
    public const int Size64 = 16;

    internal static ElfDynamicEntry Read(ByteReader r, ulong at, bool is64)
    {
        if (is64)
        {
            r.TryReadInt64(at, out long tag);
            r.TryReadUInt64(at + 8, out ulong value);
            return new ElfDynamicEntry(tag, value);
        }

        // Elf32_Sword d_tag: sign-extend so that the processor-specific tags compare as in ELF64.
        r.TryReadInt32(at, out int tag32);
        r.TryReadUInt32(at + 4, out uint value32);
        return new ElfDynamicEntry(tag32, value32);
    }
}
