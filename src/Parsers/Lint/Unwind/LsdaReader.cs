using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>
/// Reads a GCC/Itanium LSDA (<c>.gcc_except_table</c>; the format of GCC's except.c and libsupc++'s
/// eh_personality.cc: header, call-site table, action table, type table) and answers one question:
/// can an exception leave the function? It can when a call site has no landing pad, or a landing
/// pad whose action chain ends without a catch-all (<c>catch (...)</c>, a null type entry) or an
/// empty exception specification (<c>noexcept</c>, <c>throw()</c>).
/// </summary>
internal static class LsdaReader
{
    /// <summary>The call sites through which an exception can leave; null when the LSDA cannot be read (nothing is claimed).</summary>
    public static List<EscapingCallSite>? EscapingCallSites(LintImage image, ulong lsda, ulong functionStart, LintLimits limits)
    {
        // An LSDA is small; 64 KiB bounds the read of a damaged one.
        if (!image.TryGetBytes(lsda, 1 << 16, executableOnly: false, out var bytes))
        {
            return null;
        }

        var r = new ByteReader(bytes.Span);
        ulong end = (ulong)bytes.Length, p = 0;
        if (!r.TryReadUInt8(p++, out byte lpStartEncoding))
        {
            return null;
        }

        if (lpStartEncoding != EhPointer.Omit && !EhPointer.TryRead(r, ref p, end, lpStartEncoding, lsda, out _, out _))
        {
            return null;
        }

        if (!r.TryReadUInt8(p++, out byte ttypeEncoding))
        {
            return null;
        }

        ulong? ttypeBase = null;
        if (ttypeEncoding != EhPointer.Omit)
        {
            if (!r.TryReadUleb128(ref p, end, out ulong ttypeOffset) || ttypeOffset > end - p)
            {
                return null;
            }

            ttypeBase = p + ttypeOffset;
        }

        if (!r.TryReadUInt8(p++, out byte callSiteEncoding) || !r.TryReadUleb128(ref p, end, out ulong tableLength) || tableLength > end - p)
        {
            return null;
        }

        ulong actionTable = p + tableLength;
        int entries = 0;
        var escapes = new List<EscapingCallSite>();
        while (p < actionTable)
        {
            if (++entries > limits.MaxLsdaEntries)
            {
                return null;
            }

            if (!EhPointer.TryRead(r, ref p, actionTable, callSiteEncoding, lsda, out ulong start, out _)
                || !EhPointer.TryRead(r, ref p, actionTable, callSiteEncoding, lsda, out ulong length, out _)
                || !EhPointer.TryRead(r, ref p, actionTable, callSiteEncoding, lsda, out ulong landingPad, out _)
                || !r.TryReadUleb128(ref p, actionTable, out ulong action))
            {
                return null;
            }

            // Call-site fields are offsets from the landing-pad base, which defaults to the function's start.
            ulong at = functionStart + start;
            if (landingPad == 0)
            {
                escapes.Add(new EscapingCallSite(at, length, true, $"the call site at 0x{at:x} has no landing pad, so an exception thrown there unwinds straight out"));
            }
            else if (action == 0)
            {
                escapes.Add(new EscapingCallSite(at, length, false, $"the call site at 0x{at:x} has only a cleanup (destructors) and then resumes unwinding"));
            }
            else if (!ChainStops(r, actionTable + action - 1, end, ttypeBase, ttypeEncoding, limits, out bool ok))
            {
                if (!ok)
                {
                    return null;
                }

                escapes.Add(new EscapingCallSite(at, length, false, $"the handlers at the call site at 0x{at:x} catch only some types (no catch (...))"));
            }
        }

        return escapes;
    }

    /// <summary>Follows one action chain: true when it ends in a catch-all or an empty exception specification.</summary>
    private static bool ChainStops(ByteReader r, ulong at, ulong end, ulong? ttypeBase, byte ttypeEncoding, LintLimits limits, out bool ok)
    {
        ok = true;
        for (int steps = 0; steps < limits.MaxLsdaEntries; steps++)
        {
            ulong p = at;
            if (!r.TryReadSleb128(ref p, end, out long filter))
            {
                ok = false;
                return false;
            }

            ulong nextAt = p;
            if (!r.TryReadSleb128(ref p, end, out long next))
            {
                ok = false;
                return false;
            }

            if (filter > 0 && ttypeBase is { } tb)
            {
                // Type entries are indexed backwards from the type table's base.
                int size = EhPointer.Size(ttypeEncoding);
                ulong back = (ulong)filter * (ulong)size;
                if (size == 0 || back > tb)
                {
                    ok = false;
                    return false;
                }

                ulong entry = tb - back;
                if (!EhPointer.TryRead(r, ref entry, end, (byte)(ttypeEncoding & 0x0f), 0, out ulong typeInfo, out _))
                {
                    ok = false;
                    return false;
                }

                if (typeInfo == 0)
                {
                    return true; // catch (...)
                }
            }
            else if (filter < 0 && ttypeBase is { } specBase)
            {
                // An exception specification: a zero-terminated list of type indices after the type table base.
                ulong spec = specBase + (ulong)(-filter - 1);
                if (!r.TryReadUleb128(ref spec, end, out ulong firstType))
                {
                    ok = false;
                    return false;
                }

                if (firstType == 0)
                {
                    return true; // noexcept / throw(): std::terminate, nothing escapes
                }
            }

            if (next == 0)
            {
                return false;
            }

            long target = (long)nextAt + next;
            if (target < 0 || (ulong)target >= end)
            {
                ok = false;
                return false;
            }

            at = (ulong)target;
        }

        ok = false;
        return false;
    }
}
