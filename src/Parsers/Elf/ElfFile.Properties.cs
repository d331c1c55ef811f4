using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// The GNU program properties (<c>.note.gnu.property</c>, NT_GNU_PROPERTY_TYPE_0; "Linux
/// Extensions to gABI", "Program Property"): the control-flow protection features the linker
/// found in every input object (x86 IBT and SHSTK, AArch64 BTI and PAC).
/// </summary>
public sealed partial class ElfFile
{
    /// <summary>GNU_PROPERTY_X86_FEATURE_1_AND, or null when the file has no such property.</summary>
    public uint? X86Feature1And { get; private set; }

    /// <summary>GNU_PROPERTY_AARCH64_FEATURE_1_AND, or null when the file has no such property.</summary>
    public uint? AArch64Feature1And { get; private set; }

    /// <summary>
    /// Walks one property array: each entry is pr_type, pr_datasz and pr_data, padded to 8 bytes
    /// in ELFCLASS64 files and 4 in ELFCLASS32 ones (the x86-64 and AArch64 psABIs).
    /// </summary>
    private void ReadGnuProperties(ByteReader properties, ulong size, long diagnosticOffset)
    {
        ulong padTo = Header.Is64 ? 8u : 4u;
        ulong at = 0;
        while (at < size)
        {
            if (!properties.IsValidRange(at, 8))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidNote, diagnosticOffset + (long)at, "A GNU property header runs past its note.");
                return;
            }

            properties.TryReadUInt32(at, out uint type);
            properties.TryReadUInt32(at + 4, out uint dataSize);
            if (!properties.IsValidRange(at + 8, dataSize))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidNote, diagnosticOffset + (long)at, $"GNU property 0x{type:x} says {dataSize} bytes of data, more than its note holds.");
                return;
            }

            if (dataSize == 4 && type is ElfConstants.GNU_PROPERTY_X86_FEATURE_1_AND or ElfConstants.GNU_PROPERTY_AARCH64_FEATURE_1_AND)
            {
                properties.TryReadUInt32(at + 8, out uint features);
                if (type == ElfConstants.GNU_PROPERTY_X86_FEATURE_1_AND && Header.Machine is ElfMachines.X86_64 or ElfMachines.I386)
                {
                    X86Feature1And = features;
                }
                else if (type == ElfConstants.GNU_PROPERTY_AARCH64_FEATURE_1_AND && Header.Machine == ElfMachines.AArch64)
                {
                    AArch64Feature1And = features;
                }
            }

            // dataSize is bounded by the note size (checked above), so the sum cannot wrap.
            at = Align(at + 8 + dataSize, padTo);
        }
    }
}
