using System.Text.Json;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>Reads the inputs of <c>diff</c>, <c>matrix</c> and <c>inspect</c>: a binary, or its snapshot JSON saved with <c>inspect --json</c>, recognised by its first bytes.</summary>
internal static class SnapshotFiles
{
    /// <summary>
    /// True when <paramref name="path"/> starts like JSON: then <paramref name="snapshot"/> is what
    /// it holds, or null with <paramref name="error"/> saying why it is not a snapshot. False for
    /// anything else (a binary, or a file that cannot be opened, which the binary reader reports).
    /// </summary>
    public static bool TryReadJson(string path, out Snapshot? snapshot, out string? error)
    {
        snapshot = null;
        error = null;
        try
        {
            Span<byte> head = stackalloc byte[64];
            int read;
            using (var stream = File.OpenRead(path))
            {
                read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            if (!SnapshotJson.LooksLikeJson(head[..read]))
            {
                return false;
            }

            snapshot = SnapshotJson.Deserialize(File.ReadAllBytes(path));
            return true;
        }
        catch (JsonException ex)
        {
            error = $"not a snapshot JSON file: {ex.Message}";
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A snapshot from snapshot JSON or from a binary; null (with a message) when neither can be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="demangle">Fill the demangled names of a binary (snapshot JSON carries its own).</param>
    /// <param name="stderr">Where the reason goes when the file cannot be read.</param>
    /// <param name="debugInfo">Whether and where to read debug info (default: the binary's own, or a separate file found as gdb finds it).</param>
    public static Snapshot? Load(string path, bool demangle, TextWriter stderr, DebugInfoOptions? debugInfo = null)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"abiportal: {path}: no such file.");
            return null;
        }

        if (TryReadJson(path, out var saved, out string? error))
        {
            if (error is not null)
            {
                stderr.WriteLine($"abiportal: {path}: {error}");
            }

            return saved;
        }

        var snapshot = SnapshotReader.ReadFile(path, new SnapshotReadOptions { ComputeSha256 = false, Demangle = demangle, DebugInfo = debugInfo ?? DebugInfoOptions.Default });
        // A recognised format this build has no reader for would compare as "no exports": an error instead.
        if (snapshot.Format == BinaryFormat.Unknown)
        {
            foreach (var d in snapshot.Diagnostics)
            {
                stderr.WriteLine($"abiportal: {path}: {d.Message}");
            }

            return null;
        }

        return snapshot;
    }
}
