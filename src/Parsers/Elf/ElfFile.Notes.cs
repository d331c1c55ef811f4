using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

public sealed partial class ElfFile
{
    /// <summary>PT_INTERP: the program interpreter path, or null.</summary>
    public string? Interpreter { get; private set; }

    /// <summary>The NT_GNU_BUILD_ID note's descriptor in lower-case hex, or null.</summary>
    public string? BuildId { get; private set; }

    private void ReadInterpreter()
    {
        foreach (var s in Segments)
        {
            if (s.Type != ElfConstants.PT_INTERP)
            {
                continue;
            }

            var r = Reader;
            if (!r.TrySubReader(s.Offset, s.FileSize, out var text) || !text.TryReadCString(0, _limits.MaxStringLength, out var bytes))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidInterpreter, (long)Math.Min(s.Offset, long.MaxValue), "PT_INTERP does not hold a NUL-terminated path inside the file.");
                return;
            }

            Interpreter = TextDecoding.Utf8String(bytes);
            return;
        }
    }

    private void ReadNotes()
    {
        // Sections first (objects have no segments); PT_NOTE when section headers are stripped.
        bool any = false;
        foreach (var s in Sections)
        {
            if (s.Type == ElfConstants.SHT_NOTE && HasValidRange(s))
            {
                any = true;
                ReadNoteArea(s.Offset, s.Size, s.AddrAlign);
            }
        }

        if (any)
        {
            return;
        }

        foreach (var p in Segments)
        {
            if (p.Type == ElfConstants.PT_NOTE && Reader.IsValidRange(p.Offset, p.FileSize))
            {
                ReadNoteArea(p.Offset, p.FileSize, p.Align);
            }
        }
    }

    /// <summary>Walks the notes in one area: the first build id, and the GNU program properties.</summary>
    private void ReadNoteArea(ulong offset, ulong size, ulong align)
    {
        // Notes are 4-byte aligned; gABI allows 8 for 64-bit notes (e.g. .note.gnu.property), which the section/segment alignment announces.
        ulong padTo = align == 8 ? 8u : 4u;
        if (!Reader.TrySubReader(offset, size, out var area))
        {
            return;
        }

        ulong at = 0;
        while (at < size)
        {
            if (!ElfNoteHeader.TryRead(area, at, out var note))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidNote, (long)(offset + at), "A note header runs past its section.");
                return;
            }

            ulong nameAt = at + ElfNoteHeader.Size;
            // The descriptor starts at the next alignment boundary after the name (12 + namesz
            // rounded up), which for 8-byte notes is not the name size rounded up on its own.
            ulong descAt = Align(nameAt + note.NameSize, padTo);
            if (!area.IsValidRange(nameAt, note.NameSize) || !area.IsValidRange(descAt, note.DescSize))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidNote, (long)(offset + at), $"A note's name ({note.NameSize}) or descriptor ({note.DescSize}) runs past its section.");
                return;
            }

            area.TrySlice(nameAt, note.NameSize, out var name);
            if (name.SequenceEqual("GNU\0"u8))
            {
                area.TrySlice(descAt, note.DescSize, out var desc);
                if (note.Type == ElfConstants.NT_GNU_BUILD_ID && BuildId is null)
                {
                    BuildId = TextDecoding.Hex(desc);
                }
                else if (note.Type == ElfConstants.NT_GNU_PROPERTY_TYPE_0)
                {
                    area.TrySubReader(descAt, note.DescSize, out var properties);
                    ReadGnuProperties(properties, note.DescSize, (long)(offset + descAt));
                }
            }

            at = Align(descAt + note.DescSize, padTo);
        }
    }

    /// <summary>Rounds up; the operands are bounded by the area size (checked first), so the sum cannot wrap.</summary>
    private static ulong Align(ulong value, ulong to) => (value + to - 1) & ~(to - 1);
}
