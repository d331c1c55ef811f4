using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>Segment, section and dylib commands (mach-o/loader.h).</summary>
public sealed partial class MachOFile
{
    /// <summary>Reads an lc_str: an offset from the start of the command to a NUL-terminated string inside it.</summary>
    private string? ReadLcStr(ByteReader lc, LoadCommand command, ulong fieldOffset)
    {
        if (!lc.TryReadUInt32(fieldOffset, out uint strOffset) || strOffset < fieldOffset + 4 || !lc.TryReadCString(strOffset, _limits.MaxStringLength, out var bytes))
        {
            _diagnostics.Warning(DiagnosticCodes.MachOBadLoadCommand, command.Offset, $"Load command 0x{command.cmd:x} has a string outside the command or without a terminator; ignored.");
            return null;
        }

        _budget.TakeString(bytes.Length);
        return TextDecoding.Utf8String(bytes);
    }

    private void ReadDylib(ByteReader lc, LoadCommand command)
    {
        if (!Require(lc, command, DylibCommand.Size) || ReadLcStr(lc, command, 8) is not { } name)
        {
            // Keep the ordinal numbering of later dylibs right even when this one is unreadable.
            if (command.cmd != MachOConstants.LC_ID_DYLIB)
            {
                _dylibs.Add(new DylibCommand(command.cmd, "?", 0, 0, 0));
            }

            return;
        }

        lc.TryReadUInt32(12, out uint timestamp);
        lc.TryReadUInt32(16, out uint current);
        lc.TryReadUInt32(20, out uint compatibility);
        var dylib = new DylibCommand(command.cmd, name, timestamp, current, compatibility);
        if (command.cmd == MachOConstants.LC_ID_DYLIB)
        {
            IdDylib = dylib;
        }
        else
        {
            _dylibs.Add(dylib);
        }
    }

    private void ReadSegment(ByteReader lc, LoadCommand command)
    {
        bool is64 = command.cmd == MachOConstants.LC_SEGMENT_64;
        int headerSize = is64 ? SegmentCommand.Size64 : SegmentCommand.Size32;
        if (!Require(lc, command, headerSize))
        {
            return;
        }

        lc.TrySlice(8, 16, out var segnameBytes);
        string segname = TextDecoding.FixedField(segnameBytes);
        lc.TryReadWord(24, is64, out ulong vmaddr);
        lc.TryReadWord(is64 ? 32UL : 28UL, is64, out ulong vmsize);
        lc.TryReadWord(is64 ? 40UL : 32UL, is64, out ulong fileoff);
        lc.TryReadWord(is64 ? 48UL : 36UL, is64, out ulong filesize);
        lc.TryReadUInt32(is64 ? 64UL : 48UL, out uint nsects);
        var segment = new SegmentCommand(segname, vmaddr, vmsize, fileoff, filesize, nsects);
        if (segment.segname == "__TEXT")
        {
            TextVmAddr = segment.vmaddr;
        }

        ulong sectionSize = is64 ? (ulong)Section.Size64 : Section.Size32;
        if (!lc.IsValidTable((ulong)headerSize, nsects, sectionSize) || _sections.Count + (long)nsects > _limits.MaxSections)
        {
            _diagnostics.Warning(DiagnosticCodes.MachOBadSectionTable, command.Offset, $"Segment {segname} declares {nsects} sections, more than its command holds; sections skipped.");
            return;
        }

        for (uint s = 0; s < nsects; s++)
        {
            ulong at = (ulong)headerSize + s * sectionSize;
            lc.TrySlice(at, 16, out var sectname);
            lc.TrySlice(at + 16, 16, out var sectSeg);
            lc.TryReadWord(at + 32, is64, out ulong addr);
            lc.TryReadWord(is64 ? at + 40 : at + 36, is64, out ulong size);
            lc.TryReadUInt32(is64 ? at + 48 : at + 40, out uint fileOffset);
            lc.TryReadUInt32(is64 ? at + 64 : at + 56, out uint flags);
            _sectionIndex = null;
            _sections.Add(new Section(TextDecoding.FixedField(sectname), TextDecoding.FixedField(sectSeg), addr, size, fileOffset, flags));
        }
    }
}
