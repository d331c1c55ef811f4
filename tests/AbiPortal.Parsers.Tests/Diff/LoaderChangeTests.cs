using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>Hardening, static TLS, search paths, SONAME and minimum OS: how a file is loaded, not what it exports.</summary>
public sealed class LoaderChangeTests
{
    private static Snapshot Hardened(SnapshotHardening hardening) => ElfLib("l") with { Hardening = hardening };

    private static readonly SnapshotHardening Full = new()
    {
        Relro = RelroLevel.Full, StackProtector = true, ExecutableStack = false, StaticTls = false, ControlFlow = ["ibt", "shstk"],
    };

    [Fact]
    public void Each_lost_protection_is_a_named_risk()
    {
        var diff = SnapshotDiffer.Compare(Hardened(Full), Hardened(Full with { Relro = RelroLevel.Partial, StackProtector = false, ExecutableStack = true, ControlFlow = [] }));
        Assert.Equal(Verdict.Risk, diff.Verdict);
        Assert.All(diff.Changes, c => Assert.Equal((ChangeKind.ProtectionLost, ChangeSeverity.Risk), (c.Kind, c.Severity)));
        Assert.Equal(["ibt", "nx-stack", "relro", "shstk", "stack-protector"], diff.Changes.Select(c => c.Symbol!).Order(StringComparer.Ordinal));
        var relro = diff.Changes.Single(c => c.Symbol == "relro");
        Assert.Equal(("full", "partial"), (relro.Before, relro.After));

        string text = DiffTextRenderer.Render(diff);
        Assert.Contains("RELRO: full -> partial", text, StringComparison.Ordinal);
        Assert.Contains("stack protector (__stack_chk_fail)", text, StringComparison.Ordinal);
        Assert.Contains("non-executable stack", text, StringComparison.Ordinal);
        Assert.Contains("CET indirect branch tracking (IBT)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gained_protection_is_compatible_and_unknown_facts_are_not_compared()
    {
        var gained = SnapshotDiffer.Compare(Hardened(Full with { ExecutableStack = true }), Hardened(Full));
        var change = Assert.Single(gained.Changes);
        Assert.Equal((ChangeKind.ProtectionGained, "nx-stack", ChangeSeverity.Compatible), (change.Kind, change.Symbol, change.Severity));

        // A snapshot written before hardening was read (null) says nothing was lost.
        Assert.Empty(SnapshotDiffer.Compare(ElfLib("l"), Hardened(Full with { StackProtector = false })).Changes);
        Assert.Empty(SnapshotDiffer.Compare(Hardened(Full with { ControlFlow = null }), Hardened(Full with { ControlFlow = [] })).Changes);
    }

    [Fact]
    public void PE_flags_dropped_are_risks()
    {
        var pe = new SnapshotHardening { Aslr = true, HighEntropyAslr = true, Nx = true, ControlFlow = ["cfg", "shstk"] };
        var diff = SnapshotDiffer.Compare(PELib("x.dll") with { Hardening = pe }, PELib("x.dll") with { Hardening = new SnapshotHardening { Aslr = false, HighEntropyAslr = false, Nx = false, ControlFlow = [] } });
        Assert.Equal(["aslr", "cfg", "high-entropy-aslr", "nx", "shstk"], diff.Changes.Select(c => c.Symbol!).Order(StringComparer.Ordinal));
        Assert.All(diff.Changes, c => Assert.Equal(ChangeSeverity.Risk, c.Severity));
    }

    [Fact]
    public void Static_tls_introduced_is_a_risk_and_removed_is_compatible()
    {
        Assert.Equal((ChangeKind.StaticTlsIntroduced, ChangeSeverity.Risk), One(Full, Full with { StaticTls = true }));
        Assert.Equal((ChangeKind.StaticTlsRemoved, ChangeSeverity.Compatible), One(Full with { StaticTls = true }, Full));

        static (ChangeKind, ChangeSeverity) One(SnapshotHardening a, SnapshotHardening b)
        {
            var c = Assert.Single(SnapshotDiffer.Compare(Hardened(a), Hardened(b)).Changes);
            return (c.Kind, c.Severity);
        }
    }

    [Fact]
    public void Pie_dropped_from_an_executable_is_a_risk()
    {
        var exe = ElfLib("prog") with { Kind = BinaryKind.Executable };
        var diff = SnapshotDiffer.Compare(exe with { Identity = exe.Identity with { Pie = true } }, exe with { Identity = exe.Identity with { Pie = false } });
        Assert.Equal((ChangeKind.ProtectionLost, "pie", ChangeSeverity.Risk), (Assert.Single(diff.Changes).Kind, diff.Changes[0].Symbol, diff.Changes[0].Severity));
    }

    [Fact]
    public void A_changed_runpath_is_compatible_and_a_leaked_build_path_a_risk()
    {
        var old = ElfLib("l") with { Identity = new SnapshotIdentity { Name = "l", RunPaths = ["$ORIGIN"] } };
        var diff = SnapshotDiffer.Compare(old, old with { Identity = old.Identity with { RunPaths = ["$ORIGIN", "/home/ci/proj/build/lib", "/usr/lib/x"] } });
        var changed = Single(diff, ChangeKind.RunPathChanged);
        Assert.Equal(("runpath", "$ORIGIN", "$ORIGIN:/home/ci/proj/build/lib:/usr/lib/x", ChangeSeverity.Compatible), (changed.Symbol, changed.Before, changed.After, changed.Severity));
        var leaked = Single(diff, ChangeKind.BuildPathLeaked);
        Assert.Equal(("/home/ci/proj/build/lib", ChangeSeverity.Risk), (leaked.Symbol, leaked.Severity));
        Assert.Equal("runpath: under /home/: a build machine's folder", leaked.Detail);
    }

    [Theory]
    [InlineData("$ORIGIN/../lib", null)]
    [InlineData("@loader_path/Frameworks", null)]
    [InlineData("/usr/lib/x86_64-linux-gnu/foo", null)]
    [InlineData("/opt/foo/lib", null)]
    [InlineData("", "an empty entry: the working directory")]
    [InlineData("lib", "a relative path: resolved against the working directory")]
    [InlineData("/tmp/tmp.x1/lib", "under /tmp/: a build machine's folder")]
    [InlineData("/srv/proj/_build/src", "a _build folder: a build tree")]
    [InlineData("/srv/proj/.libs", "a .libs folder: a build tree")]
    [InlineData("/srv/proj/cmake-build-release", "a cmake-build-release folder: a build tree")]
    public void Build_paths_are_recognised(string entry, string? reason) => Assert.Equal(reason, BuildPaths.Reason(entry));

    [Fact]
    public void Soname_added_is_compatible_removed_a_risk_changed_incompatible()
    {
        Assert.Equal((ChangeKind.IdentityAdded, ChangeSeverity.Compatible), One(null, "libx.so.1"));
        Assert.Equal((ChangeKind.IdentityRemoved, ChangeSeverity.Risk), One("libx.so.1", null));
        Assert.Equal((ChangeKind.IdentityChanged, ChangeSeverity.Incompatible), One("libx.so.1", "libx.so.2"));

        static (ChangeKind, ChangeSeverity) One(string? a, string? b)
        {
            var c = Assert.Single(SnapshotDiffer.Compare(ElfLib("l") with { Identity = new SnapshotIdentity { Name = a } }, ElfLib("l") with { Identity = new SnapshotIdentity { Name = b } }).Changes);
            return (c.Kind, c.Severity);
        }
    }

    [Fact]
    public void Minimum_os_raised_is_a_risk()
    {
        var lib = MachOLib("@rpath/libx.dylib", "1", "1");
        var diff = SnapshotDiffer.Compare(lib with { Identity = lib.Identity with { Platform = "macos", MinOS = "11.0" } }, lib with { Identity = lib.Identity with { Platform = "macos", MinOS = "13.0" } });
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.MinOSRaised, "macos", "11.0", "13.0", ChangeSeverity.Risk), (change.Kind, change.Symbol, change.Before, change.After, change.Severity));
        Assert.Equal(ChangeKind.MinOSLowered, Assert.Single(SnapshotDiffer.Compare(lib with { Identity = lib.Identity with { Platform = "macos", MinOS = "13.0" } }, lib with { Identity = lib.Identity with { Platform = "macos", MinOS = "11.0" } }).Changes).Kind);
    }

