using System.Reflection;

namespace AbiPortal.Server.Data.Migrations;

/// <summary>
/// The DDL of each migration, kept as .sql files embedded in the assembly (EF's design-time
/// package, which would write C# migrations, cannot be restored from our NuGet copy). The initial
/// one is EF's own <c>GenerateCreateScript()</c> output for the model then; each later one holds
/// the statements of that output for what it adds, written exactly as EF writes them.
/// MigrationTests applies them all to an empty database and compares the schema that results with
/// the one the current model creates, on both providers. A migration is never edited once merged:
/// a change is a new one.
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
