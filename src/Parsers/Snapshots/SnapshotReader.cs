using System.Security.Cryptography;
using AbiPortal.Parsers.Archives;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.MachO;
using AbiPortal.Parsers.PE;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The front door: bytes in, <see cref="Snapshot"/> out, whatever the format. Never throws for
/// malformed input: problems become diagnostics on the snapshot.
/// </summary>
public static class SnapshotReader
{
    /// <summary>Reads a file from disk (memory-mapped when large).</summary>
    public static Snapshot ReadFile(string path, SnapshotReadOptions? options = null)
    {
        options ??= SnapshotReadOptions.Default;
        string name = Path.GetFileName(path);
        BinaryInput input;
        try
        {
            input = BinaryInput.OpenFile(path);
        }
        catch (BinaryFormatException ex)
        {
            return Failed(new SnapshotFile(name, SafeLength(path), null), null, ex.Diagnostic);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(new SnapshotFile(name, 0, null), null, new Diagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, null, ex.Message));
        }

        using (input)
        {
            var snapshot = ReadCore(input.Memory, name, null, options, 0, Path.GetFullPath(path));
            return options.Demangle ? SnapshotDemangling.Apply(snapshot) : snapshot;
        }
    }

    /// <summary>Reads bytes already in memory; <paramref name="name"/> is the file name to record.</summary>
    public static Snapshot Read(ReadOnlyMemory<byte> data, string name, SnapshotReadOptions? options = null)
    {
        options ??= SnapshotReadOptions.Default;
        var snapshot = ReadCore(data, name, null, options, 0, null);
        return options.Demangle ? SnapshotDemangling.Apply(snapshot) : snapshot;
    }

    internal static Snapshot ReadNested(ReadOnlyMemory<byte> data, string memberName, SnapshotReadOptions options, int depth, string? path = null)
        => ReadCore(data, memberName, memberName, options, depth, path);

    /// <summary>Inputs from this size on are hashed on another core while the reader parses.</summary>
    private const int ParallelHashThreshold = 4 << 20;

    private static Snapshot ReadCore(ReadOnlyMemory<byte> data, string name, string? member, SnapshotReadOptions options, int depth, string? path)
    {
        // For a 110 MB library the SHA-256 costs as much as the whole parse, and the two only
        // read the bytes: run them side by side. The hash must finish before returning (even when
        // a reader fails), since the caller unmaps the memory afterwards.
        Task<string>? hashing = options.ComputeSha256 && data.Length >= ParallelHashThreshold ? Task.Run(() => Sha256(data)) : null;
        string? sha = options.ComputeSha256 && hashing is null ? Sha256(data) : null;
        Snapshot snapshot;
        try
        {
            snapshot = ReadFormat(data, new SnapshotFile(name, data.Length, sha), member, options, depth, path);
        }
        finally
        {
            hashing?.Wait();
        }

        return hashing is null ? snapshot : snapshot with { File = snapshot.File with { Sha256 = hashing.Result } };
    }

    private static string Sha256(ReadOnlyMemory<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data.Span));

    private static Snapshot ReadFormat(ReadOnlyMemory<byte> data, SnapshotFile file, string? member, SnapshotReadOptions options, int depth, string? path)
    {
        if (data.IsEmpty)
        {
            return Failed(file, member, new Diagnostic(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Error, 0, "The input is empty."));
        }

        if (depth > options.Limits.MaxNestingDepth)
        {
            return Failed(file, member, new Diagnostic(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, 0, $"Containers nested more than {options.Limits.MaxNestingDepth} deep."));
        }

        var context = new SnapshotContext(file, member, options, depth) { Path = path };
        var format = FormatDetector.Detect(data.Span);
        try
        {
            return format switch
            {
                DetectedFormat.Elf => ElfSnapshotBuilder.Build(data, context),
                DetectedFormat.PE => PESnapshotBuilder.Build(data, context),
                DetectedFormat.Coff or DetectedFormat.CoffBigObj => CoffSnapshotBuilder.Build(data, context),
                DetectedFormat.CoffImport => CoffImportSnapshotBuilder.Build(data, context),
                DetectedFormat.MachO => MachOSnapshotBuilder.Build(data, context),
                DetectedFormat.Fat => FatSnapshotBuilder.Build(data, context),
                DetectedFormat.Archive or DetectedFormat.ThinArchive => ArchiveSnapshotBuilder.Build(data, context),
                _ => Failed(file, member, new Diagnostic(DiagnosticCodes.UnknownFormat, DiagnosticSeverity.Error, 0, "Not a recognised binary format (ELF, PE/COFF, Mach-O or ar archive).")),
            };
        }
        catch (BinaryFormatException ex)
        {
            // Readers throw only for fatal header problems; everything else is a diagnostic already.
            return Failed(file, member, ex.Diagnostic) with { Format = format.ToBinaryFormat() };
        }
    }

    internal static Snapshot Failed(SnapshotFile file, string? member, Diagnostic diagnostic) => new()
    {
        File = file,
        Member = member,
        Format = BinaryFormat.Unknown,
        Kind = BinaryKind.Unknown,
        Diagnostics = [diagnostic],
    };

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
