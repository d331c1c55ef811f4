namespace AbiPortal.Parsers.PE;

/// <summary>One section of a PE image or COFF object, from its IMAGE_SECTION_HEADER.</summary>
/// <param name="Name">Section name (long <c>/123</c> names resolved through the string table in objects).</param>
/// <param name="VirtualAddress">RVA of the section in the loaded image (<c>VirtualAddress</c>); 0 in objects.</param>
/// <param name="VirtualSize">Size in memory (<c>VirtualSize</c>).</param>
/// <param name="PointerToRawData">File offset of the section's bytes.</param>
/// <param name="SizeOfRawData">Size of the section's bytes in the file.</param>
/// <param name="Characteristics">IMAGE_SCN_* flags.</param>
public sealed record PESection(string Name, uint VirtualAddress, uint VirtualSize, uint PointerToRawData, uint SizeOfRawData, uint Characteristics)
{
    /// <summary>True when the section holds code (IMAGE_SCN_CNT_CODE or IMAGE_SCN_MEM_EXECUTE).</summary>
    public bool IsCode => (Characteristics & (ImageSectionHeader.CntCode | ImageSectionHeader.MemExecute)) != 0;
}
