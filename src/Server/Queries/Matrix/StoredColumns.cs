using System.Text.Json;
using AbiPortal.Parsers.Matrix;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Queries;

/// <summary>
/// Lays stored export rows out in matrix columns, as <see cref="MatrixInputs"/> does for local
/// files: one column per build, one per slice of a universal Mach-O file; each export read with
/// its own file's naming scheme (an archive's members may differ).
/// </summary>
internal sealed class StoredColumns
{
    private static readonly JsonSerializerOptions IdentityJsonOptions = new(JsonSerializerDefaults.Web);

    private readonly List<MatrixColumn> columns = [];
    private readonly List<List<MatrixExport>> exports = [];
    private readonly Dictionary<long, int> buildColumn = [];
    private readonly Dictionary<(long, string), int> sliceColumn = [];
    private readonly Dictionary<long, NameScheme> buildScheme = [];
    private readonly Dictionary<(long, string), NameScheme> memberScheme = [];

    /// <summary>The columns of these ready builds.</summary>
    public static StoredColumns For(IReadOnlyList<StoredBuild> builds, IReadOnlyList<StoredMember> members)
    {
        var result = new StoredColumns();
        foreach (var m in members)
        {
            result.memberScheme[(m.ArtifactId, m.Name)] = NameSchemes.Of(m.Format, m.Arch);
        }

        foreach (var build in builds)
        {
            result.buildScheme[build.Id] = NameSchemes.Of(build.Format, build.Arch);
            var own = members.Where(m => m.ArtifactId == build.Id).ToList();
            if (build.Format == EnumNames.Of(BinaryFormat.Fat))
            {
                result.AddSlices(build, own);
            }
            else
            {
                string? os = OsOf(build, own);
                var column = new MatrixColumn(build.Platform ?? PlatformLabels.Derive(os, build.Arch, build.FileName), os, build.Arch, build.Format, build.FileName) { ArtifactId = build.Id };
                result.buildColumn[build.Id] = result.Add(column);
            }
        }

        return result;
    }

    /// <summary>Puts one export in its column.</summary>
    public void Add(StoredExport row)
    {
        int column;
        if (row.Member is { } member && sliceColumn.TryGetValue((row.ArtifactId, member), out int slice))
        {
            column = slice;
        }
        else if (!buildColumn.TryGetValue(row.ArtifactId, out column))
        {
            return;
        }

        var scheme = row.Member is { } m && memberScheme.TryGetValue((row.ArtifactId, m), out var own) ? own : buildScheme[row.ArtifactId];
        exports[column].Add(new MatrixExport(row.Name, row.Demangled, row.Version, row.ImportedName, (SymbolKind)row.Kind, scheme, row.Id));
    }

    /// <summary>The columns in label order, with their exports.</summary>
    public List<MatrixPlatform> Platforms()
        => columns.Select((c, i) => new MatrixPlatform(c, exports[i]))
            .OrderBy(p => p.Column.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Column.ArtifactId)
            .ToList();

    /// <summary>A universal file: a column per slice, labelled <c>platform/arch</c>, or <c>macos-arch</c> without a platform label.</summary>
    private void AddSlices(StoredBuild build, List<StoredMember> slices)
    {
        foreach (var slice in slices)
        {
            string os = PlatformLabels.Os(slice.Format, null, null) ?? "macos";
            string label = build.Platform is { } platform ? $"{platform}/{slice.Arch ?? slice.Name}" : PlatformLabels.Derive(os, slice.Arch, build.FileName);
            sliceColumn[(build.Id, slice.Name)] = Add(new MatrixColumn(label, os, slice.Arch, slice.Format, build.FileName) { ArtifactId = build.Id, Member = slice.Name });
        }
    }

    private int Add(MatrixColumn column)
    {
        columns.Add(column);
        exports.Add([]);
        return columns.Count - 1;
    }

    /// <summary>The build's operating system: from its identity (ELF OS/ABI, Mach-O platform), an archive's from its first member.</summary>
    private static string? OsOf(StoredBuild build, List<StoredMember> members)
    {
        if (build.Format == EnumNames.Of(BinaryFormat.Archive) && members.Count > 0)
        {
            return PlatformLabels.Os(members[0].Format, null, null);
        }

        var identity = build.IdentityJson is { } json ? JsonSerializer.Deserialize<SnapshotIdentity>(json, IdentityJsonOptions) : null;
        return PlatformLabels.Os(build.Format, identity?.OsAbi, identity?.Platform);
    }
}
