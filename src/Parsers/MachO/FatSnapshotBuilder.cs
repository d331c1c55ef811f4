using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.MachO;

/// <summary>
/// Builds the snapshot of a universal file: one member per slice, named by its arch
/// (<c>x86_64</c>, <c>arm64</c>...), each read by whichever reader its bytes call for (a
/// slice may be a thin Mach-O or an archive, as in a fat static library).
/// </summary>
internal static class FatSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var fat = FatFile.Read(data.Span, context.Budget);
        var diagnostics = new DiagnosticBag(context.Budget);
        diagnostics.AddRange(fat.Diagnostics);
        var members = new List<Snapshot>(fat.Slices.Count);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slice in fat.Slices)
        {
            string arch = MachOArchitecture.Name(slice.cputype, slice.cpusubtype);
            if (context.Budget.TakeRows(1) == 0)
            {
                diagnostics.Limit(DiagnosticCodes.LimitExceeded, (long)slice.offset, $"The file has more than ParseLimits.MaxRows ({context.Limits.MaxRows}) rows; slice {arch} and the ones after it are not read.", nameof(ParseLimits.MaxRows));
                break;
            }

            if (!context.Budget.TryTakeEntry())
            {
                diagnostics.WorkSpent((long)slice.offset, $"slice {arch} and the ones after it are");
                break;
            }

            string name = names.TryGetValue(arch, out int seen) ? $"{arch}#{seen + 1}" : arch;
            names[arch] = seen + 1;
            var bytes = data.Slice((int)slice.offset, (int)slice.size);
            CheckSliceCpu(bytes.Span, slice, arch, diagnostics);
            members.Add(context.ReadNested(bytes, name, context.Path));
        }

        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.Fat,
            Kind = BinaryKind.Universal,
            Arch = members.Count > 0 && members.All(m => m.Arch == members[0].Arch) ? members[0].Arch : null,
            Members = members,
            Diagnostics = diagnostics.ToList(),
        };
    }

    /// <summary>A thin Mach-O slice must be for the CPU its fat_arch entry says; lipo and dyld pick slices by that entry.</summary>
    private static void CheckSliceCpu(ReadOnlySpan<byte> slice, FatArch entry, string arch, DiagnosticBag diagnostics)
    {
        // Slices that are not thin Mach-O (archives, say) have no cputype to compare.
        var reader = new ByteReader(slice);
        if (reader.TryReadUInt32(0, out uint magic)
            && MachHeader.TryDecodeMagic(magic, out bool bigEndian, out _)
            && reader.WithEndianness(bigEndian).TryReadInt32(4, out int c)
            && c != entry.cputype)
        {
            diagnostics.Warning(DiagnosticCodes.FatSliceCpuMismatch, (long)entry.offset, $"Slice {arch} holds a Mach-O for {MachOArchitecture.MachineName(c)}, not {MachOArchitecture.MachineName(entry.cputype)}.");
        }
    }
}
