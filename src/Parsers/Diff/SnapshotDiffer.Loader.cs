using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>
    /// How the file is loaded and protected: hardening protections lost or gained, static TLS,
    /// library search paths and the Mach-O minimum OS. None of these breaks a binary built against
    /// OLD, but each can make NEW fail in some deployments or easier to exploit (docs/diff.md).
    /// </summary>
    private static void CompareLoader(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        if (o.Hardening is { } a && n.Hardening is { } b)
        {
            CompareHardening(a, b, collector);
        }

        // ELF PIE and Mach-O MH_PIE: an executable built to be loaded at a random address.
        if (o.Kind == BinaryKind.Executable && n.Kind == BinaryKind.Executable)
        {
            Protection(collector, Protections.Pie, o.Identity.Pie, n.Identity.Pie);
        }

        CompareSearchPath(collector, "rpath", o.Identity.RPaths, n.Identity.RPaths);
        CompareSearchPath(collector, "runpath", o.Identity.RunPaths, n.Identity.RunPaths);
        CompareMinOS(o.Identity, n.Identity, collector);
    }

    private static void CompareHardening(SnapshotHardening a, SnapshotHardening b, ChangeCollector collector)
    {
        if (a.Relro is { } ar && b.Relro is { } br && ar != br)
        {
            collector.File(br < ar ? ChangeKind.ProtectionLost : ChangeKind.ProtectionGained, br < ar ? ChangeSeverity.Risk : ChangeSeverity.Compatible, EnumNames.Of(ar), EnumNames.Of(br), symbol: Protections.Relro);
        }

        Protection(collector, Protections.StackProtector, a.StackProtector, b.StackProtector);
        Protection(collector, Protections.NonExecutableStack, !a.ExecutableStack, !b.ExecutableStack);
        if (a.ControlFlow is { } af && b.ControlFlow is { } bf)
        {
            foreach (string feature in af.Union(bf, StringComparer.Ordinal))
            {
                Protection(collector, feature, af.Contains(feature, StringComparer.Ordinal), bf.Contains(feature, StringComparer.Ordinal));
            }
        }

        Protection(collector, Protections.Aslr, a.Aslr, b.Aslr);
        Protection(collector, Protections.HighEntropyAslr, a.HighEntropyAslr, b.HighEntropyAslr);
        Protection(collector, Protections.Nx, a.Nx, b.Nx);

        if (a.StaticTls is { } at && b.StaticTls is { } bt && at != bt)
        {
            // Initial-exec TLS lives in the static TLS block sized at start-up; a library loaded
            // later with dlopen needs room there, and glibc keeps only a small surplus.
            collector.Add(bt
                ? new AbiChange { Kind = ChangeKind.StaticTlsIntroduced, Severity = ChangeSeverity.Risk, Detail = "DF_STATIC_TLS set: initial-exec TLS" }
                : new AbiChange { Kind = ChangeKind.StaticTlsRemoved, Severity = ChangeSeverity.Compatible, Detail = "DF_STATIC_TLS cleared" });
        }
    }

    /// <summary>One protection known on both sides: lost is a risk, gained is compatible.</summary>
    private static void Protection(ChangeCollector collector, string protection, bool? before, bool? after)
    {
        if (before is { } had && after is { } has && had != has)
        {
            collector.File(had ? ChangeKind.ProtectionLost : ChangeKind.ProtectionGained, had ? ChangeSeverity.Risk : ChangeSeverity.Compatible, null, null, symbol: protection);
        }
    }

    /// <summary>
    /// RPATH or RUNPATH (Mach-O LC_RPATH is "rpath"): a changed list is compatible (the loader looks
    /// elsewhere first); each new entry that looks leaked from the build machine is a risk.
    /// </summary>
    private static void CompareSearchPath(ChangeCollector collector, string which, IReadOnlyList<string>? before, IReadOnlyList<string>? after)
    {
        if ((before ?? []).SequenceEqual(after ?? [], StringComparer.Ordinal))
        {
            return;
        }

        collector.File(ChangeKind.RunPathChanged, ChangeSeverity.Compatible, Joined(before), Joined(after), symbol: which);
        var known = new HashSet<string>(before ?? [], StringComparer.Ordinal);
        foreach (string entry in after ?? [])
        {
            if (known.Add(entry) && BuildPaths.Reason(entry) is { } reason)
            {
                collector.Add(new AbiChange { Kind = ChangeKind.BuildPathLeaked, Severity = ChangeSeverity.Risk, Symbol = entry.Length == 0 ? "(empty)" : entry, Detail = $"{which}: {reason}" });
            }
        }
    }

    private static string? Joined(IReadOnlyList<string>? paths) => paths is { Count: > 0 } ? string.Join(':', paths) : null;

    /// <summary>
    /// Mach-O LC_BUILD_VERSION minos on the same platform: dyld refuses to load an image whose
    /// minimum OS is newer than the running system, so raising it drops support for older systems.
    /// </summary>
    private static void CompareMinOS(SnapshotIdentity a, SnapshotIdentity b, ChangeCollector collector)
    {
        if (a.MinOS is not { } before || b.MinOS is not { } after || a.Platform != b.Platform)
        {
            return;
        }

        int cmp = CompareDottedVersions(before, after);
        if (cmp < 0)
        {
            collector.File(ChangeKind.MinOSRaised, ChangeSeverity.Risk, before, after, symbol: b.Platform);
        }
        else if (cmp > 0)
        {
            collector.File(ChangeKind.MinOSLowered, ChangeSeverity.Compatible, before, after, symbol: b.Platform);
        }
    }
}
