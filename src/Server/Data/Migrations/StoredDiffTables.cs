namespace AbiPortal.Server.Data.Migrations;

/// <summary>The tables of the stored-diffs migration, children before the diffs they reference.</summary>
internal static class StoredDiffTables
{
    public static IReadOnlyList<string> DropOrder { get; } = ["diff_symbols", "diff_changes", "diff_counts", "diffs"];
}
