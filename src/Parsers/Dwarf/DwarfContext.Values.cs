using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>Attribute values by form (DWARF 5, 7.5.5 "Classes and Forms").</summary>
internal sealed partial class DwarfContext
{
    /// <summary>How many DW_FORM_indirect hops one value may take (each names the next form).</summary>
    private const int MaxIndirection = 4;

    private bool ReadValue(ByteReader r, DwarfUnit unit, ref ulong pos, ushort form, long implicitConst, out DwarfValue value)
    {
        value = default;
        ulong end = unit.End;
        var e = unit.Encoding;
        ulong at = pos;
        for (int hop = 0; form == DwarfForms.DW_FORM_indirect; hop++)
        {
            if (hop == MaxIndirection || !r.TryReadUleb128(ref pos, end, out ulong actual) || actual > ushort.MaxValue)
            {
                Damage(unit, at, DiagnosticCodes.DwarfUnknownForm, "DW_FORM_indirect names no usable form");
                return false;
            }

            form = (ushort)actual;
            // implicit_const has its value in the abbreviation, which an indirect form does not have.
            implicitConst = 0;
        }

        ulong v = 0, extra = 0;
        bool ok;
        switch (form)
        {
            case DwarfForms.DW_FORM_flag_present:
                v = 1;
                ok = true;
                break;
            case DwarfForms.DW_FORM_implicit_const:
                v = unchecked((ulong)implicitConst);
                ok = true;
                break;
            case DwarfForms.DW_FORM_udata or DwarfForms.DW_FORM_ref_udata or DwarfForms.DW_FORM_strx or DwarfForms.DW_FORM_addrx
                or DwarfForms.DW_FORM_loclistx or DwarfForms.DW_FORM_rnglistx or DwarfForms.DW_FORM_GNU_addr_index or DwarfForms.DW_FORM_GNU_str_index:
                ok = r.TryReadUleb128(ref pos, end, out v);
                break;
            case DwarfForms.DW_FORM_sdata:
                ok = r.TryReadSleb128(ref pos, end, out long s);
                v = unchecked((ulong)s);
                break;
            case DwarfForms.DW_FORM_string:
                ReadOnlySpan<byte> rest = default;
                ok = pos <= end && r.TrySlice(pos, end - pos, out rest);
                int nul = ok ? rest.IndexOf((byte)0) : -1;
                ok = nul >= 0;
                v = pos;
                extra = (ulong)Math.Max(nul, 0);
                pos += extra + 1;
                break;
            case DwarfForms.DW_FORM_block1 or DwarfForms.DW_FORM_block2 or DwarfForms.DW_FORM_block4 or DwarfForms.DW_FORM_block or DwarfForms.DW_FORM_exprloc:
                ok = ReadBlockLength(r, form, ref pos, end, out extra) && extra <= end - pos;
                v = pos;
                pos += ok ? extra : 0;
                break;
            case DwarfForms.DW_FORM_data16:
                ok = pos <= end && end - pos >= 16 && r.TryReadUInt64(pos, out v) && r.TryReadUInt64(pos + 8, out _);
                pos += 16;
                break;
            case DwarfForms.DW_FORM_strx3 or DwarfForms.DW_FORM_addrx3:
                ReadOnlySpan<byte> three = default;
                ok = pos <= end && end - pos >= 3 && r.TrySlice(pos, 3, out three);
                if (ok)
                {
                    var b = three;
                    v = r.BigEndian ? ((ulong)b[0] << 16) | ((ulong)b[1] << 8) | b[2] : ((ulong)b[2] << 16) | ((ulong)b[1] << 8) | b[0];
                }

                pos += 3;
                break;
            default:
                int size = DwarfFormSizes.Fixed(form, e);
                if (size < 0)
                {
                    Damage(unit, at, DiagnosticCodes.DwarfUnknownForm, $"form 0x{form:x} is unknown, so the rest of the unit cannot be read");
                    return false;
                }

                ok = pos <= end && (ulong)size <= end - pos && ReadFixed(r, pos, size, out v);
                pos += (ulong)size;
                break;
        }

        if (!ok)
        {
            Damage(unit, at, DiagnosticCodes.DwarfTruncatedAttribute, $"a value of form 0x{form:x} runs past the unit");
            return false;
        }

        if (extra > uint.MaxValue)
        {
            Damage(unit, at, DiagnosticCodes.DwarfTruncatedAttribute, $"a block of {extra} bytes is larger than any unit");
            return false;
        }

        value = new DwarfValue(form, MakeReference(unit, form, v), (uint)extra);
        return true;
    }

