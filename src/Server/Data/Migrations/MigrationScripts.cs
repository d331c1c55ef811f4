using System.Reflection;

namespace AbiPortal.Server.Data.Migrations;

/// <summary>
/// The DDL of each migration, kept as .sql files embedded in the assembly. They are EF's own
/// <c>GenerateCreateScript()</c> output for the model at that migration (EF's design-time package,
/// which would write C# migrations, cannot be restored from our NuGet copy); MigrationTests checks
/// that the latest script still equals the model's DDL.
/// </summary>
internal static class MigrationScripts
{
    /// <summary>Reads <c>Data/Migrations/{provider}/{name}.sql</c>.</summary>
    public static string Read(string provider, string name)
    {
        string resource = $"Migrations/{provider}/{name}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
