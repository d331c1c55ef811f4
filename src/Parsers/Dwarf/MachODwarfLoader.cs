using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.MachO;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Finds the <c>__DWARF,__debug_*</c> sections of a Mach-O object or dSYM (section names are cut
/// at 16 bytes: <c>__debug_str_offs</c>). No relocation is needed: in objects the assembler
/// resolves offsets within and between debug sections, and addresses are already the object's.
/// </summary>
internal static class MachODwarfLoader
{
    public static DwarfSections Load(MachOFile file, ReadOnlyMemory<byte> data, DiagnosticBag bag)
    {
        var r = new ByteReader(data.Span, file.IsBigEndian);
        var result = new DwarfSections(file.IsBigEndian, file.Is64 ? 8 : 4)
        {
            BuildId = file.Uuid,
            Relocatable = file.FileType == MachO.MachOConstants.MH_OBJECT,
            FileLength = data.Length,
        };
        foreach (var s in file.Sections)
        {
            if (s.segname != "__DWARF")
            {
                continue;
            }

            DwarfSection? section = s.sectname switch
            {
                "__debug_info" => DwarfSection.Info,
                "__debug_abbrev" => DwarfSection.Abbrev,
                "__debug_str" => DwarfSection.Str,
                "__debug_line_str" => DwarfSection.LineStr,
                "__debug_str_offs" => DwarfSection.StrOffsets,
                "__debug_addr" => DwarfSection.Addr,
                "__debug_line" => DwarfSection.Line,
                "__debug_types" => DwarfSection.Types,
                _ => null,
            };
            if (section is not { } which || !result[which].IsEmpty || s.size == 0)
            {
                continue;
            }

            if (!r.IsValidRange(s.offset, s.size))
            {
                bag.Warning(DiagnosticCodes.DwarfSectionOutOfRange, s.offset, $"{s.FullName}: file range 0x{s.offset:x}+0x{s.size:x} lies outside the file.");
                continue;
            }

            result[which] = data.Slice((int)s.offset, (int)s.size);
        }

        return result;
    }
}
