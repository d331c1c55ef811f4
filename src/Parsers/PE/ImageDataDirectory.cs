namespace AbiPortal.Parsers.PE;

/// <summary>IMAGE_DATA_DIRECTORY: an RVA and a size (PE/COFF spec, "Optional Header Data Directories").</summary>
internal readonly record struct ImageDataDirectory(uint VirtualAddress, uint Size)
{
    public const int EntrySize = 8;

    /// <summary>Indices into the data directory array (IMAGE_DIRECTORY_ENTRY_*).</summary>
    public const int Export = 0, Import = 1, Resource = 2, Debug = 6, DelayImport = 13, ClrRuntime = 14;

    public bool IsEmpty => VirtualAddress == 0 || Size == 0;
}
