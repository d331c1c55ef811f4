using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Matrix;

/// <summary>The operating system and the <c>os-arch</c> label a build gets when its upload has no platform label.</summary>
public static class PlatformLabels
{
    /// <summary>
    /// The operating system a binary is built for, as far as the file says: PE and COFF are
    /// Windows; Mach-O names its platform (<c>LC_BUILD_VERSION</c>, else macOS); ELF names only a
    /// few systems in <c>EI_OSABI</c> (FreeBSD, NetBSD, ...), and <c>none</c>/<c>gnu</c> is read as Linux.
    /// </summary>
    public static string? Os(string? format, string? osAbi, string? machOPlatform) => format switch
    {
        "pe" or "coff" or "coff-import" => "windows",
        "macho" or "fat" => machOPlatform ?? "macos",
        "elf" => osAbi is null or "none" or "gnu" or "arm-aeabi" or "arm" ? "linux" : osAbi,
        _ => null,
    };

    /// <summary>The operating system of a snapshot (an archive's from its first member).</summary>
    public static string? Os(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Format is BinaryFormat.Archive && snapshot.Members.Count > 0)
        {
            return Os(snapshot.Members[0]);
        }

        return Os(EnumNames.Of(snapshot.Format), snapshot.Identity.OsAbi, snapshot.Identity.Platform);
    }

    /// <summary><c>os-arch</c> (<c>linux-x86_64</c>, <c>windows-i386</c>), or what of it is known, or <paramref name="fallback"/>.</summary>
    public static string Derive(string? os, string? arch, string fallback)
        => (os, arch) switch
        {
            (not null, not null) => $"{os}-{arch}",
            (not null, null) => os,
            (null, not null) => arch,
            _ => fallback,
        };
}
