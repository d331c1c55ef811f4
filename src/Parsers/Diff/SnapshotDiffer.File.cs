using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>Format, architecture, identity, dependencies and how the file is loaded: everything that is not a symbol.</summary>
    private static void CompareFile(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        if (o.Format != n.Format)
        {
            collector.File(ChangeKind.FormatChanged, ChangeSeverity.Incompatible, EnumNames.Of(o.Format), EnumNames.Of(n.Format));
        }

        if (o.Arch is not null && n.Arch is not null && o.Arch != n.Arch)
        {
            collector.File(ChangeKind.ArchChanged, ChangeSeverity.Incompatible, o.Arch, n.Arch);
        }

        CompareIdentity(o, n, collector);
        CompareDependencies(o, n, collector);
        CompareLoader(o, n, collector);
    }

    private static void CompareIdentity(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        var a = o.Identity;
        var b = n.Identity;
        if (a.Name != b.Name)
        {
            // ELF DT_NEEDED and Mach-O LC_LOAD_DYLIB record the SONAME / install name, and the loader
            // looks for exactly that. A PE importer names the DLL file, not the export directory's name.
            bool recorded = n.Format is BinaryFormat.Elf or BinaryFormat.MachO;
            if (a.Name is null)
            {
                // Binaries linked against OLD recorded its file name, which still finds the file.
                collector.File(ChangeKind.IdentityAdded, recorded ? ChangeSeverity.Compatible : ChangeSeverity.Info, null, b.Name);
            }
            else if (b.Name is null)
            {
                // Old binaries still find the file; new ones record whatever name they were linked
                // with (often the development symlink, libfoo.so), which users' systems lack.
                collector.File(ChangeKind.IdentityRemoved, recorded ? ChangeSeverity.Risk : ChangeSeverity.Info, a.Name, null);
            }
            else
            {
                collector.File(ChangeKind.IdentityChanged, recorded ? ChangeSeverity.Incompatible : ChangeSeverity.Info, a.Name, b.Name);
            }
        }

        if (a.CompatibilityVersion is not null && b.CompatibilityVersion is not null && a.CompatibilityVersion != b.CompatibilityVersion)
        {
            // dyld refuses a library whose compatibility version is lower than the one the client
            // recorded at link time (mach-o/loader.h, struct dylib), so lowering it breaks clients.
            int cmp = CompareDottedVersions(a.CompatibilityVersion, b.CompatibilityVersion);
            if (cmp > 0)
            {
                collector.File(ChangeKind.CompatibilityVersionLowered, ChangeSeverity.Incompatible, a.CompatibilityVersion, b.CompatibilityVersion);
            }
            else if (cmp < 0)
            {
                collector.File(ChangeKind.CompatibilityVersionRaised, ChangeSeverity.Compatible, a.CompatibilityVersion, b.CompatibilityVersion);
            }
        }

        if (a.CurrentVersion != b.CurrentVersion && (a.CurrentVersion is not null || b.CurrentVersion is not null))
        {
            collector.File(ChangeKind.CurrentVersionChanged, ChangeSeverity.Info, a.CurrentVersion, b.CurrentVersion);
        }
    }

    private static void CompareDependencies(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        var newByName = new Dictionary<string, SnapshotDependency>(StringComparer.Ordinal);
        foreach (var d in n.Dependencies)
        {
            newByName.TryAdd(d.Name, d);
        }

        var oldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in o.Dependencies)
        {
            if (!oldNames.Add(d.Name))
            {
                continue;
            }

            if (!newByName.TryGetValue(d.Name, out var nd))
            {
                // Losing a re-exported dylib loses every symbol it re-exported.
                var severity = d.Kind == DependencyKind.Reexport ? ChangeSeverity.Incompatible : ChangeSeverity.Info;
                collector.File(ChangeKind.DependencyRemoved, severity, d.Name, null, symbol: d.Name);
                continue;
            }

            if (d.Kind != nd.Kind)
            {
                var severity = d.Kind == DependencyKind.Reexport ? ChangeSeverity.Incompatible : ChangeSeverity.Info;
                collector.File(ChangeKind.DependencyKindChanged, severity, EnumNames.Of(d.Kind), EnumNames.Of(nd.Kind), symbol: d.Name);
            }

            CompareRequiredVersions(d, nd, n, collector);
        }

        foreach (var d in n.Dependencies)
        {
            if (oldNames.Add(d.Name))
            {
                collector.File(ChangeKind.DependencyAdded, ChangeSeverity.Compatible, null, Describe(d), symbol: d.Name);
            }
        }
    }

    private static void CompareRequiredVersions(SnapshotDependency d, SnapshotDependency nd, Snapshot n, ChangeCollector collector)
    {
        // Version nodes the library defines itself: a dependency that requires one of them is a
        // sibling of the same release (glibc's libc.so.6 and ld.so both define GLIBC_2.35 and
        // ship in one package), so it raises no floor on the systems that can load the library.
        var ownNodes = n.VersionNodes.Where(v => !v.IsBase).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var before = d.RequiredVersions ?? [];
        var after = nd.RequiredVersions ?? [];
        var beforeSet = new HashSet<string>(before, StringComparer.Ordinal);
        var afterSet = new HashSet<string>(after, StringComparer.Ordinal);
        foreach (string v in after)
        {
            if (beforeSet.Contains(v))
            {
                continue;
            }

            // A new vna_name (.gnu.version_r) is checked by ld.so at load time: systems whose
            // dependency lacks that version (an older glibc) can no longer load this library. But
            // glibc-style versions are cumulative (GLIBC_2.34 implies GLIBC_2.7), so a new version
            // no higher than one already required raises no floor: info.
            string? highest = HighestOfFamily(before, v);
            bool sibling = ownNodes.Contains(v);
            bool raisesFloor = !sibling && (highest is null || CompareDottedVersions(VersionNumber(v)!, VersionNumber(highest)!) > 0);
            collector.Add(new AbiChange
            {
                Kind = ChangeKind.RequiredVersionAdded,
                Severity = raisesFloor ? ChangeSeverity.Risk : ChangeSeverity.Info,
                Symbol = nd.Name,
                Version = v,
                Before = highest,
                After = v,
                Detail = raisesFloor ? DistributionBaselines.Describe(v)
                    : sibling ? $"{n.File.Name} defines {v} itself: the dependency is part of the same release" : null,
            });
        }

        foreach (string v in before)
        {
            if (!afterSet.Contains(v))
            {
                collector.Add(new AbiChange { Kind = ChangeKind.RequiredVersionRemoved, Severity = ChangeSeverity.Info, Symbol = d.Name, Version = v, Before = v });
            }
        }
    }

    /// <summary>The highest of <paramref name="versions"/> in the same family (<c>GLIBC_</c>) as <paramref name="version"/>; null when the family is new or not numbered.</summary>
    private static string? HighestOfFamily(IReadOnlyList<string> versions, string version)
    {
        if (VersionNumber(version) is null)
        {
            return null;
        }

        string family = version[..(version.LastIndexOf('_') + 1)];
        string? highest = null;
        foreach (string v in versions)
        {
            if (v.StartsWith(family, StringComparison.Ordinal) && VersionNumber(v) is { } number
                && (highest is null || CompareDottedVersions(number, VersionNumber(highest)!) > 0))
            {
                highest = v;
            }
        }

        return highest;
    }

    /// <summary>The dotted number after the last underscore (<c>2.34</c> of <c>GLIBC_2.34</c>), or null.</summary>
    private static string? VersionNumber(string version)
    {
        int underscore = version.LastIndexOf('_');
        if (underscore < 0 || underscore == version.Length - 1)
        {
            return null;
        }

        var number = version.AsSpan(underscore + 1);
        foreach (char c in number)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return null;
            }
        }

        return number.ToString();
    }

    private static string Describe(SnapshotDependency d)
        => d.Kind == DependencyKind.Needed ? d.Name : $"{d.Name} ({EnumNames.Of(d.Kind)})";

    /// <summary>Compares x.y.z versions numerically; non-numeric parts compare as text.</summary>
    internal static int CompareDottedVersions(string a, string b)
    {
        var pa = a.Split('.');
        var pb = b.Split('.');
        for (int i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            string sa = i < pa.Length ? pa[i] : "0";
            string sb = i < pb.Length ? pb[i] : "0";
            int c = long.TryParse(sa, System.Globalization.CultureInfo.InvariantCulture, out long na) && long.TryParse(sb, System.Globalization.CultureInfo.InvariantCulture, out long nb) ? na.CompareTo(nb) : string.CompareOrdinal(sa, sb);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
