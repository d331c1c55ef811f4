using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>
/// Reads <c>.eh_frame</c> (LSB Core 5.0, "Exception Frames": CIEs and FDEs with the "zPLR"
/// augmentations) into one <see cref="UnwindEntry"/> per FDE, bounded by
/// <see cref="LintLimits.MaxUnwindRecords"/>. A damaged record ends the walk with a note; what was
/// read before it stays.
/// </summary>
internal static class EhFrameReader
{
    private sealed record Cie(byte FdeEncoding, byte LsdaEncoding, bool HasAugmentationData, ulong? Personality, bool PersonalityIndirect);

    public static Dictionary<ulong, UnwindEntry> Read(LintImage image, LintLimits limits, List<string> notes)
    {
        var entries = new Dictionary<ulong, UnwindEntry>();
        if (image.Elf is not { Header.Is64: true, Header.IsBigEndian: false } || !image.TryGetSection(".eh_frame", out var section)
            || !new ByteReader(image.Data.Span).TrySlice(section.FileOffset, section.Size, out _))
        {
            return entries;
        }

        var r = new ByteReader(image.Data.Span.Slice((int)section.FileOffset, (int)section.Size));
        var cies = new Dictionary<ulong, Cie?>();
        ulong offset = 0, end = (ulong)r.Length;
        int records = 0;
        while (offset < end)
        {
            if (++records > limits.MaxUnwindRecords)
            {
                notes.Add($"unwind tables: more than {limits.MaxUnwindRecords:N0} records in .eh_frame; the rest were not read.");
                break;
            }

            ulong start = offset;
            if (!r.TryReadUInt32(offset, out uint length32))
            {
                break;
            }

            offset += 4;
            ulong length = length32;
            if (length32 == 0xffffffff)
            {
                if (!r.TryReadUInt64(offset, out length))
                {
                    break;
                }

                offset += 8;
            }

            if (length == 0)
            {
                break; // the terminator
            }

            if (length > end - offset)
            {
                notes.Add($"unwind tables: the .eh_frame record at offset 0x{start:x} runs past the section; the rest were not read.");
                break;
            }

            ulong recordEnd = offset + length;
            ulong idAt = offset;
            if (!r.TryReadUInt32(idAt, out uint id))
            {
                break;
            }

            if (id != 0 && id <= idAt)
            {
                // An FDE: its CIE lies `id` bytes before the id field.
                ulong cieAt = idAt - id;
                if (!cies.TryGetValue(cieAt, out var cie))
                {
                    cies[cieAt] = cie = ReadCie(r, cieAt, section.Address);
                }

                if (cie is not null && ReadFde(r, idAt + 4, recordEnd, cie, section.Address) is { } entry)
                {
                    entries.TryAdd(entry.Start, entry);
                }
            }

            offset = recordEnd;
        }

        return entries;
    }

    private static Cie? ReadCie(ByteReader r, ulong at, ulong baseAddress)
    {
        if (!r.TryReadUInt32(at, out uint length32) || length32 == 0xffffffff || length32 < 8 || !r.IsValidRange(at + 4, length32))
        {
            return null;
        }

        ulong end = at + 4 + length32;
        ulong p = at + 8;
        if (!r.TryReadUInt8(p++, out byte version) || !r.TryReadCString(p, 16, out var augmentation))
        {
            return null;
        }

        p += (ulong)augmentation.Length + 1;
        string aug = System.Text.Encoding.ASCII.GetString(augmentation);
        if (aug.Contains("eh", StringComparison.Ordinal))
        {
            p += 8;
        }

        if (!r.TryReadUleb128(ref p, end, out _) || !r.TryReadSleb128(ref p, end, out _))
        {
            return null;
        }

        if (version == 1)
        {
            p++;
        }
        else if (!r.TryReadUleb128(ref p, end, out _))
        {
            return null;
        }

        byte fdeEncoding = 0, lsdaEncoding = EhPointer.Omit;
        ulong? personality = null;
        bool indirect = false;
        if (!aug.StartsWith('z'))
        {
            return new Cie(fdeEncoding, lsdaEncoding, false, null, false);
        }

        if (!r.TryReadUleb128(ref p, end, out _))
        {
            return null;
        }

        foreach (char c in aug.AsSpan(1))
        {
            switch (c)
            {
                case 'L':
                    if (!r.TryReadUInt8(p++, out lsdaEncoding))
                    {
                        return null;
                    }

                    break;
                case 'R':
                    if (!r.TryReadUInt8(p++, out fdeEncoding))
                    {
                        return null;
                    }

                    break;
                case 'P':
                    if (!r.TryReadUInt8(p++, out byte personalityEncoding)
                        || !EhPointer.TryRead(r, ref p, end, personalityEncoding, baseAddress, out ulong routine, out indirect))
                    {
                        return null;
                    }

                    personality = routine;
                    break;
                case 'S' or 'B' or 'G':
                    break;
                default:
                    // An augmentation we do not know: its data cannot be skipped safely.
                    return null;
            }
        }

        return new Cie(fdeEncoding, lsdaEncoding, true, personality, indirect);
    }

    private static UnwindEntry? ReadFde(ByteReader r, ulong p, ulong end, Cie cie, ulong baseAddress)
    {
        if (!EhPointer.TryRead(r, ref p, end, cie.FdeEncoding, baseAddress, out ulong start, out _)
            || !EhPointer.TryRead(r, ref p, end, (byte)(cie.FdeEncoding & 0x0f), baseAddress, out ulong range, out _))
        {
            return null;
        }

        ulong? lsda = null;
        if (cie.HasAugmentationData && r.TryReadUleb128(ref p, end, out _) && cie.LsdaEncoding != EhPointer.Omit
            && EhPointer.TryRead(r, ref p, end, cie.LsdaEncoding, baseAddress, out ulong l, out _) && l != 0)
        {
            lsda = l;
        }

        return new UnwindEntry(start, range, cie.Personality, cie.PersonalityIndirect, lsda);
    }
}