    [Fact]
    public void Gnu_unique_binding_gained_is_a_risk()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Data("_ZZN1a3getEvE1x", 4)), ElfLib("l", Data("_ZZN1a3getEvE1x", 4) with { Binding = SymbolBinding.Unique }));
        Assert.Equal((ChangeKind.BindingChanged, ChangeSeverity.Risk), (Assert.Single(diff.Changes).Kind, diff.Changes[0].Severity));
    }

    [Theory]
    [InlineData("GLIBC_2.34", "not available on Debian 11, Ubuntu 20.04, RHEL 8 or older")]
    [InlineData("GLIBC_2.28", "not available on Debian 9, Ubuntu 18.04, RHEL 7 or older")]
    [InlineData("GLIBC_2.17", null)]
    [InlineData("GLIBC_2.99", "not available on Debian 13, Ubuntu 24.04, RHEL 10 or older")]
    [InlineData("GLIBCXX_3.4.30", "not available on Debian 11, Ubuntu 20.04, RHEL 9 or older")]
    [InlineData("GLIBCXX_3.4.29", "not available on Debian 11, Ubuntu 20.04, RHEL 8 or older")]
    [InlineData("CXXABI_1.3.13", null)]
    [InlineData("LIBFOO_1.0", null)]
    public void Newly_required_versions_name_the_releases_they_exclude(string version, string? expected)
        => Assert.Equal(expected, DistributionBaselines.Describe(version));
}
