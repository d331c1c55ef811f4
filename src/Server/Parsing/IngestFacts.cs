namespace AbiPortal.Server.Parsing;

/// <summary>What the worker learned about an upload's debug info, stored with its snapshot (table <c>build_ids</c>).</summary>
/// <param name="BuildId">The GNU build id or Mach-O UUID (lower-case hex); null when the file has none (or several: a universal binary).</param>
/// <param name="IsDebugFile">The upload holds only debug info (<c>objcopy --only-keep-debug</c>, a dSYM): shown as a debug file, never as a library.</param>
/// <param name="DebugFileId">The debug-file artifact the snapshot's ABI surface was read from, when it was attached at ingest.</param>
internal sealed record IngestFacts(string? BuildId, bool IsDebugFile, long? DebugFileId)
{
    /// <summary>The <c>kind</c> recorded for a debug file in place of the snapshot's (which says <c>shared-library</c> for a library's debug file).</summary>
    public const string DebugFileKind = "debug-file";
}
