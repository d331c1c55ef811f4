using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>Strings (string, strp, line_strp, strx, the supplementary forms) and addresses (addr, addrx).</summary>
internal sealed partial class DwarfContext
{
    /// <summary>The string value of an attribute, decoded as UTF-8, or null when absent or unreadable (reported).</summary>
    public string? String(DwarfDie die, DwarfSlot slot)
        => die.TryGet(slot, out var v) && TryStringBytes(die.Unit, v, out var bytes) ? TextDecoding.Utf8String(bytes) : null;

    /// <summary>The bytes of a string value, without copying; false when the value is not a string or points nowhere (reported).</summary>
    public bool TryStringBytes(DwarfUnit unit, DwarfValue v, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        var file = unit.File;
        DwarfSection section = DwarfSection.Str;
        ulong offset = v.Value;
        switch (v.Form)
        {
            case DwarfForms.DW_FORM_string:
                return file.Reader(unit.Section).TrySlice(v.Value, v.Extra, out bytes);
            case DwarfForms.DW_FORM_strp:
                break;
            case DwarfForms.DW_FORM_line_strp:
                section = DwarfSection.LineStr;
                break;
            case DwarfForms.DW_FORM_strp_sup or DwarfForms.DW_FORM_GNU_strp_alt:
                if (Supplementary is null)
                {
                    Budget.Partial = true;
                    return false;
                }

                file = Supplementary;
                break;
            case DwarfForms.DW_FORM_strx or DwarfForms.DW_FORM_strx1 or DwarfForms.DW_FORM_strx2 or DwarfForms.DW_FORM_strx3 or DwarfForms.DW_FORM_strx4
                or DwarfForms.DW_FORM_GNU_str_index:
                if (!StringOffset(unit, v.Value, out offset))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (!file.Reader(section).TryReadCString(offset, Budget.Limits.MaxStringLength, out bytes))
        {
            Damage(unit, unit.DieStart, DiagnosticCodes.DwarfBadString, $"string offset 0x{offset:x} (form 0x{v.Form:x}) lies outside its section or the string is unterminated");
            return false;
        }

        return true;
    }

    /// <summary>DW_FORM_strx: entry <paramref name="index"/> of the unit's contribution to <c>.debug_str_offsets</c>.</summary>
    private bool StringOffset(DwarfUnit unit, ulong index, out ulong offset)
    {
        offset = 0;
        ulong size = unit.Encoding.OffsetSize;
        var r = unit.File.Reader(DwarfSection.StrOffsets);
        if (index > (ulong)r.Length / size || !r.IsValidRange(unit.StrOffsetsBase, (index + 1) * size)
            || !r.TryReadWord(unit.StrOffsetsBase + (index * size), size == 8, out offset))
        {
            Damage(unit, unit.DieStart, DiagnosticCodes.DwarfBadString, $"string index {index} lies outside .debug_str_offsets (base 0x{unit.StrOffsetsBase:x})");
            return false;
        }

        return true;
    }

    /// <summary>An address value: DW_FORM_addr as read, addrx forms through the unit's <c>.debug_addr</c> contribution. Null when unreadable.</summary>
    public ulong? Address(DwarfUnit unit, DwarfValue v)
    {
        switch (v.Form)
        {
            case DwarfForms.DW_FORM_addr:
                return v.Value;
            case DwarfForms.DW_FORM_addrx or DwarfForms.DW_FORM_addrx1 or DwarfForms.DW_FORM_addrx2 or DwarfForms.DW_FORM_addrx3 or DwarfForms.DW_FORM_addrx4
                or DwarfForms.DW_FORM_GNU_addr_index:
                return IndexedAddress(unit, v.Value);
            default:
                return null;
        }
    }

    /// <summary>Entry <paramref name="index"/> of the unit's <c>.debug_addr</c> contribution (DW_FORM_addrx, DW_OP_addrx).</summary>
    public ulong? IndexedAddress(DwarfUnit unit, ulong index)
    {
        ulong size = unit.Encoding.AddressSize;
        var r = unit.File.Reader(DwarfSection.Addr);
        if (index > (ulong)r.Length / size || !r.IsValidRange(unit.AddrBase, (index + 1) * size))
        {
            Damage(unit, unit.DieStart, DiagnosticCodes.DwarfBadString, $"address index {index} lies outside .debug_addr (base 0x{unit.AddrBase:x})");
            return null;
        }

        ulong at = unit.AddrBase + (index * size);
        return size switch
        {
            8 => r.TryReadUInt64(at, out ulong a8) ? a8 : null,
            4 => r.TryReadUInt32(at, out uint a4) ? a4 : null,
            2 => r.TryReadUInt16(at, out ushort a2) ? a2 : null,
            _ => r.TryReadUInt8(at, out byte a1) ? a1 : null,
        };
    }

    /// <summary>The bytes of a block or exprloc value.</summary>
    public bool TryBlock(DwarfUnit unit, DwarfValue v, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return v.IsBlock && unit.File.Reader(unit.Section).TrySlice(v.Value, v.Extra, out bytes);
    }
}
