using System.Text.Json;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>The identity, the hardening facts and the dependencies: one of each per snapshot, so built with <c>with</c> for brevity.</summary>
internal static partial class SnapshotJsonReader
{
    private static SnapshotIdentity NextIdentity(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return SnapshotIdentity.Empty;
        }

        ExpectStartObject(ref reader);
        var id = SnapshotIdentity.Empty;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { id = id with { Name = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.BuildId.EncodedUtf8Bytes)) { id = id with { BuildId = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.Machine.EncodedUtf8Bytes)) { id = id with { Machine = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.Interpreter.EncodedUtf8Bytes)) { id = id with { Interpreter = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.RPaths.EncodedUtf8Bytes)) { id = id with { RPaths = NextNullableStrings(ref reader) }; }
            else if (reader.ValueTextEquals(N.RunPaths.EncodedUtf8Bytes)) { id = id with { RunPaths = NextNullableStrings(ref reader) }; }
            else if (reader.ValueTextEquals(N.OsAbi.EncodedUtf8Bytes)) { id = id with { OsAbi = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.Pie.EncodedUtf8Bytes)) { id = id with { Pie = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.HasSymbolTable.EncodedUtf8Bytes)) { id = id with { HasSymbolTable = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.CurrentVersion.EncodedUtf8Bytes)) { id = id with { CurrentVersion = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.CompatibilityVersion.EncodedUtf8Bytes)) { id = id with { CompatibilityVersion = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.Platform.EncodedUtf8Bytes)) { id = id with { Platform = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.MinOS.EncodedUtf8Bytes)) { id = id with { MinOS = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.Sdk.EncodedUtf8Bytes)) { id = id with { Sdk = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.PdbPath.EncodedUtf8Bytes)) { id = id with { PdbPath = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.PdbGuid.EncodedUtf8Bytes)) { id = id with { PdbGuid = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.PdbAge.EncodedUtf8Bytes)) { id = id with { PdbAge = NextNullableUInt32(ref reader) }; }
            else if (reader.ValueTextEquals(N.Timestamp.EncodedUtf8Bytes)) { id = id with { Timestamp = NextNullableUInt32(ref reader) }; }
            else if (reader.ValueTextEquals(N.Subsystem.EncodedUtf8Bytes)) { id = id with { Subsystem = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.Characteristics.EncodedUtf8Bytes)) { id = id with { Characteristics = NextNullableStrings(ref reader) }; }
            else if (reader.ValueTextEquals(N.FileVersion.EncodedUtf8Bytes)) { id = id with { FileVersion = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.ProductVersion.EncodedUtf8Bytes)) { id = id with { ProductVersion = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.EntryPoint.EncodedUtf8Bytes)) { id = id with { EntryPoint = NextNullableUInt64(ref reader) }; }
            else { SkipValue(ref reader); }
        }

        return id;
    }

    private static SnapshotHardening? NextHardening(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        var h = new SnapshotHardening();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Relro.EncodedUtf8Bytes)) { h = h with { Relro = NextNullableEnum<RelroLevel>(ref reader) }; }
            else if (reader.ValueTextEquals(N.StackProtector.EncodedUtf8Bytes)) { h = h with { StackProtector = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.ExecutableStack.EncodedUtf8Bytes)) { h = h with { ExecutableStack = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.StaticTls.EncodedUtf8Bytes)) { h = h with { StaticTls = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.ControlFlow.EncodedUtf8Bytes)) { h = h with { ControlFlow = NextNullableStrings(ref reader) }; }
            else if (reader.ValueTextEquals(N.Aslr.EncodedUtf8Bytes)) { h = h with { Aslr = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.HighEntropyAslr.EncodedUtf8Bytes)) { h = h with { HighEntropyAslr = NextNullableBoolean(ref reader) }; }
            else if (reader.ValueTextEquals(N.Nx.EncodedUtf8Bytes)) { h = h with { Nx = NextNullableBoolean(ref reader) }; }
            else { SkipValue(ref reader); }
        }

        return h;
    }

    private static SnapshotDependency ReadDependency(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        string? name = null;
        var dependency = new SnapshotDependency { Name = "" };
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Kind.EncodedUtf8Bytes)) { dependency = dependency with { Kind = NextEnum<DependencyKind>(ref reader) }; }
            else if (reader.ValueTextEquals(N.RequiredVersions.EncodedUtf8Bytes)) { dependency = dependency with { RequiredVersions = NextNullableStrings(ref reader) }; }
            else if (reader.ValueTextEquals(N.CurrentVersion.EncodedUtf8Bytes)) { dependency = dependency with { CurrentVersion = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(N.CompatibilityVersion.EncodedUtf8Bytes)) { dependency = dependency with { CompatibilityVersion = NextString(ref reader) }; }
            else { SkipValue(ref reader); }
        }

        // "name" is required by the model, as for the generated deserializer.
        return dependency with { Name = name ?? throw new JsonException("A dependency has no \"name\".") };
    }
}
