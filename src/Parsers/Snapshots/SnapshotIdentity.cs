using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// Who a binary says it is. One record for every format; fields that do not apply stay null.
/// </summary>
public sealed record SnapshotIdentity
{
    public static SnapshotIdentity Empty { get; } = new();

    /// <summary>ELF DT_SONAME, Mach-O LC_ID_DYLIB install name, PE export directory DLL name.</summary>
    public string? Name { get; init; }

    /// <summary>GNU build-id note (hex), Mach-O LC_UUID, PE CodeView GUID+age (as symbol servers key PDBs).</summary>
    public string? BuildId { get; init; }

    /// <summary>Machine name as the format spells it (<c>EM_X86_64</c>, <c>IMAGE_FILE_MACHINE_AMD64</c>, <c>CPU_TYPE_ARM64</c>).</summary>
    public string? Machine { get; init; }

    /// <summary>ELF PT_INTERP.</summary>
    public string? Interpreter { get; init; }

    /// <summary>ELF DT_RPATH entries, Mach-O LC_RPATH entries.</summary>
    [JsonPropertyName("rpaths")]
    public IReadOnlyList<string>? RPaths { get; init; }

    /// <summary>ELF DT_RUNPATH entries.</summary>
    [JsonPropertyName("runpaths")]
    public IReadOnlyList<string>? RunPaths { get; init; }

    /// <summary>ELF OS/ABI (e_ident[EI_OSABI]) name.</summary>
    public string? OsAbi { get; init; }

    /// <summary>Position-independent executable (ELF ET_DYN with DF_1_PIE or an interpreter).</summary>
    public bool? Pie { get; init; }

    /// <summary>Whether a full symbol table (ELF .symtab, Mach-O local symbols) is present; false means stripped.</summary>
    public bool? HasSymbolTable { get; init; }

    /// <summary>Mach-O LC_ID_DYLIB current version, x.y.z.</summary>
    public string? CurrentVersion { get; init; }

    /// <summary>Mach-O LC_ID_DYLIB compatibility version, x.y.z.</summary>
    public string? CompatibilityVersion { get; init; }

    /// <summary>Mach-O platform (<c>macos</c>, <c>ios</c>, ...).</summary>
    public string? Platform { get; init; }

    /// <summary>Mach-O minimum OS version.</summary>
    [JsonPropertyName("minOs")]
    public string? MinOS { get; init; }

    /// <summary>Mach-O SDK version.</summary>
    public string? Sdk { get; init; }

    /// <summary>PE CodeView PDB path.</summary>
    public string? PdbPath { get; init; }

    /// <summary>PE CodeView PDB GUID (registry form, upper case).</summary>
    public string? PdbGuid { get; init; }

    /// <summary>PE CodeView PDB age.</summary>
    public uint? PdbAge { get; init; }

    /// <summary>PE/COFF TimeDateStamp (seconds since 1970, or a reproducible-build hash).</summary>
    public uint? Timestamp { get; init; }

    /// <summary>PE subsystem name (<c>windows-gui</c>, <c>windows-cui</c>, ...).</summary>
    public string? Subsystem { get; init; }

    /// <summary>PE characteristics and DLL characteristics flag names.</summary>
    public IReadOnlyList<string>? Characteristics { get; init; }

    /// <summary>PE version resource FileVersion.</summary>
    public string? FileVersion { get; init; }

    /// <summary>PE version resource ProductVersion.</summary>
    public string? ProductVersion { get; init; }

    /// <summary>Entry point address (ELF e_entry, PE AddressOfEntryPoint RVA, Mach-O LC_MAIN offset).</summary>
    public ulong? EntryPoint { get; init; }
}
