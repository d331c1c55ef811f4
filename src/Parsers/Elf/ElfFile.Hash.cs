using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Elf;

public sealed partial class ElfFile
{
    /// <summary>The number of dynamic symbols according to DT_GNU_HASH (preferred) or DT_HASH; null when neither is usable.</summary>
    private ulong? DynamicSymbolCount()
    {
        if (Last(ElfConstants.DT_GNU_HASH) is { } gnu && GnuHashCount(gnu) is { } fromGnu)
        {
            return fromGnu;
        }

        if (Last(ElfConstants.DT_HASH) is { } sysv && SysvHashCount(sysv) is { } fromSysv)
        {
            return fromSysv;
        }

        return null;
    }

    /// <summary>
    /// DT_GNU_HASH (no formal spec; the layout binutils and glibc share): nbuckets, symoffset,
    /// bloom_size, bloom_shift, bloom words (ELFCLASS-sized), buckets, then a chain per hashed
    /// symbol whose last entry has bit 0 set. The count is the end of the chain of the highest bucket.
    /// </summary>
    private ulong? GnuHashCount(ulong address)
    {
        var r = Reader;
        if (!TryMapAddress(address, out ulong offset, out ulong available) || available < 16)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashTable, null, $"DT_GNU_HASH 0x{address:x} is not inside a loaded segment.");
            return null;
        }

        r.TryReadUInt32(offset, out uint nbuckets);
        r.TryReadUInt32(offset + 4, out uint symoffset);
        r.TryReadUInt32(offset + 8, out uint bloomSize);
        ulong word = Header.Is64 ? 8u : 4u;
        ulong buckets = offset + 16 + ((ulong)bloomSize * word);
        if (!r.IsValidTable(offset + 16, bloomSize, word) || !r.IsValidTable(buckets, nbuckets, 4))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashTable, (long)offset, $"DT_GNU_HASH bloom ({bloomSize}) or bucket ({nbuckets}) arrays run past the file.");
            return null;
        }

        uint max = 0;
        for (ulong i = 0; i < nbuckets; i++)
        {
            r.TryReadUInt32(buckets + (i * 4), out uint b);
            max = Math.Max(max, b);
        }

        if (max < symoffset)
        {
            return symoffset;
        }

        // Walk the last chain to its end marker; each step is one symbol, so the walk is linear
        // and cannot loop, but a missing end marker would run to the end of the file: bound it.
        ulong chain = buckets + ((ulong)nbuckets * 4);
        ulong index = max;
        for (long steps = 0; steps < _limits.MaxHashChainSteps; steps++)
        {
            ulong at = chain + ((index - symoffset) * 4);
            if (!r.TryReadUInt32(at, out uint value))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashChain, (long)offset, "DT_GNU_HASH chain runs past the file without an end marker.");
                return null;
            }

            if ((value & 1) != 0)
            {
                return index + 1;
            }

            index++;
        }

        _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashChain, (long)offset, $"DT_GNU_HASH chain exceeds {_limits.MaxHashChainSteps} steps.");
        return null;
    }

    /// <summary>
    /// DT_HASH (gABI 5 "Hash Table"): nbucket, nchain, bucket[nbucket], chain[nchain]; nchain equals
    /// the number of symbols. The chains are walked once to check them: a chain that loops or leaves
    /// the table is reported, since a loader following it would hang or read garbage.
    /// </summary>
    private ulong? SysvHashCount(ulong address)
    {
        var r = Reader;
        if (!TryMapAddress(address, out ulong offset, out ulong available) || available < 8)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashTable, null, $"DT_HASH 0x{address:x} is not inside a loaded segment.");
            return null;
        }

        r.TryReadUInt32(offset, out uint nbucket);
        r.TryReadUInt32(offset + 4, out uint nchain);
        ulong buckets = offset + 8;
        ulong chains = buckets + ((ulong)nbucket * 4);
        if (!r.IsValidTable(buckets, nbucket, 4) || !r.IsValidTable(chains, nchain, 4))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashTable, (long)offset, $"DT_HASH with {nbucket} buckets and {nchain} chains runs past the file.");
            return null;
        }

        // Sized by nchain, which the table check above bounded by the file size.
        var visited = new bool[nchain];
        long steps = 0;
        for (ulong b = 0; b < nbucket; b++)
        {
            r.TryReadUInt32(buckets + (b * 4), out uint i);
            while (i != 0)
            {
                if (i >= nchain || visited[i] || ++steps > _limits.MaxHashChainSteps)
                {
                    _diagnostics.Warning(DiagnosticCodes.ElfInvalidHashChain, (long)(chains + ((ulong)Math.Min(i, nchain) * 4)), $"DT_HASH chain of bucket {b} loops or leaves the table at symbol {i}.");
                    return nchain;
                }

                visited[i] = true;
                r.TryReadUInt32(chains + ((ulong)i * 4), out i);
            }
        }

        return nchain;
    }
}
