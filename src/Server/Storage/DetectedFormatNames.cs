using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Storage;

/// <summary>The snapshot JSON's format word for a sniffed format, shown until the parse says more.</summary>
internal static class DetectedFormatNames
{
    public static string Of(DetectedFormat format) => EnumNames.Of(format switch
    {
        DetectedFormat.Elf => BinaryFormat.Elf,
        DetectedFormat.PE => BinaryFormat.PE,
        DetectedFormat.Coff or DetectedFormat.CoffBigObj => BinaryFormat.Coff,
        DetectedFormat.CoffImport => BinaryFormat.CoffImport,
        DetectedFormat.MachO => BinaryFormat.MachO,
        DetectedFormat.Fat => BinaryFormat.Fat,
        DetectedFormat.Archive or DetectedFormat.ThinArchive => BinaryFormat.Archive,
        _ => BinaryFormat.Unknown,
    });
}
