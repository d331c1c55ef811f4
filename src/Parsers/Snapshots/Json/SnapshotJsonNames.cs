using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// The property names of the snapshot JSON contract (docs/snapshot.md), pre-encoded: the writer
/// and the reader share them, so that the two cannot drift apart.
/// </summary>
internal static class SnapshotJsonNames
{
    public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    public static readonly JsonEncodedText Member = JsonEncodedText.Encode("member");
    public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
    public static readonly JsonEncodedText Arch = JsonEncodedText.Encode("arch");
    public static readonly JsonEncodedText Bits = JsonEncodedText.Encode("bits");
    public static readonly JsonEncodedText Endian = JsonEncodedText.Encode("endian");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Identity = JsonEncodedText.Encode("identity");
    public static readonly JsonEncodedText Hardening = JsonEncodedText.Encode("hardening");
    public static readonly JsonEncodedText Dependencies = JsonEncodedText.Encode("dependencies");
    public static readonly JsonEncodedText Exports = JsonEncodedText.Encode("exports");
    public static readonly JsonEncodedText Imports = JsonEncodedText.Encode("imports");
    public static readonly JsonEncodedText Default = JsonEncodedText.Encode("default");
    public static readonly JsonEncodedText VersionNodes = JsonEncodedText.Encode("versionNodes");
    public static readonly JsonEncodedText Members = JsonEncodedText.Encode("members");
    public static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
    public static readonly JsonEncodedText Sha256 = JsonEncodedText.Encode("sha256");

    public static readonly JsonEncodedText BuildId = JsonEncodedText.Encode("buildId");
    public static readonly JsonEncodedText Machine = JsonEncodedText.Encode("machine");
    public static readonly JsonEncodedText Interpreter = JsonEncodedText.Encode("interpreter");
    public static readonly JsonEncodedText RPaths = JsonEncodedText.Encode("rpaths");
    public static readonly JsonEncodedText RunPaths = JsonEncodedText.Encode("runpaths");
    public static readonly JsonEncodedText OsAbi = JsonEncodedText.Encode("osAbi");
    public static readonly JsonEncodedText Pie = JsonEncodedText.Encode("pie");
    public static readonly JsonEncodedText HasSymbolTable = JsonEncodedText.Encode("hasSymbolTable");
    public static readonly JsonEncodedText CurrentVersion = JsonEncodedText.Encode("currentVersion");
    public static readonly JsonEncodedText CompatibilityVersion = JsonEncodedText.Encode("compatibilityVersion");
    public static readonly JsonEncodedText Platform = JsonEncodedText.Encode("platform");
    public static readonly JsonEncodedText MinOS = JsonEncodedText.Encode("minOs");
    public static readonly JsonEncodedText Sdk = JsonEncodedText.Encode("sdk");
    public static readonly JsonEncodedText PdbPath = JsonEncodedText.Encode("pdbPath");
    public static readonly JsonEncodedText PdbGuid = JsonEncodedText.Encode("pdbGuid");
    public static readonly JsonEncodedText PdbAge = JsonEncodedText.Encode("pdbAge");
    public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    public static readonly JsonEncodedText Subsystem = JsonEncodedText.Encode("subsystem");
    public static readonly JsonEncodedText Characteristics = JsonEncodedText.Encode("characteristics");
    public static readonly JsonEncodedText FileVersion = JsonEncodedText.Encode("fileVersion");
    public static readonly JsonEncodedText ProductVersion = JsonEncodedText.Encode("productVersion");
    public static readonly JsonEncodedText EntryPoint = JsonEncodedText.Encode("entryPoint");
    public static readonly JsonEncodedText Relro = JsonEncodedText.Encode("relro");
    public static readonly JsonEncodedText StackProtector = JsonEncodedText.Encode("stackProtector");
    public static readonly JsonEncodedText ExecutableStack = JsonEncodedText.Encode("executableStack");
    public static readonly JsonEncodedText StaticTls = JsonEncodedText.Encode("staticTls");
    public static readonly JsonEncodedText ControlFlow = JsonEncodedText.Encode("controlFlow");
    public static readonly JsonEncodedText Aslr = JsonEncodedText.Encode("aslr");
    public static readonly JsonEncodedText HighEntropyAslr = JsonEncodedText.Encode("highEntropyAslr");
    public static readonly JsonEncodedText Nx = JsonEncodedText.Encode("nx");

    public static readonly JsonEncodedText RequiredVersions = JsonEncodedText.Encode("requiredVersions");

    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText DefaultVersion = JsonEncodedText.Encode("defaultVersion");
    public static readonly JsonEncodedText Demangled = JsonEncodedText.Encode("demangled");
    public static readonly JsonEncodedText Binding = JsonEncodedText.Encode("binding");
    public static readonly JsonEncodedText Visibility = JsonEncodedText.Encode("visibility");
    public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    public static readonly JsonEncodedText Ordinal = JsonEncodedText.Encode("ordinal");
    public static readonly JsonEncodedText Forwarder = JsonEncodedText.Encode("forwarder");
    public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
    public static readonly JsonEncodedText InSymbolTable = JsonEncodedText.Encode("inSymbolTable");
    public static readonly JsonEncodedText Library = JsonEncodedText.Encode("library");
    public static readonly JsonEncodedText ImportedName = JsonEncodedText.Encode("importedName");
    public static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");
    public static readonly JsonEncodedText Hint = JsonEncodedText.Encode("hint");

    public static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
    public static readonly JsonEncodedText IsBase = JsonEncodedText.Encode("isBase");
    public static readonly JsonEncodedText IsWeak = JsonEncodedText.Encode("isWeak");
    public static readonly JsonEncodedText Parents = JsonEncodedText.Encode("parents");

    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    public static readonly JsonEncodedText Offset = JsonEncodedText.Encode("offset");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
}
