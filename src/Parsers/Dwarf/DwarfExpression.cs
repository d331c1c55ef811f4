using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The few DWARF expressions (DWARF 5, 2.5) the ABI surface needs evaluated: a variable's static
/// address (DW_OP_addr, DW_OP_addrx, or a TLS offset pushed before DW_OP_form_tls_address), a
/// member offset (DW_OP_plus_uconst, as DWARF 2 wrote data_member_location) and a vtable slot
/// (DW_OP_constu). Anything else is "not a constant" (null), never an error.
/// </summary>
internal static class DwarfExpression
{
    /// <summary>A variable location that is a fixed address: DW_OP_addr A, DW_OP_addrx I (resolved through <paramref name="indexed"/>), or a TLS offset.</summary>
    public static ulong? StaticAddress(ReadOnlySpan<byte> expr, int addressSize, bool bigEndian, Func<ulong, ulong?> indexed, out bool tls)
    {
        tls = false;
        if (expr.IsEmpty)
        {
            return null;
        }

        byte op = expr[0];
        var rest = expr[1..];
        if (op == DwarfConstants.DW_OP_addr && rest.Length >= addressSize)
        {
            return ReadUnsigned(rest[..addressSize], bigEndian);
        }

        if (op is DwarfConstants.DW_OP_addrx or DwarfConstants.DW_OP_GNU_addr_index && TryUleb(rest, out ulong index, out _))
        {
            return indexed(index);
        }

        // TLS: a constant (the offset in the module's TLS block), then the push-TLS-address operator.
        ulong? constant = Constant(expr, bigEndian, out int used);
        if (constant is not null && used < expr.Length && expr[used] is DwarfConstants.DW_OP_form_tls_address or DwarfConstants.DW_OP_GNU_push_tls_address)
        {
            tls = true;
            return constant;
        }

        return null;
    }

    /// <summary>A member offset: DW_OP_plus_uconst N (DWARF 2), or a lone constant.</summary>
    public static ulong? MemberOffset(ReadOnlySpan<byte> expr, bool bigEndian)
    {
        if (expr.Length > 1 && expr[0] == DwarfConstants.DW_OP_plus_uconst && TryUleb(expr[1..], out ulong n, out int used) && used + 1 == expr.Length)
        {
            return n;
        }

        return Constant(expr, bigEndian, out int all) is { } c && all == expr.Length ? c : null;
    }

    /// <summary>A constant pushed by the first operation (DW_OP_lit*, const*u/s, constu, consts); <paramref name="used"/> is its length.</summary>
    public static ulong? Constant(ReadOnlySpan<byte> expr, bool bigEndian, out int used)
    {
        used = 0;
        if (expr.IsEmpty)
        {
            return null;
        }

        byte op = expr[0];
        var rest = expr[1..];
        if (op is >= DwarfConstants.DW_OP_lit0 and <= DwarfConstants.DW_OP_lit31)
        {
            used = 1;
            return (ulong)(op - DwarfConstants.DW_OP_lit0);
        }

        int width = op switch
        {
            DwarfConstants.DW_OP_const1u or DwarfConstants.DW_OP_const1s => 1,
            DwarfConstants.DW_OP_const2u or DwarfConstants.DW_OP_const2s => 2,
            DwarfConstants.DW_OP_const4u or DwarfConstants.DW_OP_const4s => 4,
            DwarfConstants.DW_OP_const8u or DwarfConstants.DW_OP_const8s => 8,
            _ => 0,
        };
        if (width > 0)
        {
            if (rest.Length < width)
            {
                return null;
            }

            used = 1 + width;
            return ReadUnsigned(rest[..width], bigEndian);
        }

        if (op is DwarfConstants.DW_OP_constu or DwarfConstants.DW_OP_consts && TryUleb(rest, out ulong v, out int n))
        {
            used = 1 + n;
            return v;
        }

        return null;
    }

    private static ulong ReadUnsigned(ReadOnlySpan<byte> b, bool bigEndian)
    {
        var r = new ByteReader(b, bigEndian);
        switch (b.Length)
        {
            case 1:
                r.TryReadUInt8(0, out byte v1);
                return v1;
            case 2:
                r.TryReadUInt16(0, out ushort v2);
                return v2;
            case 4:
                r.TryReadUInt32(0, out uint v4);
                return v4;
            default:
                r.TryReadUInt64(0, out ulong v8);
                return v8;
        }
    }

    private static bool TryUleb(ReadOnlySpan<byte> b, out ulong value, out int used)
    {
        var r = new ByteReader(b);
        ulong pos = 0;
        bool ok = r.TryReadUleb128(ref pos, (ulong)b.Length, out value);
        used = (int)pos;
        return ok;
    }
}