    private static bool ReadBlockLength(ByteReader r, ushort form, ref ulong pos, ulong end, out ulong length)
    {
        length = 0;
        switch (form)
        {
            case DwarfForms.DW_FORM_block1:
                bool ok1 = r.TryReadUInt8(pos, out byte b) && pos < end;
                length = b;
                pos += 1;
                return ok1;
            case DwarfForms.DW_FORM_block2:
                ushort h = 0;
                bool ok2 = end - Math.Min(pos, end) >= 2 && r.TryReadUInt16(pos, out h);
                length = h;
                pos += 2;
                return ok2;
            case DwarfForms.DW_FORM_block4:
                uint w = 0;
                bool ok4 = end - Math.Min(pos, end) >= 4 && r.TryReadUInt32(pos, out w);
                length = w;
                pos += 4;
                return ok4;
            default:
                return r.TryReadUleb128(ref pos, end, out length);
        }
    }

    private static bool ReadFixed(ByteReader r, ulong pos, int size, out ulong value)
    {
        value = 0;
        switch (size)
        {
            case 0:
                return true;
            case 1:
                bool ok1 = r.TryReadUInt8(pos, out byte b);
                value = b;
                return ok1;
            case 2:
                bool ok2 = r.TryReadUInt16(pos, out ushort h);
                value = h;
                return ok2;
            case 4:
                bool ok4 = r.TryReadUInt32(pos, out uint w);
                value = w;
                return ok4;
            case 8:
                return r.TryReadUInt64(pos, out value);
            default:
                return false;
        }
    }

    /// <summary>Makes DIE references global: unit-relative forms add the unit's offset; ref_addr stays in the unit's file; the sup and alt forms point into the supplementary file.</summary>
    private static ulong MakeReference(DwarfUnit unit, ushort form, ulong v) => form switch
    {
        DwarfForms.DW_FORM_ref1 or DwarfForms.DW_FORM_ref2 or DwarfForms.DW_FORM_ref4 or DwarfForms.DW_FORM_ref8 or DwarfForms.DW_FORM_ref_udata
            => v > DwarfRef.OffsetMask - unit.Offset ? DwarfRef.None : unit.Ref(unit.Offset + v),
        DwarfForms.DW_FORM_ref_addr => DwarfRef.Make(unit.File.IsSupplementary, false, v),
        DwarfForms.DW_FORM_ref_sup4 or DwarfForms.DW_FORM_ref_sup8 or DwarfForms.DW_FORM_GNU_ref_alt => DwarfRef.Make(true, false, v),
        _ => v,
    };

    /// <summary>
    /// The DIE a reference attribute points at, as a global reference; DW_FORM_ref_sig8 goes to
    /// the type DIE of the type unit with that signature. <see cref="DwarfRef.None"/> when absent,
    /// <see cref="DwarfRef.Unresolved"/> when it points nowhere readable (reported).
    /// </summary>
    public ulong Reference(DwarfDie die, DwarfSlot slot)
    {
        if (!die.TryGet(slot, out var v))
        {
            return DwarfRef.None;
        }

        if (v.Form == DwarfForms.DW_FORM_ref_sig8)
        {
            if (SignatureUnit(v.Value) is { } tu && EnsureRoot(tu))
            {
                return tu.Ref(tu.TypeOffset);
            }

            Damage(die.Unit, die.Offset, DiagnosticCodes.DwarfBadReference, $"type signature 0x{v.Value:x16} names no type unit");
            return DwarfRef.Unresolved;
        }

        if (!v.IsReference)
        {
            return DwarfRef.Unresolved;
        }

        if (DwarfRef.IsSupplementary(v.Value) && Supplementary is null)
        {
            // Reported once, by the surface, as a missing supplementary file.
            Budget.Partial = true;
            return DwarfRef.Unresolved;
        }

        if (v.Value == DwarfRef.None || UnitOf(v.Value) is null)
        {
            Damage(die.Unit, die.Offset, DiagnosticCodes.DwarfBadReference, $"a reference (form 0x{v.Form:x}) points outside every unit");
            return DwarfRef.Unresolved;
        }

        return v.Value;
    }

    /// <summary>True when the attribute is a DIE reference of any form (including ref_sig8).</summary>
    public static bool IsReference(DwarfDie die, DwarfSlot slot) => die.TryGet(slot, out var v) && (v.IsReference || v.Form == DwarfForms.DW_FORM_ref_sig8);

    private DwarfUnit? SignatureUnit(ulong signature)
    {
        if (_signatures is null)
        {
            _signatures = [];
            foreach (var file in new[] { Main, Supplementary })
            {
                foreach (var u in (file?.TypeUnits ?? []).Concat(file?.InfoUnits ?? []))
                {
                    if (u.UnitType == DwarfConstants.DW_UT_type)
                    {
                        _signatures.TryAdd(u.TypeSignature, u);
                    }
                }
            }
        }

        return _signatures.TryGetValue(signature, out var unit) ? unit : null;
    }
}
