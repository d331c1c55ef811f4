using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>DWARF 5 directory and file name entries: self-describing formats (6.2.4.1).</summary>
internal static partial class DwarfLineTable
{
    private static string?[]? ReadV5(DwarfContext context, DwarfUnit unit, ByteReader r, ulong pos, ulong end, DwarfEncoding encoding, out string? error)
    {
        var dirs = ReadEntries(context, unit, r, ref pos, end, encoding, null, out error);
        if (dirs is null)
        {
            return null;
        }

        return ReadEntries(context, unit, r, ref pos, end, encoding, dirs, out error);
    }

    /// <summary>
    /// One entry list (directories when <paramref name="dirs"/> is null, else files): a format
    /// count, (content type, form) pairs, an entry count, the entries. Directory 0 is the
    /// compilation directory, so files in it keep their bare names.
    /// </summary>
    private static string?[]? ReadEntries(DwarfContext context, DwarfUnit unit, ByteReader r, ref ulong pos, ulong end, DwarfEncoding encoding, string?[]? dirs, out string? error)
    {
        error = null;
        if (!r.TryReadUInt8(pos++, out byte formatCount))
        {
            error = "an entry format count is truncated";
            return null;
        }

        Span<(ulong Type, ulong Form)> format = stackalloc (ulong, ulong)[formatCount];
        for (int i = 0; i < formatCount; i++)
        {
            if (!r.TryReadUleb128(ref pos, end, out format[i].Type) || !r.TryReadUleb128(ref pos, end, out format[i].Form))
            {
                error = "an entry format is truncated";
                return null;
            }
        }

        if (!r.TryReadUleb128(ref pos, end, out ulong count) || count > MaxEntries || count > end - Math.Min(pos, end))
        {
            error = "an entry count is truncated or larger than the table";
            return null;
        }

        var result = new string?[count];
        for (ulong n = 0; n < count; n++)
        {
            string? path = null;
            ulong dir = 0;
            foreach (var (type, form) in format)
            {
                if (!ReadField(context, unit, r, ref pos, end, (ushort)Math.Min(form, ushort.MaxValue), encoding, out ulong number, out string? text))
                {
                    error = $"an entry field of form 0x{form:x} is unreadable";
                    return null;
                }

                if (type == DwarfConstants.DW_LNCT_path)
                {
                    path = text;
                }
                else if (type == DwarfConstants.DW_LNCT_directory_index)
                {
                    dir = number;
                }
            }

            result[n] = dirs is null ? path : Join(dir == 0 || dir >= (ulong)dirs.Length ? null : dirs[dir], path);
        }

        return result;
    }

    private static bool ReadField(DwarfContext context, DwarfUnit unit, ByteReader r, ref ulong pos, ulong end, ushort form, DwarfEncoding e, out ulong number, out string? text)
    {
        number = 0;
        text = null;
        switch (form)
        {
            case DwarfForms.DW_FORM_string:
                if (!r.TryReadCString(pos, context.Budget.Limits.MaxStringLength, out var s))
                {
                    return false;
                }

                text = TextDecoding.Utf8String(s);
                pos += (ulong)s.Length + 1;
                return true;
            case DwarfForms.DW_FORM_line_strp or DwarfForms.DW_FORM_strp:
                if (!r.TryReadWord(pos, e.OffsetSize == 8, out ulong offset))
                {
                    return false;
                }

                pos += e.OffsetSize;
                var v = new DwarfValue(form, offset, 0);
                text = context.TryStringBytes(unit, v, out var bytes) ? TextDecoding.Utf8String(bytes) : null;
                return true;
            case DwarfForms.DW_FORM_udata:
                return r.TryReadUleb128(ref pos, end, out number);
            case DwarfForms.DW_FORM_data1 or DwarfForms.DW_FORM_data2 or DwarfForms.DW_FORM_data4 or DwarfForms.DW_FORM_data8 or DwarfForms.DW_FORM_data16:
                int size = form == DwarfForms.DW_FORM_data16 ? 16 : DwarfFormSizes.Fixed(form, e);
                bool ok = size switch
                {
                    1 => r.TryReadUInt8(pos, out byte b1) && Set(b1, out number),
                    2 => r.TryReadUInt16(pos, out ushort b2) && Set(b2, out number),
                    4 => r.TryReadUInt32(pos, out uint b4) && Set(b4, out number),
                    8 => r.TryReadUInt64(pos, out number),
                    _ => r.IsValidRange(pos, 16),
                };
                pos += (ulong)size;
                return ok && pos <= end;
            case DwarfForms.DW_FORM_strx or DwarfForms.DW_FORM_strx1 or DwarfForms.DW_FORM_strx2 or DwarfForms.DW_FORM_strx3 or DwarfForms.DW_FORM_strx4:
                // Index forms need the unit's str_offsets_base, which a line table header shares with its unit.
                ulong index;
                if (form == DwarfForms.DW_FORM_strx)
                {
                    if (!r.TryReadUleb128(ref pos, end, out index))
                    {
                        return false;
                    }
                }
                else
                {
                    int width = form - DwarfForms.DW_FORM_strx1 + 1;
                    index = 0;
                    for (int i = 0; i < width; i++)
                    {
                        if (!r.TryReadUInt8(pos + (ulong)i, out byte part))
                        {
                            return false;
                        }

                        index = r.BigEndian ? (index << 8) | part : index | ((ulong)part << (8 * i));
                    }

                    pos += (ulong)width;
                }

                text = context.TryStringBytes(unit, new DwarfValue(form, index, 0), out var indexed) ? TextDecoding.Utf8String(indexed) : null;
                return true;
            case DwarfForms.DW_FORM_block:
                if (!r.TryReadUleb128(ref pos, end, out ulong length) || length > end - Math.Min(pos, end))
                {
                    return false;
                }

                pos += length;
                return true;
            default:
                return false;
        }
    }
}
