using System.Text.Json;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli;

/// <summary>
/// Files the commands accept in place of a binary: snapshot JSON saved with <c>abiportal inspect
/// --json</c>, recognised by its first bytes, so CI can keep snapshots instead of binaries.
/// </summary>
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
}
