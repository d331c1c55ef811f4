using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Matrix;

/// <summary>Turns snapshots of local files into matrix columns, as <c>abiportal matrix</c> reads them.</summary>
public static class MatrixInputs
{
    /// <summary>
    /// The columns of one file: one, or one per slice of a universal Mach-O file (each slice is
    /// a build of its own for a binding). An archive is one column with every member's exports.
    /// <paramref name="label"/> names the column (a slice's gets <c>/arch</c>); null derives
    /// <c>os-arch</c> from the binary.
    /// </summary>
    public static IReadOnlyList<MatrixPlatform> FromSnapshot(Snapshot snapshot, string? label)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Format == BinaryFormat.Fat)
        {
            return snapshot.Members
                .Select(slice => Platform(slice, snapshot.File.Name, label is null ? null : $"{label}/{slice.Arch ?? slice.Member}", slice.Member))
                .ToList();
        }

        return [Platform(snapshot, snapshot.File.Name, label, null)];
    }

    private static MatrixPlatform Platform(Snapshot snapshot, string file, string? label, string? member)
    {
        string? os = PlatformLabels.Os(snapshot);
        string? arch = snapshot.Arch ?? snapshot.Members.FirstOrDefault()?.Arch;
        var column = new MatrixColumn(label ?? PlatformLabels.Derive(os, arch, file), os, arch, EnumNames.Of(snapshot.Format), file) { Member = member };
        var exports = new List<MatrixExport>(snapshot.Exports.Count);
        Collect(snapshot, exports);
        return new MatrixPlatform(column, exports);
    }

    private static void Collect(Snapshot snapshot, List<MatrixExport> exports)
    {
        var scheme = NameSchemes.Of(snapshot.Format, snapshot.Arch);
        foreach (var e in snapshot.Exports)
        {
            exports.Add(new MatrixExport(e.Name, e.Demangled, e.Version, e.ImportedName, e.Kind, scheme));
        }

        foreach (var member in snapshot.Members)
        {
            Collect(member, exports);
        }
    }
}
