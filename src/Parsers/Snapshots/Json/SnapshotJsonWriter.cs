using System.Text.Json;
using AbiPortal.Parsers.Diagnostics;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// Writes a <see cref="Snapshot"/> as the JSON contract (docs/snapshot.md), byte for byte what
/// System.Text.Json's source-generated serializer writes for the model (the tests keep that
/// context and compare every fixture): the same property order (declaration order), the same
/// nulls, the same escaping (both use the default <c>JavaScriptEncoder</c>). Written by hand because a 44,000-export snapshot is 20 MB of JSON:
/// pre-encoded names and straight-line code, compiled ahead of time by ReadyToRun, cost a fraction
/// of the generic metadata-driven path, whose converters are compiled at run time.
/// </summary>
internal static partial class SnapshotJsonWriter
{
    /// <summary>Pending bytes after which the writer hands its buffer to the stream, so that the whole document is never held in memory.</summary>
    private const int FlushThreshold = 1 << 16;

    public static void Write(Utf8JsonWriter writer, Snapshot snapshot)
    {
        writer.WriteStartObject();
        writer.WriteNumber(N.SchemaVersion, snapshot.SchemaVersion);
        if (snapshot.Member is not null)
        {
            // [JsonIgnore(WhenWritingNull)]: absent at top level.
            writer.WriteString(N.Member, snapshot.Member);
        }

        WriteFile(writer, snapshot.File);
        JsonEnumText<BinaryFormat>.Write(writer, N.Format, snapshot.Format);
        writer.WriteString(N.Arch, snapshot.Arch);
        WriteNumber(writer, N.Bits, snapshot.Bits);
        WriteEnum(writer, N.Endian, snapshot.Endian);
        JsonEnumText<BinaryKind>.Write(writer, N.Kind, snapshot.Kind);
        WriteIdentity(writer, snapshot.Identity);
        WriteHardening(writer, snapshot.Hardening);
        WriteList(writer, N.Dependencies, snapshot.Dependencies, WriteDependency);
        WriteList(writer, N.Exports, snapshot.Exports, WriteExport);
        WriteList(writer, N.Imports, snapshot.Imports, WriteImport);
        WriteList(writer, N.VersionNodes, snapshot.VersionNodes, WriteVersionNode);
        WriteList(writer, N.Members, snapshot.Members, Write);
        WriteList(writer, N.Diagnostics, snapshot.Diagnostics, WriteDiagnostic);
        writer.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter writer, SnapshotFile? file)
    {
        if (file is null)
        {
            writer.WriteNull(N.File);
            return;
        }

        writer.WriteStartObject(N.File);
        writer.WriteString(N.Name, file.Name);
        writer.WriteNumber(N.Size, file.Size);
        writer.WriteString(N.Sha256, file.Sha256);
        writer.WriteEndObject();
    }

    private static void WriteIdentity(Utf8JsonWriter writer, SnapshotIdentity? identity)
    {
        if (identity is null)
        {
            writer.WriteNull(N.Identity);
            return;
        }

        writer.WriteStartObject(N.Identity);
        writer.WriteString(N.Name, identity.Name);
        writer.WriteString(N.BuildId, identity.BuildId);
        writer.WriteString(N.Machine, identity.Machine);
        writer.WriteString(N.Interpreter, identity.Interpreter);
        WriteStrings(writer, N.RPaths, identity.RPaths);
        WriteStrings(writer, N.RunPaths, identity.RunPaths);
        writer.WriteString(N.OsAbi, identity.OsAbi);
        WriteBoolean(writer, N.Pie, identity.Pie);
        WriteBoolean(writer, N.HasSymbolTable, identity.HasSymbolTable);
        writer.WriteString(N.CurrentVersion, identity.CurrentVersion);
        writer.WriteString(N.CompatibilityVersion, identity.CompatibilityVersion);
        writer.WriteString(N.Platform, identity.Platform);
        writer.WriteString(N.MinOS, identity.MinOS);
        writer.WriteString(N.Sdk, identity.Sdk);
        writer.WriteString(N.PdbPath, identity.PdbPath);
        writer.WriteString(N.PdbGuid, identity.PdbGuid);
        WriteNumber(writer, N.PdbAge, identity.PdbAge);
        WriteNumber(writer, N.Timestamp, identity.Timestamp);
        writer.WriteString(N.Subsystem, identity.Subsystem);
        WriteStrings(writer, N.Characteristics, identity.Characteristics);
        writer.WriteString(N.FileVersion, identity.FileVersion);
        writer.WriteString(N.ProductVersion, identity.ProductVersion);
        WriteNumber(writer, N.EntryPoint, identity.EntryPoint);
        writer.WriteEndObject();
    }

