using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The one load-configuration field a snapshot needs: CHPEMetadataPointer, which marks hybrid
/// ARM64 images. An ARM64EC image says AMD64 in its file header and an ARM64X image says ARM64;
/// only this pointer (IMAGE_LOAD_CONFIG_DIRECTORY64 offset 0xC8, after DynamicValueRelocTable)
/// tells them apart from plain x64 and ARM64 (Microsoft, "Overview of ARM64EC ABI conventions").
/// </summary>
public sealed partial class PEFile
{
    private const int LoadConfigDirectory = 10;
    private const uint ChpeMetadataPointerOffset = 0xC8;

    /// <summary>True when a PE32+ image's load configuration carries CHPE (hybrid) metadata.</summary>
    public bool HasHybridMetadata { get; private set; }

    /// <summary>
    /// The arch string: <c>arm64ec</c> for an AMD64-headed hybrid image, <c>arm64x</c> for an
    /// ARM64-headed one, otherwise the machine's own spelling.
    /// </summary>
    public string? Arch => (Machine, HasHybridMetadata) switch
    {
        (PEMachine.Amd64, true) => PEMachine.Arch(PEMachine.Arm64EC),
        (PEMachine.Arm64, true) => PEMachine.Arch(PEMachine.Arm64X),
        _ => PEMachine.Arch(Machine),
    };

    private bool ReadHybridMetadata()
    {
        var directory = OptionalHeader.Directory(LoadConfigDirectory);
        if (!Is64 || !TryMapDirectory(directory, 4, "load configuration directory", out ulong at))
        {
            return false;
        }

        var reader = new ByteReader(_data.Span);
        // The structure's own Size field says which fields this linker version wrote.
        reader.TryReadUInt32(at, out uint size);
        return size >= ChpeMetadataPointerOffset + 8
            && TryMapRva(directory.VirtualAddress, ChpeMetadataPointerOffset + 8, out _)
            && reader.TryReadUInt64(at + ChpeMetadataPointerOffset, out ulong pointer)
            && pointer != 0;
    }
}
