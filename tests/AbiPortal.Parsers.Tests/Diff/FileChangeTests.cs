using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class FileChangeTests
{
    [Fact]
    public void Soname_changed_is_breaking_for_elf()
    {
        var change = Assert.Single(SnapshotDiffer.Compare(ElfLib("libfoo.so.1"), ElfLib("libfoo.so.2")).Changes);
        Assert.Equal((ChangeKind.IdentityChanged, "libfoo.so.1", "libfoo.so.2", ChangeSeverity.Incompatible), (change.Kind, change.Before, change.After, change.Severity));
    }

    [Fact]
    public void Pe_export_directory_name_changed_is_info()
        => Assert.Equal(ChangeSeverity.Info, Single(SnapshotDiffer.Compare(PELib("a.dll"), PELib("b.dll")), ChangeKind.IdentityChanged).Severity);

    [Fact]
    public void MachO_compatibility_version_lowered_is_breaking_and_raised_is_compatible()
    {
        Assert.Equal(ChangeSeverity.Incompatible, Single(SnapshotDiffer.Compare(MachOLib("@rpath/libfoo.dylib", "2.0.0", "2.0.0"), MachOLib("@rpath/libfoo.dylib", "2.0.0", "1.10.0")), ChangeKind.CompatibilityVersionLowered).Severity);
        Assert.Equal(ChangeSeverity.Compatible, Single(SnapshotDiffer.Compare(MachOLib("@rpath/libfoo.dylib", "2.0.0", "1.9.0"), MachOLib("@rpath/libfoo.dylib", "2.0.0", "1.10.0")), ChangeKind.CompatibilityVersionRaised).Severity);
    }

    [Fact]
    public void MachO_current_version_changed_is_info()
    {
        var diff = SnapshotDiffer.Compare(MachOLib("@rpath/libfoo.dylib", "1.2.0", "1.0.0"), MachOLib("@rpath/libfoo.dylib", "1.3.0", "1.0.0"));
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.CurrentVersionChanged, "1.2.0", "1.3.0", ChangeSeverity.Info), (change.Kind, change.Before, change.After, change.Severity));
        Assert.Equal(Verdict.None, diff.Verdict);
    }

    [Fact]
    public void Install_name_changed_is_breaking()
        => Assert.Equal(ChangeSeverity.Incompatible, Single(SnapshotDiffer.Compare(MachOLib("/usr/lib/libfoo.1.dylib", "1", "1"), MachOLib("/usr/lib/libfoo.2.dylib", "1", "1")), ChangeKind.IdentityChanged).Severity);

    [Fact]
    public void Dependency_added_and_removed()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6" }, new SnapshotDependency { Name = "libm.so.6" }] },
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6" }, new SnapshotDependency { Name = "libz.so.1" }] });
        Assert.Equal("libz.so.1", Single(diff, ChangeKind.DependencyAdded).Symbol);
        Assert.Equal("libm.so.6", Single(diff, ChangeKind.DependencyRemoved).Symbol);
        Assert.Equal(Verdict.Compatible, diff.Verdict);
    }

    [Fact]
    public void Reexported_dependency_removed_is_breaking()
    {
        var diff = SnapshotDiffer.Compare(
            MachOLib("a", "1", "1") with { Dependencies = [new SnapshotDependency { Name = "/usr/lib/libSub.dylib", Kind = DependencyKind.Reexport }] },
            MachOLib("a", "1", "1"));
        Assert.Equal(ChangeSeverity.Incompatible, Single(diff, ChangeKind.DependencyRemoved).Severity);
    }

    [Fact]
    public void Newly_required_glibc_version_is_a_risk()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.2.5"] }] },
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.2.5", "GLIBC_2.34"] }] });
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.RequiredVersionAdded, "libc.so.6", "GLIBC_2.34", ChangeSeverity.Risk), (change.Kind, change.Symbol, change.Version, change.Severity));
        Assert.Equal("GLIBC_2.2.5", change.Before);

        // Old binaries keep working; the new build no longer loads on older systems.
        Assert.Equal(Verdict.Risk, diff.Verdict);
        Assert.Equal((0, 1), (diff.Summary.Incompatible, diff.Summary.Risk));
    }

    [Fact]
    public void Newly_required_version_below_the_highest_already_required_is_info()
    {
        // glibc versions are cumulative: a library that already needs GLIBC_2.27 loads only where 2.7 exists too.
        var diff = SnapshotDiffer.Compare(
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.2.5", "GLIBC_2.27"] }] },
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.2.5", "GLIBC_2.27", "GLIBC_2.7", "CXXABI_1.3.9"] }] });
        Assert.Equal(ChangeSeverity.Info, diff.Changes.Single(c => c.Version == "GLIBC_2.7").Severity);
        Assert.Equal(ChangeSeverity.Risk, diff.Changes.Single(c => c.Version == "CXXABI_1.3.9").Severity);
    }

    [Fact]
    public void Newly_required_version_the_library_defines_itself_is_info()
    {
        // glibc's libc.so.6 requiring ld.so's GLIBC_2.35, which libc.so.6 itself defines: both ship in one release.
        SnapshotVersionNode[] nodes = [new() { Name = "libc.so.6", IsBase = true, Index = 1 }, new() { Name = "GLIBC_2.35", Index = 2 }];
        var diff = SnapshotDiffer.Compare(
            ElfLib("libc.so.6") with { VersionNodes = nodes, Dependencies = [new SnapshotDependency { Name = "ld-linux-x86-64.so.2", RequiredVersions = ["GLIBC_2.3"] }] },
            ElfLib("libc.so.6") with { VersionNodes = nodes, Dependencies = [new SnapshotDependency { Name = "ld-linux-x86-64.so.2", RequiredVersions = ["GLIBC_2.3", "GLIBC_2.35"] }] });
        var change = Single(diff, ChangeKind.RequiredVersionAdded);
        Assert.Equal(ChangeSeverity.Info, change.Severity);
        Assert.Contains("defines GLIBC_2.35 itself", change.Detail, StringComparison.Ordinal);
        Assert.Equal(Verdict.None, diff.Verdict);
    }

    [Fact]
    public void Required_version_dropped_is_info()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.34"] }] },
            ElfLib("l") with { Dependencies = [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = [] }] });
        Assert.Equal(ChangeSeverity.Info, Single(diff, ChangeKind.RequiredVersionRemoved).Severity);
    }

    [Fact]
    public void Arch_changed_is_breaking()
        => Assert.Equal(ChangeSeverity.Incompatible, Single(SnapshotDiffer.Compare(ElfLib("l"), ElfLib("l") with { Arch = "aarch64" }), ChangeKind.ArchChanged).Severity);
}
