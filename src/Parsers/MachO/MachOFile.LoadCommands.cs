using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>The load command walk (mach-o/loader.h, "load commands").</summary>
public sealed partial class MachOFile
{
    private void ReadLoadCommands(ByteReader reader)
    {
        ulong start = (ulong)Header.Size;
        ulong regionSize = Header.sizeofcmds;
        if (!reader.IsValidRange(start, regionSize))
        {
            _diagnostics.Warning(DiagnosticCodes.MachOLoadCommandsOutOfRange, (long)start, $"sizeofcmds 0x{regionSize:x} runs past the end of the file; reading what is there.");
            regionSize = (ulong)reader.Length - start;
        }

        if (Header.ncmds > (uint)_limits.MaxLoadCommands)
        {
            _diagnostics.Limit(DiagnosticCodes.MachOTooManyLoadCommands, 16, $"ncmds {Header.ncmds} exceeds the limit of {_limits.MaxLoadCommands}; only that many are read.", nameof(ParseLimits.MaxLoadCommands));
        }

        reader.TrySubReader(0, start + regionSize, out var region);
        uint count = Math.Min(Header.ncmds, (uint)_limits.MaxLoadCommands);
        uint alignment = Header.Is64 ? 8u : 4u;
        ulong offset = start;
        ulong? exportOff = null;
        ulong exportSize = 0;
        for (uint i = 0; i < count; i++)
        {
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)offset, $"load commands {i} to {count - 1} are");
                break;
            }

            if (!region.TryReadUInt32(offset, out uint cmd) || !region.TryReadUInt32(offset + 4, out uint cmdsize))
            {
                _diagnostics.Warning(DiagnosticCodes.MachOBadLoadCommandSize, (long)offset, $"Load command {i} of {Header.ncmds} lies past sizeofcmds; the rest are skipped.");
                break;
            }

            // cmdsize must cover the 8-byte header, stay inside sizeofcmds and (loader.h) be a
            // multiple of 4 or 8; otherwise the next command's position is unknowable.
            if (cmdsize < 8 || cmdsize % alignment != 0 || !region.IsValidRange(offset, cmdsize))
            {
                _diagnostics.Warning(DiagnosticCodes.MachOBadLoadCommandSize, (long)offset, $"Load command {i} (0x{cmd:x}) has bad cmdsize {cmdsize}; the rest are skipped.");
                break;
            }

            region.TrySubReader(offset, cmdsize, out var lc);
            var command = new LoadCommand(cmd, cmdsize, (int)offset);
            if (ReadLoadCommand(lc, command) is (ulong off, ulong size))
            {
                exportOff = off;
                exportSize = size;
            }

            offset += cmdsize;
        }

        if (exportOff is { } eo)
        {
            if (!reader.TrySlice(eo, exportSize, out var trie))
            {
                _diagnostics.Warning(DiagnosticCodes.MachOExportTrieOutOfRange, (long)Math.Min(eo, long.MaxValue), $"Export trie at 0x{eo:x} size 0x{exportSize:x} lies outside the file.");
                TrieExports = [];
            }
            else
            {
                TrieExports = MachOExportTrie.Read(trie, (long)eo, _diagnostics);
            }
        }
    }

    /// <summary>Decodes one command; returns the export trie's range when the command names one.</summary>
    private (ulong Offset, ulong Size)? ReadLoadCommand(ByteReader lc, LoadCommand command)
    {
        switch (command.cmd)
        {
            case MachOConstants.LC_SEGMENT:
            case MachOConstants.LC_SEGMENT_64:
                ReadSegment(lc, command);
                break;
            case MachOConstants.LC_ID_DYLIB:
            case MachOConstants.LC_LOAD_DYLIB:
            case MachOConstants.LC_LOAD_WEAK_DYLIB:
            case MachOConstants.LC_REEXPORT_DYLIB:
            case MachOConstants.LC_LOAD_UPWARD_DYLIB:
            case MachOConstants.LC_LAZY_LOAD_DYLIB:
                ReadDylib(lc, command);
                break;
            case MachOConstants.LC_RPATH:
                if (ReadLcStr(lc, command, 8) is { } path)
                {
                    _rpaths.Add(path);
                }

                break;
            case MachOConstants.LC_UUID:
                if (Require(lc, command, 24) && lc.TrySlice(8, 16, out var uuid))
                {
                    Uuid = FormatUuid(uuid);
                }

                break;
            case MachOConstants.LC_BUILD_VERSION:
                if (Require(lc, command, BuildVersionCommand.Size))
                {
                    lc.TryReadUInt32(8, out uint platform);
                    lc.TryReadUInt32(12, out uint minos);
                    lc.TryReadUInt32(16, out uint sdk);
                    BuildVersion = new BuildVersionCommand(command.cmd, platform, minos, sdk);
                }

                break;
            case MachOConstants.LC_VERSION_MIN_MACOSX:
            case MachOConstants.LC_VERSION_MIN_IPHONEOS:
            case MachOConstants.LC_VERSION_MIN_TVOS:
            case MachOConstants.LC_VERSION_MIN_WATCHOS:
                // LC_BUILD_VERSION, when present as well, is the more precise of the two.
                if (Require(lc, command, BuildVersionCommand.VersionMinSize) && BuildVersion is null)
                {
                    lc.TryReadUInt32(8, out uint version);
                    lc.TryReadUInt32(12, out uint sdk);
                    uint platform = command.cmd switch
                    {
                        MachOConstants.LC_VERSION_MIN_MACOSX => 1,
                        MachOConstants.LC_VERSION_MIN_IPHONEOS => 2,
                        MachOConstants.LC_VERSION_MIN_TVOS => 3,
                        _ => 4,
                    };
                    BuildVersion = new BuildVersionCommand(command.cmd, platform, version, sdk);
                }

                break;
            case MachOConstants.LC_MAIN:
                if (Require(lc, command, EntryPointCommand.Size))
                {
                    lc.TryReadUInt64(8, out ulong entryoff);
                    lc.TryReadUInt64(16, out ulong stacksize);
                    EntryPoint = new EntryPointCommand(entryoff, stacksize);
                }

                break;
            case MachOConstants.LC_SYMTAB:
                if (Require(lc, command, SymtabCommand.Size))
                {
                    lc.TryReadUInt32(8, out uint symoff);
                    lc.TryReadUInt32(12, out uint nsyms);
                    lc.TryReadUInt32(16, out uint stroff);
                    lc.TryReadUInt32(20, out uint strsize);
                    Symtab = new SymtabCommand(symoff, nsyms, stroff, strsize);
                }

                break;
            case MachOConstants.LC_DYSYMTAB:
                if (Require(lc, command, DysymtabCommand.Size))
                {
                    Span<uint> f = stackalloc uint[6];
                    for (int k = 0; k < 6; k++)
                    {
                        lc.TryReadUInt32(8 + (ulong)k * 4, out f[k]);
                    }

                    Dysymtab = new DysymtabCommand(f[0], f[1], f[2], f[3], f[4], f[5]);
                }

                break;
            case MachOConstants.LC_DYLD_INFO:
            case MachOConstants.LC_DYLD_INFO_ONLY:
                if (Require(lc, command, DyldInfoCommand.Size))
                {
                    lc.TryReadUInt32(40, out uint exportOff);
                    lc.TryReadUInt32(44, out uint exportSize);
                    if (exportSize != 0)
                    {
                        return (exportOff, exportSize);
                    }
                }

                break;
            case MachOConstants.LC_DYLD_EXPORTS_TRIE:
                if (Require(lc, command, LinkEditDataCommand.Size))
                {
                    lc.TryReadUInt32(8, out uint dataoff);
                    lc.TryReadUInt32(12, out uint datasize);
                    if (datasize != 0)
                    {
                        return (dataoff, datasize);
                    }
                }

                break;
        }

        return null;
    }

    private bool Require(ByteReader lc, LoadCommand command, int size)
    {
        if (lc.Length >= size)
        {
            return true;
        }

        _diagnostics.Warning(DiagnosticCodes.MachOBadLoadCommand, command.Offset, $"Load command 0x{command.cmd:x} is {command.cmdsize} bytes, shorter than its {size}-byte structure; ignored.");
        return false;
    }

    /// <summary>The UUID as dwarfdump and otool print it: upper-case hex in 8-4-4-4-12 groups.</summary>
    private static string FormatUuid(ReadOnlySpan<byte> b)
    {
        string hex = Convert.ToHexString(b);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