    private static void WriteHardening(Utf8JsonWriter writer, SnapshotHardening? hardening)
    {
        if (hardening is null)
        {
            writer.WriteNull(N.Hardening);
            return;
        }

        writer.WriteStartObject(N.Hardening);
        WriteEnum(writer, N.Relro, hardening.Relro);
        WriteBoolean(writer, N.StackProtector, hardening.StackProtector);
        WriteBoolean(writer, N.ExecutableStack, hardening.ExecutableStack);
        WriteBoolean(writer, N.StaticTls, hardening.StaticTls);
        WriteStrings(writer, N.ControlFlow, hardening.ControlFlow);
        WriteBoolean(writer, N.Aslr, hardening.Aslr);
        WriteBoolean(writer, N.HighEntropyAslr, hardening.HighEntropyAslr);
        WriteBoolean(writer, N.Nx, hardening.Nx);
        writer.WriteEndObject();
    }

    private static void WriteDependency(Utf8JsonWriter writer, SnapshotDependency dependency)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, dependency.Name);
        JsonEnumText<DependencyKind>.Write(writer, N.Kind, dependency.Kind);
        WriteStrings(writer, N.RequiredVersions, dependency.RequiredVersions);
        writer.WriteString(N.CurrentVersion, dependency.CurrentVersion);
        writer.WriteString(N.CompatibilityVersion, dependency.CompatibilityVersion);
        writer.WriteEndObject();
    }

    private static void WriteExport(Utf8JsonWriter writer, SnapshotExport export)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, export.Name);
        writer.WriteString(N.Version, export.Version);
        WriteBoolean(writer, N.DefaultVersion, export.DefaultVersion);
        writer.WriteString(N.Demangled, export.Demangled);
        JsonEnumText<SymbolKind>.Write(writer, N.Kind, export.Kind);
        WriteEnum(writer, N.Binding, export.Binding);
        WriteEnum(writer, N.Visibility, export.Visibility);
        WriteNumber(writer, N.Address, export.Address);
        WriteNumber(writer, N.Size, export.Size);
        WriteNumber(writer, N.Ordinal, export.Ordinal);
        writer.WriteString(N.Forwarder, export.Forwarder);
        writer.WriteString(N.Section, export.Section);
        WriteBoolean(writer, N.InSymbolTable, export.InSymbolTable);
        writer.WriteString(N.Library, export.Library);
        writer.WriteString(N.ImportedName, export.ImportedName);
        WriteStrings(writer, N.Flags, export.Flags);
        writer.WriteEndObject();
    }

    private static void WriteImport(Utf8JsonWriter writer, SnapshotImport import)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, import.Name);
        writer.WriteString(N.Version, import.Version);
        writer.WriteString(N.Library, import.Library);
        writer.WriteString(N.Demangled, import.Demangled);
        JsonEnumText<SymbolKind>.Write(writer, N.Kind, import.Kind);
        WriteEnum(writer, N.Binding, import.Binding);
        WriteNumber(writer, N.Ordinal, import.Ordinal);
        WriteNumber(writer, N.Hint, import.Hint);
        if (import.Default is not null)
        {
            // [JsonIgnore(WhenWritingNull)]: only COFF weak aliases have one.
            writer.WriteString(N.Default, import.Default);
        }

        WriteStrings(writer, N.Flags, import.Flags);
        writer.WriteEndObject();
    }

    private static void WriteVersionNode(Utf8JsonWriter writer, SnapshotVersionNode node)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, node.Name);
        writer.WriteNumber(N.Index, node.Index);
        writer.WriteBoolean(N.IsBase, node.IsBase);
        writer.WriteBoolean(N.IsWeak, node.IsWeak);
        WriteStrings(writer, N.Parents, node.Parents);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Code, diagnostic.Code.ToString());
        JsonEnumText<DiagnosticSeverity>.Write(writer, N.Severity, diagnostic.Severity);
        WriteNumber(writer, N.Offset, diagnostic.Offset);
        writer.WriteString(N.Message, diagnostic.Message);
        writer.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            write(writer, items[i]);
            if (writer.BytesPending >= FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            writer.WriteStringValue(items[i]);
        }

        writer.WriteEndArray();
    }
}
