using System.Text.Json;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>Reads the inputs of <c>diff</c> and <c>matrix</c>: a binary, or its snapshot JSON saved with <c>inspect --json</c>.</summary>
internal static class SnapshotFiles
{
    /// <summary>A snapshot from snapshot JSON or from a binary; null (with a message) when neither can be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="demangle">Fill the demangled names of a binary (snapshot JSON carries its own).</param>
    /// <param name="stderr">Where the reason goes when the file cannot be read.</param>
    public static Snapshot? Load(string path, bool demangle, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"abiportal: {path}: no such file.");
            return null;
        }

        try
        {
            Span<byte> head = stackalloc byte[64];
            int read;
            using (var stream = File.OpenRead(path))
            {
                read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            if (SnapshotJson.LooksLikeJson(head[..read]))
            {
                return SnapshotJson.Deserialize(File.ReadAllBytes(path));
            }
        }
        catch (JsonException ex)
        {
            stderr.WriteLine($"abiportal: {path}: not a snapshot JSON file: {ex.Message}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"abiportal: {path}: {ex.Message}");
            return null;
        }

        var snapshot = SnapshotReader.ReadFile(path, new SnapshotReadOptions { ComputeSha256 = false, Demangle = demangle });
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
