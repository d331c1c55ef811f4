using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Detection;

/// <summary>What a sniffed format becomes in the snapshot model.</summary>
public static class DetectedFormatExtensions
{
    /// <summary>The snapshot <see cref="BinaryFormat"/> of a detected format (regular and /bigobj COFF are both <c>coff</c>; thin archives are archives).</summary>
    public static BinaryFormat ToBinaryFormat(this DetectedFormat format) => format switch
    {
        DetectedFormat.Elf => BinaryFormat.Elf,
        DetectedFormat.PE => BinaryFormat.PE,
        DetectedFormat.Coff or DetectedFormat.CoffBigObj => BinaryFormat.Coff,
        DetectedFormat.CoffImport => BinaryFormat.CoffImport,
        DetectedFormat.MachO => BinaryFormat.MachO,
        DetectedFormat.Fat => BinaryFormat.Fat,
        DetectedFormat.Archive or DetectedFormat.ThinArchive => BinaryFormat.Archive,
        _ => BinaryFormat.Unknown,
    };
}
