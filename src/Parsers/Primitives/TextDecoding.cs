using System.Text;

namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// Turns names read from files into strings. Symbol names are bytes, not text: invalid UTF-8 is
/// kept visible as U+FFFD rather than failing the whole table.
/// </summary>
internal static class TextDecoding
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Utf8String(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? string.Empty : Utf8.GetString(bytes);

    /// <summary>A fixed-size field padded with NULs or spaces (ar headers, section names).</summary>
    public static string FixedField(ReadOnlySpan<byte> bytes, bool trimSpaces = false)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            bytes = bytes[..nul];
        }

        var s = Encoding.ASCII.GetString(bytes);
        return trimSpaces ? s.TrimEnd(' ') : s;
    }

    /// <summary>Lower-case hex of the bytes, as build ids are written.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
