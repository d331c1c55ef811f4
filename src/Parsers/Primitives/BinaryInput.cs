using System.IO.MemoryMappedFiles;

namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// The bytes of one input file. Large files are memory-mapped, so a 110 MB library costs page
/// faults for the parts we read, not a 110 MB array; small files are read into memory.
/// </summary>
public sealed class BinaryInput : IDisposable
{
    /// <summary>Files below this size are read whole; mapping costs more than it saves for them.</summary>
    private const long MapThreshold = 1 << 20;

    private readonly MemoryMappedFile? _map;
    private readonly MappedMemoryManager? _manager;

    private BinaryInput(ReadOnlyMemory<byte> memory, MemoryMappedFile? map, MappedMemoryManager? manager)
    {
        Memory = memory;
        _map = map;
        _manager = manager;
    }

    /// <summary>The file's bytes; valid until the input is disposed.</summary>
    public ReadOnlyMemory<byte> Memory { get; }

    /// <summary>Number of bytes.</summary>
    public long Length => Memory.Length;

    /// <summary>Wraps bytes already in memory.</summary>
    public static BinaryInput FromMemory(ReadOnlyMemory<byte> memory) => new(memory, null, null);

    /// <summary>
    /// Opens a file read-only. Throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> for files that cannot be opened, and
    /// <see cref="Diagnostics.BinaryFormatException"/> for files too large to address as one span (2 GiB).
    /// </summary>
    public static BinaryInput OpenFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        long length = stream.Length;
        if (length > int.MaxValue)
        {
            throw new Diagnostics.BinaryFormatException(new Diagnostics.Diagnostic(
                Diagnostics.DiagnosticCodes.InputTooLarge, Diagnostics.DiagnosticSeverity.Error, 0,
                $"File is {length} bytes; the largest supported input is {int.MaxValue} bytes."));
        }

        if (length < MapThreshold)
        {
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return new BinaryInput(bytes, null, null);
        }

        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        try
        {
            var manager = new MappedMemoryManager(map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), (int)length);
            return new BinaryInput(manager.Memory, map, manager);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        ((IDisposable?)_manager)?.Dispose();
        _map?.Dispose();
    }
}
