using System.Security.Cryptography;
using System.Text;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// What pairs a stripped binary with its debug file (the <c>build_ids</c> table), and whether a
/// snapshot already has what a debug file would give it.
/// </summary>
internal static class PairingKeys
{
    /// <summary>The longest key the table stores (<c>build_ids.BuildId</c>).</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// The key of a snapshot: its GNU build id or Mach-O UUID in lower case. A universal file has
    /// one UUID per slice and none of its own, and dsymutil gives a universal binary a universal
    /// dSYM whose slices carry the same UUIDs: both are keyed by their slices' UUIDs, sorted and
    /// joined with '+' (hashed when that is longer than <see cref="MaxLength"/>). Null when any
    /// slice has none.
    /// </summary>
    public static string? Of(Snapshot snapshot)
    {
        if (snapshot.Format != BinaryFormat.Fat)
        {
            return snapshot.Identity.BuildId?.ToLowerInvariant();
        }

        if (snapshot.Members.Count == 0 || snapshot.Members.Any(m => m.Identity.BuildId is null))
        {
            return null;
        }

        string joined = string.Join('+', snapshot.Members.Select(m => m.Identity.BuildId!.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
        return joined.Length <= MaxLength ? joined : "universal-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..40];
    }

    /// <summary>True when the snapshot has an ABI surface: for a universal file, every slice has one.</summary>
    public static bool HasSurface(Snapshot snapshot)
        => snapshot.Format == BinaryFormat.Fat ? snapshot.Members.Count > 0 && snapshot.Members.All(m => m.Abi is not null) : snapshot.Abi is not null;
}
