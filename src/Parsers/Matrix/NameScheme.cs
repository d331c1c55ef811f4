using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Matrix;

/// <summary>How a platform decorates the names it exports, which decides what the normalizer takes off.</summary>
public enum NameScheme
{
    /// <summary>ELF, and PE/COFF other than 32-bit x86: names as written in the source (ELF versions are kept apart by the reader).</summary>
    Plain,

    /// <summary>Mach-O: every C name carries a leading underscore (<c>_tally_add</c>, <c>__ZN...</c>), which dlsym adds itself.</summary>
    MachO,

    /// <summary>
    /// A 32-bit x86 PE image's export table: <c>__stdcall</c> names as <c>_name@N</c> (MSVC) or
    /// <c>name@N</c> (mingw-w64 without <c>--kill-at</c>), <c>__fastcall</c> as <c>@name@N</c>;
    /// <c>__cdecl</c> names plain.
    /// </summary>
    Windows32,

    /// <summary>
    /// 32-bit x86 COFF objects, static and import libraries: the link names, where a
    /// <c>__cdecl</c> C name also carries a leading underscore (<c>_tally_version</c>).
    /// </summary>
    Coff32,
}

/// <summary>Which <see cref="NameScheme"/> a snapshot's names follow.</summary>
public static class NameSchemes
{
    /// <summary>The scheme of a file (or member) of this format and architecture.</summary>
    public static NameScheme Of(BinaryFormat format, string? arch) => format switch
    {
        BinaryFormat.MachO or BinaryFormat.Fat => NameScheme.MachO,
        BinaryFormat.PE when arch == "i386" => NameScheme.Windows32,
        BinaryFormat.Coff or BinaryFormat.CoffImport when arch == "i386" => NameScheme.Coff32,
        _ => NameScheme.Plain,
    };

    /// <summary>The scheme from the format word the snapshot JSON and the server use (<c>elf</c>, <c>pe</c>, <c>macho</c>, ...).</summary>
    public static NameScheme Of(string? format, string? arch)
        => EnumNames.TryParse(format, out BinaryFormat parsed) ? Of(parsed, arch) : NameScheme.Plain;
}
