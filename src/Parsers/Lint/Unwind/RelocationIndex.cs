using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>
/// What the dynamic loader will write into each pointer slot of an x86-64 ELF file, by slot
/// address: the symbol named by R_X86_64_64 / GLOB_DAT / JUMP_SLOT relocations, or for
/// R_X86_64_RELATIVE the function defined at the addend. With the defined functions by address,
/// this names personality routines and the targets of PLT stubs.
/// </summary>
internal sealed class RelocationIndex
{
    private const uint RelativeType = 8; // R_X86_64_RELATIVE
    private const int RelaSize = 24;

    private readonly Dictionary<ulong, string> _slots = [];
    private readonly Dictionary<ulong, string> _functions = [];

    public RelocationIndex(LintImage image)
    {
        if (image.Elf is not { } elf)
        {
            return;
        }

        foreach (var s in (elf.Symbols ?? []).Concat(elf.DynamicSymbols))
        {
            if (s.IsDefined && s.SymbolType is ElfConstants.STT_FUNC or ElfConstants.STT_GNU_IFUNC && s.Name.Length > 0)
            {
                _functions.TryAdd(s.Value, s.Name);
            }
        }

        var r = new ByteReader(image.Data.Span);
        foreach (var section in elf.Sections)
        {
            if (section.Type != ElfConstants.SHT_RELA || section.EntSize != RelaSize || section.Link >= elf.Sections.Count || !r.IsValidRange(section.Offset, section.Size))
            {
                continue;
            }

            var symbols = elf.Sections[(int)section.Link].Type == ElfConstants.SHT_DYNSYM ? elf.DynamicSymbols : elf.Symbols ?? [];
            for (ulong at = section.Offset; section.Offset + section.Size - at >= RelaSize; at += RelaSize)
            {
                if (!r.TryReadUInt64(at, out ulong offset) || !r.TryReadUInt64(at + 8, out ulong info) || !r.TryReadInt64(at + 16, out long addend))
                {
                    break;
                }

                ulong symbol = info >> 32;
                string? name = (uint)info == RelativeType ? _functions.GetValueOrDefault(unchecked((ulong)addend))
                    : symbol != 0 && symbol < (ulong)symbols.Count ? symbols[(int)symbol].Name : null;
                if (!string.IsNullOrEmpty(name))
                {
                    _slots.TryAdd(offset, name);
                }
            }
        }
    }

    /// <summary>The symbol the loader writes into the slot at <paramref name="address"/>.</summary>
    public string? Slot(ulong address) => _slots.GetValueOrDefault(address);

    /// <summary>The function defined at <paramref name="address"/>.</summary>
    public string? Function(ulong address) => _functions.GetValueOrDefault(address);
}
