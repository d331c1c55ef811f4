using System.Text.Json;
using AbiPortal.Parsers.Diagnostics;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// Exports, imports, version nodes and diagnostics: tens of thousands per snapshot, so each is
/// read into locals and built with one allocation. Properties are tested in the order the writer
/// emits them, so the usual match is among the first tests.
/// </summary>
internal static partial class SnapshotJsonReader
{
    private static SnapshotExport ReadExport(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        string? name = null, version = null, demangled = null, forwarder = null, section = null, library = null, importedName = null;
        bool? defaultVersion = null, inSymbolTable = null;
        SymbolKind kind = default;
        SymbolBinding? binding = null;
        SymbolVisibility? visibility = null;
        ulong? address = null, size = null;
        uint? ordinal = null;
        IReadOnlyList<string> flags = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Version.EncodedUtf8Bytes)) { version = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.DefaultVersion.EncodedUtf8Bytes)) { defaultVersion = NextNullableBoolean(ref reader); }
            else if (reader.ValueTextEquals(N.Demangled.EncodedUtf8Bytes)) { demangled = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Kind.EncodedUtf8Bytes)) { kind = NextEnum<SymbolKind>(ref reader); }
            else if (reader.ValueTextEquals(N.Binding.EncodedUtf8Bytes)) { binding = NextNullableEnum<SymbolBinding>(ref reader); }
            else if (reader.ValueTextEquals(N.Visibility.EncodedUtf8Bytes)) { visibility = NextNullableEnum<SymbolVisibility>(ref reader); }
            else if (reader.ValueTextEquals(N.Address.EncodedUtf8Bytes)) { address = NextNullableUInt64(ref reader); }
            else if (reader.ValueTextEquals(N.Size.EncodedUtf8Bytes)) { size = NextNullableUInt64(ref reader); }
            else if (reader.ValueTextEquals(N.Ordinal.EncodedUtf8Bytes)) { ordinal = NextNullableUInt32(ref reader); }
            else if (reader.ValueTextEquals(N.Forwarder.EncodedUtf8Bytes)) { forwarder = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Section.EncodedUtf8Bytes)) { section = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.InSymbolTable.EncodedUtf8Bytes)) { inSymbolTable = NextNullableBoolean(ref reader); }
            else if (reader.ValueTextEquals(N.Library.EncodedUtf8Bytes)) { library = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.ImportedName.EncodedUtf8Bytes)) { importedName = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Flags.EncodedUtf8Bytes)) { flags = NextStrings(ref reader); }
            else { SkipValue(ref reader); }
        }

        return new SnapshotExport
        {
            Name = name, Version = version, DefaultVersion = defaultVersion, Demangled = demangled, Kind = kind, Binding = binding,
            Visibility = visibility, Address = address, Size = size, Ordinal = ordinal, Forwarder = forwarder, Section = section,
            InSymbolTable = inSymbolTable, Library = library, ImportedName = importedName, Flags = flags,
        };
    }

    private static SnapshotImport ReadImport(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        string? name = null, version = null, library = null, demangled = null, fallback = null;
        SymbolKind kind = default;
        SymbolBinding? binding = null;
        uint? ordinal = null, hint = null;
        IReadOnlyList<string> flags = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Version.EncodedUtf8Bytes)) { version = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Library.EncodedUtf8Bytes)) { library = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Demangled.EncodedUtf8Bytes)) { demangled = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Kind.EncodedUtf8Bytes)) { kind = NextEnum<SymbolKind>(ref reader); }
            else if (reader.ValueTextEquals(N.Binding.EncodedUtf8Bytes)) { binding = NextNullableEnum<SymbolBinding>(ref reader); }
            else if (reader.ValueTextEquals(N.Ordinal.EncodedUtf8Bytes)) { ordinal = NextNullableUInt32(ref reader); }
            else if (reader.ValueTextEquals(N.Hint.EncodedUtf8Bytes)) { hint = NextNullableUInt32(ref reader); }
            else if (reader.ValueTextEquals(N.Default.EncodedUtf8Bytes)) { fallback = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Flags.EncodedUtf8Bytes)) { flags = NextStrings(ref reader); }
            else { SkipValue(ref reader); }
        }

        return new SnapshotImport
        {
            Name = name, Version = version, Library = library, Demangled = demangled, Kind = kind, Binding = binding,
            Ordinal = ordinal, Hint = hint, Default = fallback, Flags = flags,
        };
    }

    private static SnapshotVersionNode ReadVersionNode(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        string? name = null;
        int index = 0;
        bool isBase = false, isWeak = false;
        IReadOnlyList<string> parents = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
            else if (reader.ValueTextEquals(N.Index.EncodedUtf8Bytes)) { index = NextInt32(ref reader); }
            else if (reader.ValueTextEquals(N.IsBase.EncodedUtf8Bytes)) { isBase = NextBoolean(ref reader); }
            else if (reader.ValueTextEquals(N.IsWeak.EncodedUtf8Bytes)) { isWeak = NextBoolean(ref reader); }
            else if (reader.ValueTextEquals(N.Parents.EncodedUtf8Bytes)) { parents = NextStrings(ref reader); }
            else { SkipValue(ref reader); }
        }

        // "name" is required by the model, as for the generated deserializer.
        return new SnapshotVersionNode { Name = name ?? throw new JsonException("A version node has no \"name\"."), Index = index, IsBase = isBase, IsWeak = isWeak, Parents = parents };
    }

    private static Diagnostic ReadDiagnostic(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        DiagnosticCode code = default;
        DiagnosticSeverity severity = default;
        long? offset = null;
        string? message = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Code.EncodedUtf8Bytes))
            {
                string? text = NextString(ref reader);
                code = DiagnosticCode.TryParse(text, out var parsed) ? parsed : throw new JsonException($"'{text}' is not a diagnostic code.");
            }
            else if (reader.ValueTextEquals(N.Severity.EncodedUtf8Bytes)) { severity = NextEnum<DiagnosticSeverity>(ref reader); }
            else if (reader.ValueTextEquals(N.Offset.EncodedUtf8Bytes)) { offset = NextNullableInt64(ref reader); }
            else if (reader.ValueTextEquals(N.Message.EncodedUtf8Bytes)) { message = NextString(ref reader); }
            else { SkipValue(ref reader); }
        }

        // "code" and "message" are required by the model, as for the generated deserializer.
        if (code.Prefix is null || message is null)
        {
            throw new JsonException($"A diagnostic has no \"{(code.Prefix is null ? "code" : "message")}\" (byte {reader.TokenStartIndex}).");
        }

        return new Diagnostic(code, severity, offset, message);
    }
}
