using System.Globalization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Writes one type's pahole-like layout for <see cref="AbiLayoutFormatter"/>.</summary>
internal sealed partial class AbiLayoutWriter(TextWriter w, AbiTypeIndex index)
{
    /// <summary>Bytes per cache line in pahole's summary (x86-64 and most AArch64 parts).</summary>
    private const int CacheLine = 64;

    /// <summary>Anonymous members nested deeper than this are shown by name, not expanded.</summary>
    private const int MaxInlineDepth = 8;

    public void Write(AbiType type)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union:
                WriteAggregate(type);
                break;
            case AbiTypeKind.Enum:
                WriteEnum(type);
                break;
            case AbiTypeKind.Typedef:
                WriteTypedef(type);
                break;
            default:
                w.Write($"{type.Name}\t/* {Describe(type)} */\n");
                break;
        }
    }

    private void WriteTypedef(AbiType type)
    {
        w.Write($"typedef {AbiDeclarations.Declare(index.NameOf(type.Target), type.Name)};\t/* size: {SizeText(index.SizeOf(type.Id))} */\n");
        var target = index.Resolve(type.Target);
        if (target is not null && target.Kind is AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union or AbiTypeKind.Enum)
        {
            w.Write('\n');
            Write(target);
        }
    }

    private void WriteEnum(AbiType type)
    {
        if (type.Declaration)
        {
            w.Write($"{type.Name};\t/* declaration only: its enumerators are not in the debug info */\n");
            return;
        }

        bool unsigned = index.Resolve(type.Target)?.Encoding?.Contains("unsigned", StringComparison.Ordinal) == true;
        w.Write($"{type.Name} {{\n");
        int width = type.Enumerators.Count == 0 ? 0 : type.Enumerators.Max(e => e.Name.Length);
        foreach (var e in type.Enumerators)
        {
            string value = unsigned ? ((ulong)e.Value).ToString(CultureInfo.InvariantCulture) : e.Value.ToString(CultureInfo.InvariantCulture);
            w.Write($"\t{e.Name.PadRight(width)} = {value},\n");
        }

        string underlying = type.Target is null ? string.Empty : $", underlying type: {index.NameOf(type.Target)}";
        w.Write($"}};\t/* size: {SizeText(type.Size)}{underlying} */\n");
    }

    private string Describe(AbiType type)
    {
        string size = $"size: {SizeText(index.SizeOf(type.Id))}";
        return type.Kind switch
        {
            AbiTypeKind.Base => $"{size}, base type{(type.Encoding is null ? string.Empty : ", " + type.Encoding)}",
            AbiTypeKind.Pointer or AbiTypeKind.Reference or AbiTypeKind.RvalueReference => $"{size}, {EnumNames.Of(type.Kind)} to {index.NameOf(type.Target)}",
            AbiTypeKind.Array => $"{size}, {(type.Count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "unknown number of")} elements of {index.NameOf(type.Target)}",
            AbiTypeKind.Function => $"function type{(type.CallingConvention is null ? string.Empty : ", " + type.CallingConvention)}",
            _ => $"{size}, {EnumNames.Of(type.Kind)}",
        };
    }

    private static string SizeText(ulong? size) => size is { } s ? s.ToString(CultureInfo.InvariantCulture) : "unknown";
}
