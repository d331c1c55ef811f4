using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The file names of a line number program header (DWARF 5, 6.2.4; DWARF 2-4, 6.2.4 with
/// include_directories and file_names as string lists), so that DW_AT_decl_file can be named.
/// Only the header is read, never the program.
/// </summary>
internal static partial class DwarfLineTable
{
    /// <summary>Most directories or files one header may list (each takes at least one byte; this bounds the arrays).</summary>
    private const ulong MaxEntries = 1 << 20;

    /// <summary>
    /// File names by DW_AT_decl_file index (1-based in DWARF 2-4, 0-based in 5): the name joined
    /// to its directory unless the directory is the compilation directory (index 0), so that the
    /// names do not carry build paths. Empty when the unit has no line table; reports damage.
    /// </summary>
    public static string?[] FileNames(DwarfContext context, DwarfUnit unit)
    {
        if (unit.StmtList is not { } offset)
        {
            return [];
        }

        var r = unit.File.Reader(DwarfSection.Line);
        var names = Read(context, unit, r, offset, out string? error);
        if (names is null)
        {
            context.Bag.Warning(DiagnosticCodes.DwarfBadLineTable, null, $"Line table at 0x{offset:x} (unit at 0x{unit.Offset:x}): {error}; declaring files are unknown.");
            return [];
        }

        return names;
    }

    private static string?[]? Read(DwarfContext context, DwarfUnit unit, ByteReader r, ulong offset, out string? error)
    {
        error = null;
        ulong pos = offset;
        if (!r.TryReadUInt32(pos, out uint length32))
        {
            error = "the header lies outside .debug_line";
            return null;
        }

        pos += 4;
        byte offsetSize = 4;
        ulong length = length32;
        if (length32 == 0xffffffff)
        {
            offsetSize = 8;
            r.TryReadUInt64(pos, out length);
            pos += 8;
        }

        if (pos > (ulong)r.Length || length > (ulong)r.Length - pos)
        {
            error = "unit_length runs past .debug_line";
            return null;
        }

        ulong end = pos + length;
        if (!r.TryReadUInt16(pos, out ushort version) || version is < 2 or > 5)
        {
            error = $"version {version} is not 2 to 5";
            return null;
        }

        pos += 2;
        if (version >= 5)
        {
            pos += 2; // address_size, segment_selector_size
        }

        if (!r.TryReadWord(pos, offsetSize == 8, out ulong headerLength))
        {
            error = "header_length is truncated";
            return null;
        }

        pos += offsetSize;
        // minimum_instruction_length, [maximum_operations_per_instruction], default_is_stmt, line_base, line_range, opcode_base.
        pos += version >= 4 ? 5u : 4u;
        if (!r.TryReadUInt8(pos, out byte opcodeBase))
        {
            error = "opcode_base is truncated";
            return null;
        }

        pos += 1 + (ulong)Math.Max(0, opcodeBase - 1);
        if (pos > end)
        {
            error = "the header is longer than the table";
            return null;
        }

        var lr = r.TrySubReader(0, end, out var bounded) ? bounded : r;
        var encoding = new DwarfEncoding(version, unit.Encoding.AddressSize, offsetSize);
        return version >= 5 ? ReadV5(context, unit, lr, pos, end, encoding, out error) : ReadV2(lr, pos, end, context.Budget.Limits.MaxStringLength, out error);
    }

    private static string?[]? ReadV2(ByteReader r, ulong pos, ulong end, int maxString, out string? error)
    {
        error = null;
        var dirs = new List<string>();
        while (true)
        {
            if (!r.TryReadCString(pos, maxString, out var dir))
            {
                error = "include_directories is unterminated";
                return null;
            }

            pos += (ulong)dir.Length + 1;
            if (dir.IsEmpty)
            {
                break;
            }

            dirs.Add(TextDecoding.Utf8String(dir));
        }

        // File index 0 means "no file" before DWARF 5; entries start at 1.
        var files = new List<string?> { null };
        while ((ulong)files.Count < MaxEntries)
        {
            if (!r.TryReadCString(pos, maxString, out var name))
            {
                error = "file_names is unterminated";
                return null;
            }

            pos += (ulong)name.Length + 1;
            if (name.IsEmpty)
            {
                break;
            }

            if (!r.TryReadUleb128(ref pos, end, out ulong dir) || !r.TryReadUleb128(ref pos, end, out _) || !r.TryReadUleb128(ref pos, end, out _))
            {
                error = "a file_names entry is truncated";
                return null;
            }

            files.Add(Join(dir == 0 || dir > (ulong)dirs.Count ? null : dirs[(int)dir - 1], TextDecoding.Utf8String(name)));
        }

        return files.ToArray();
    }

    private static bool Set(ulong value, out ulong number)
    {
        number = value;
        return true;
    }

    private static string? Join(string? dir, string? name)
    {
        if (name is null || dir is null || name.StartsWith('/'))
        {
            return name;
        }

        return dir.EndsWith('/') ? dir + name : dir + "/" + name;
    }
}
