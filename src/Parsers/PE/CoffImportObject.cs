using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// A short import member of an import library (PE/COFF spec, "Import Library Format"): a
/// 20-byte IMPORT_OBJECT_HEADER, then the public symbol name and the DLL name, each
/// NUL-terminated (and, for IMPORT_OBJECT_NAME_EXPORTAS, the name to import).
/// </summary>
public sealed class CoffImportObject
{
    private CoffImportObject(ReadOnlyMemory<byte> data, ParseLimits limits)
    {
        var reader = new ByteReader(data.Span);
        if (!ImportObjectHeader.TryRead(reader, out var header) || !reader.TrySubReader(ImportObjectHeader.Size, header.SizeOfData, out var strings))
        {
            throw Fatal(0, "The import header is truncated or its SizeOfData runs past the member.");
        }

        ulong at = 0;
        string symbol = ReadString(strings, ref at, limits, "symbol name");
        string dll = ReadString(strings, ref at, limits, "DLL name");
        string? exportAs = header.NameType == ImportObjectHeader.NameExportAs ? ReadString(strings, ref at, limits, "export name") : null;
        if (header.Type > ImportObjectHeader.TypeConst || header.NameType > ImportObjectHeader.NameExportAs)
        {
            throw new BinaryFormatException(DiagnosticCodes.CoffImportUnknownType, 18, $"Unknown import type {header.Type} or name type {header.NameType}.");
        }

        Machine = header.Machine;
        TimeDateStamp = header.TimeDateStamp;
        SymbolName = symbol;
        DllName = dll;
        Type = header.Type;
        NameType = header.NameType;
        OrdinalOrHint = header.OrdinalOrHint;
        ImportName = NameType switch
        {
            ImportObjectHeader.NameOrdinal => null,
            ImportObjectHeader.NameName => symbol,
            ImportObjectHeader.NameNoPrefix => TrimPrefix(symbol),
            ImportObjectHeader.NameUndecorate => Undecorate(symbol),
            _ => exportAs,
        };
    }

    /// <summary>IMPORT_OBJECT_HEADER.Machine.</summary>
    public ushort Machine { get; }

    /// <summary>IMPORT_OBJECT_HEADER.TimeDateStamp.</summary>
    public uint TimeDateStamp { get; }

    /// <summary>The public symbol the linker sees (<c>_Func@8</c>, <c>?Get@Widget@@QEBAHXZ</c>).</summary>
    public string SymbolName { get; }

    /// <summary>The DLL that exports it.</summary>
    public string DllName { get; }

    /// <summary>IMPORT_OBJECT_CODE (0), _DATA (1) or _CONST (2).</summary>
    public int Type { get; }

    /// <summary>IMPORT_OBJECT_ORDINAL (0), _NAME (1), _NAME_NOPREFIX (2), _NAME_UNDECORATE (3), _NAME_EXPORTAS (4).</summary>
    public int NameType { get; }

    /// <summary>The ordinal when <see cref="NameType"/> is IMPORT_OBJECT_ORDINAL, else the hint.</summary>
    public ushort OrdinalOrHint { get; }

    /// <summary>The name the loader looks up in the DLL, after the name-type rules; null for imports by ordinal.</summary>
    public string? ImportName { get; }

    /// <summary>True for IMPORT_OBJECT_ORDINAL.</summary>
    public bool IsByOrdinal => NameType == ImportObjectHeader.NameOrdinal;

    /// <summary>Reads a member; throws <see cref="BinaryFormatException"/> when it is malformed.</summary>
    public static CoffImportObject Read(ReadOnlyMemory<byte> data, ParseLimits? limits = null) => new(data, limits ?? ParseLimits.Default);

    /// <summary>NAME_NOPREFIX: drop one leading <c>?</c>, <c>@</c> or <c>_</c> (spec, "Import Name Type").</summary>
    internal static string TrimPrefix(string name) => name.Length > 0 && name[0] is '?' or '@' or '_' ? name[1..] : name;

    /// <summary>NAME_UNDECORATE: as NOPREFIX, then cut at the first <c>@</c> (<c>_Func@8</c> → <c>Func</c>).</summary>
    internal static string Undecorate(string name)
    {
        string trimmed = TrimPrefix(name);
        int at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at >= 0 ? trimmed[..at] : trimmed;
    }

    private static string ReadString(ByteReader strings, ref ulong at, ParseLimits limits, string what)
    {
        if (!strings.TryReadCString(at, limits.MaxStringLength, out var bytes) || bytes.IsEmpty)
        {
            throw Fatal((long)(ImportObjectHeader.Size + at), $"The {what} is missing, unterminated or too long.");
        }

        at += (ulong)bytes.Length + 1;
        return TextDecoding.Utf8String(bytes);
    }

    private static BinaryFormatException Fatal(long offset, string message)
        => new(DiagnosticCodes.CoffImportInvalidHeader, offset, message);
}
