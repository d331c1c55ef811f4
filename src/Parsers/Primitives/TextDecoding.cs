using System.Text;

namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// Turns names read from files into strings. Symbol names are bytes, not text: invalid UTF-8 is
/// kept visible as U+FFFD rather than failing the whole table.
/// </summary>
internal static class TextDecoding
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Names up to this many bytes are decoded through a buffer on the stack.</summary>
    private const int StackBuffer = 512;

    /// <summary>
    /// Decodes a name. Valid UTF-8 (nearly every name) goes straight to a string; invalid bytes
    /// become U+FFFD through <see cref="System.Text.Unicode.Utf8.ToUtf16"/>, which, unlike the
    /// encoding's fallback, allocates nothing per invalid sequence: garbage names in a hostile
    /// file cost the string and no more (the fallback allocated about 16 bytes per bad byte).
    /// </summary>
    public static string Utf8String(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Utf8.GetString(bytes);
        }

        // Each byte yields at most one UTF-16 unit (a 4-byte sequence yields two), so the
        // output never needs more units than there are bytes.
        char[]? rented = bytes.Length > StackBuffer ? System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length) : null;
        Span<char> buffer = rented ?? stackalloc char[StackBuffer];
        System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: true);
        string result = new(buffer[..written]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

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
