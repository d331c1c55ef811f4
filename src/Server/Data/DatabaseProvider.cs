namespace AbiPortal.Server.Data;

/// <summary>The database behind the portal.</summary>
public enum DatabaseProvider
{
    /// <summary>A file under the data path (the default; one server process).</summary>
    Sqlite,

    /// <summary>PostgreSQL (set <c>ConnectionStrings:AbiPortal</c>); several server processes may share it.</summary>
    PostgreSql,
}
