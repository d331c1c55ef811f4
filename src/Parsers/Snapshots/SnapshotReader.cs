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
public static partial class SnapshotReader
{
    /// <summary>Reads a file from disk (memory-mapped when large); throws only <see cref="OperationCanceledException"/>, as <see cref="Read"/>.</summary>
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
            return ReadTop(input.Memory, name, options, Path.GetFullPath(path));
        }
    }

    /// <summary>
    /// Reads bytes already in memory; <paramref name="name"/> is the file name to record. Throws
    /// only <see cref="OperationCanceledException"/>, when <see cref="SnapshotReadOptions.CancellationToken"/> is cancelled.
    /// </summary>
    public static Snapshot Read(ReadOnlyMemory<byte> data, string name, SnapshotReadOptions? options = null)
    {
        options ??= SnapshotReadOptions.Default;
        return ReadTop(data, name, options, null);
    }

    /// <summary>A top-level read: one budget for the whole file, demangling, and the partial mark when a cap was hit.</summary>
    private static Snapshot ReadTop(ReadOnlyMemory<byte> data, string name, SnapshotReadOptions options, string? path)
    {
        options.CancellationToken.ThrowIfCancellationRequested();
        var budget = new ParseBudget(options.Limits, data.Length, options.CancellationToken);
        var snapshot = ReadCore(data, name, null, options, budget, 0, path);
        if (options.Demangle)
        {
            snapshot = SnapshotDemangling.Apply(snapshot, budget, options.MaxDegreeOfParallelism);
        }

        return budget.IsPartial ? MarkPartial(snapshot, budget) : snapshot;
    }

    internal static Snapshot ReadNested(ReadOnlyMemory<byte> data, string memberName, SnapshotReadOptions options, ParseBudget budget, int depth, string? path = null)
        => ReadCore(data, memberName, memberName, options, budget, depth, path);

    /// <summary>Inputs from this size on are hashed on another core while the reader parses.</summary>
    private const int ParallelHashThreshold = 4 << 20;

    /// <summary>Hashing checks for cancellation between pieces of this size (a 2 GiB upload hashes for over a second).</summary>
    private const int HashPiece = 16 << 20;

    private static Snapshot ReadCore(ReadOnlyMemory<byte> data, string name, string? member, SnapshotReadOptions options, ParseBudget budget, int depth, string? path)
    {
        // For a 110 MB library the SHA-256 costs as much as the whole parse, and the two only
        // read the bytes: run them side by side when the read may use a second core. The hash
        // must finish before returning (even when a reader fails), since the caller unmaps the
        // memory afterwards.
        bool parallel = options.MaxDegreeOfParallelism is < 0 or > 1 && Environment.ProcessorCount > 1;
        var token = options.CancellationToken;
        Task<string>? hashing = options.ComputeSha256 && parallel && data.Length >= ParallelHashThreshold ? Task.Run(() => Sha256(data, token), token) : null;
        string? sha = options.ComputeSha256 && hashing is null ? Sha256(data, token) : null;
        Snapshot snapshot;
        try
        {
            snapshot = Account(ReadFormat(data, new SnapshotFile(name, data.Length, sha), member, options, budget, depth, path), budget, depth);
        }
        finally
        {
            // WaitAny does not throw: a cancelled hash must not hide the reader's own exception.
            if (hashing is not null)
            {
                Task.WaitAny(hashing);
            }
        }

        return hashing is null ? snapshot : snapshot with { File = snapshot.File with { Sha256 = hashing.GetAwaiter().GetResult() } };
    }

    private static string Sha256(ReadOnlyMemory<byte> data, CancellationToken token)
    {
        // Most inputs (and every archive member of a small archive) fit one piece: one call, no hasher object.
        if (data.Length <= HashPiece)
        {
            return Convert.ToHexStringLower(SHA256.HashData(data.Span));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int at = 0; at < data.Length; at += HashPiece)
        {
            token.ThrowIfCancellationRequested();
            hash.AppendData(data.Span.Slice(at, Math.Min(HashPiece, data.Length - at)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static Snapshot ReadFormat(ReadOnlyMemory<byte> data, SnapshotFile file, string? member, SnapshotReadOptions options, ParseBudget budget, int depth, string? path)
    {
        budget.CancellationToken.ThrowIfCancellationRequested();
        if (data.IsEmpty)
        {
            return Failed(file, member, new Diagnostic(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Error, 0, "The input is empty."));
        }

        if (depth > options.Limits.MaxNestingDepth)
        {
            budget.Hit(nameof(ParseLimits.MaxNestingDepth));
            return Failed(file, member, new Diagnostic(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, 0, $"Containers nested more than {options.Limits.MaxNestingDepth} deep."));
        }

        var context = new SnapshotContext(file, member, options, budget, depth) { Path = path };
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
            // Readers throw only for fatal header problems and an overdrawn work budget; everything else is a diagnostic already.
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
