namespace AbiPortal.Server.Data.Migrations;

/// <summary>The tables of the initial migration, children before the artifacts they reference.</summary>
internal static class InitialTables
{
    public static IReadOnlyList<string> DropOrder { get; } =
        ["snapshots", "members", "diagnostics", "version_nodes", "dependencies", "imports", "exports", "artifacts"];
}
