namespace AbiPortal.Parsers.Dwarf;

/// <summary>Base types: canonical names and DW_AT_encoding words.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>
    /// One spelling per C integer type, whichever compiler wrote it: gcc says <c>long int</c>,
    /// <c>long unsigned int</c>, <c>short int</c>, clang <c>long</c>, <c>unsigned long</c>,
    /// <c>short</c>; both become the shortest form, so ids agree across compilers.
    /// </summary>
    internal static string CanonicalBaseName(string name)
    {
        if (!name.Contains(' '))
        {
            return name;
        }

        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.All(w => w is "unsigned" or "signed" or "short" or "long" or "int" or "char" or "__int128"))
        {
            return name;
        }

        bool unsigned = words.Contains("unsigned");
        int longs = words.Count(w => w == "long");
        string core = words.Contains("char") ? "char"
            : words.Contains("__int128") ? "__int128"
            : words.Contains("short") ? "short"
            : longs == 1 ? "long"
            : longs >= 2 ? "long long"
            : "int";
        if (core == "char")
        {
            return unsigned ? "unsigned char" : words.Contains("signed") ? "signed char" : "char";
        }

        return unsigned ? "unsigned " + core : core;
    }

    /// <summary>DW_AT_encoding in the words of <see cref="Snapshots.AbiType.Encoding"/>.</summary>
    private static string? Encoding(ulong? encoding) => encoding switch
    {
        null => null,
        DwarfConstants.DW_ATE_address => "address",
        DwarfConstants.DW_ATE_boolean => "boolean",
        DwarfConstants.DW_ATE_complex_float => "complex-float",
        DwarfConstants.DW_ATE_float => "float",
        DwarfConstants.DW_ATE_signed => "signed",
        DwarfConstants.DW_ATE_signed_char => "signed-char",
        DwarfConstants.DW_ATE_unsigned => "unsigned",
        DwarfConstants.DW_ATE_unsigned_char => "unsigned-char",
        DwarfConstants.DW_ATE_imaginary_float => "imaginary-float",
        DwarfConstants.DW_ATE_packed_decimal => "packed-decimal",
        DwarfConstants.DW_ATE_numeric_string => "numeric-string",
        DwarfConstants.DW_ATE_edited => "edited",
        DwarfConstants.DW_ATE_signed_fixed => "signed-fixed",
        DwarfConstants.DW_ATE_unsigned_fixed => "unsigned-fixed",
        DwarfConstants.DW_ATE_decimal_float => "decimal-float",
        DwarfConstants.DW_ATE_UTF => "utf",
        DwarfConstants.DW_ATE_UCS => "ucs",
        DwarfConstants.DW_ATE_ASCII => "ascii",
        _ => $"dw_ate_0x{encoding:x}",
    };
}
