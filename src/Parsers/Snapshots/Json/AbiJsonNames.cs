using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// The property names of the snapshot's <c>abi</c> section (docs/snapshot.md), pre-encoded and
/// shared by the writer and the reader. Names the section shares with the rest of the snapshot
/// (<c>name</c>, <c>kind</c>, <c>size</c>, <c>address</c>, <c>offset</c>, <c>format</c>) are in
/// <see cref="SnapshotJsonNames"/>.
/// </summary>
internal static class AbiJsonNames
{
    public static readonly JsonEncodedText Abi = JsonEncodedText.Encode("abi");

    public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    public static readonly JsonEncodedText Functions = JsonEncodedText.Encode("functions");
    public static readonly JsonEncodedText Variables = JsonEncodedText.Encode("variables");
    public static readonly JsonEncodedText Types = JsonEncodedText.Encode("types");

    public static readonly JsonEncodedText MinVersion = JsonEncodedText.Encode("minVersion");
    public static readonly JsonEncodedText MaxVersion = JsonEncodedText.Encode("maxVersion");
    public static readonly JsonEncodedText Units = JsonEncodedText.Encode("units");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText DebugFile = JsonEncodedText.Encode("debugFile");
    public static readonly JsonEncodedText SupplementaryFile = JsonEncodedText.Encode("supplementaryFile");
    public static readonly JsonEncodedText Partial = JsonEncodedText.Encode("partial");

    public static readonly JsonEncodedText Symbol = JsonEncodedText.Encode("symbol");
    public static readonly JsonEncodedText Return = JsonEncodedText.Encode("return");
    public static readonly JsonEncodedText Parameters = JsonEncodedText.Encode("parameters");
    public static readonly JsonEncodedText Variadic = JsonEncodedText.Encode("variadic");
    public static readonly JsonEncodedText CallingConvention = JsonEncodedText.Encode("callingConvention");
    public static readonly JsonEncodedText NoReturn = JsonEncodedText.Encode("noReturn");
    public static readonly JsonEncodedText Class = JsonEncodedText.Encode("class");
    public static readonly JsonEncodedText VtableIndex = JsonEncodedText.Encode("vtableIndex");
    public static readonly JsonEncodedText DeclFile = JsonEncodedText.Encode("declFile");
    public static readonly JsonEncodedText DeclLine = JsonEncodedText.Encode("declLine");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Artificial = JsonEncodedText.Encode("artificial");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Alignment = JsonEncodedText.Encode("alignment");
    public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    public static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
    public static readonly JsonEncodedText Encoding = JsonEncodedText.Encode("encoding");
    public static readonly JsonEncodedText ContainingType = JsonEncodedText.Encode("containingType");
    public static readonly JsonEncodedText Declaration = JsonEncodedText.Encode("declaration");
    public static readonly JsonEncodedText Fields = JsonEncodedText.Encode("fields");
    public static readonly JsonEncodedText Bases = JsonEncodedText.Encode("bases");
    public static readonly JsonEncodedText VirtualMethods = JsonEncodedText.Encode("virtualMethods");
    public static readonly JsonEncodedText Enumerators = JsonEncodedText.Encode("enumerators");
    public static readonly JsonEncodedText PassedBy = JsonEncodedText.Encode("passedBy");

    public static readonly JsonEncodedText BitOffset = JsonEncodedText.Encode("bitOffset");
    public static readonly JsonEncodedText BitSize = JsonEncodedText.Encode("bitSize");
    public static readonly JsonEncodedText Access = JsonEncodedText.Encode("access");
    public static readonly JsonEncodedText Virtual = JsonEncodedText.Encode("virtual");
    public static readonly JsonEncodedText Pure = JsonEncodedText.Encode("pure");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
}
