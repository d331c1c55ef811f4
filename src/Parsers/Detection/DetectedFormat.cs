namespace AbiPortal.Parsers.Detection;

/// <summary>What the first bytes of an input say it is.</summary>
public enum DetectedFormat
{
    Unknown,
    Elf,
    PE,
    Coff,
    CoffBigObj,
    CoffImport,
    MachO,
    Fat,
    Archive,
    ThinArchive,
}
