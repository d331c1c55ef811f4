using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace AbiPortal.Server.Data;

/// <summary>
/// Makes EF Core 10's SQLite provider run on SQLitePCLRaw 2.0.6, the only version our NuGet copy
/// serves (../shared/reference/platform.md). Microsoft.Data.Sqlite 10 is compiled against
/// SQLitePCLRaw.core 2.1.x, so the loader asks for that version and fails; this hands it the 2.0.6
/// assembly from the application folder instead. The one API 2.0.6 lacks,
/// <c>sqlite3_load_extension</c>, is never called (no <c>SqliteConnection.LoadExtension</c>).
/// </summary>
internal static class SqliteNativeShim
{
    private static int initialized;

    /// <summary>Runs when the server assembly loads, before any SQLite use, in every entry point (host, tests, tools).</summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        if (Interlocked.Exchange(ref initialized, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += ResolveSqlitePclRaw;
        SQLitePCL.Batteries_V2.Init();
    }

    /// <summary>Whether the shim has run (asserted by a test).</summary>
    internal static bool IsInitialized => Volatile.Read(ref initialized) == 1;

    private static Assembly? ResolveSqlitePclRaw(AssemblyLoadContext context, AssemblyName name)
    {
        // Only the SQLitePCLRaw family, and only from our own folder: any other miss stays a miss.
        if (name.Name is null || !name.Name.StartsWith("SQLitePCLRaw.", StringComparison.Ordinal))
        {
            return null;
        }

        string path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
