using System.Text;

namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>At most 32 bytes of a literal are mangled; some compilers wrote more, so allow four times that.</summary>
    private const int MaxStringBytes = 32 * 4;

    /// <summary>
    /// <c>??_C@_</c> (<c>0</c> narrow | <c>1</c> wchar_t) byte-length CRC <c>@</c> bytes <c>@</c>.
    /// The width of narrow literals (char, char16_t, char32_t) is not mangled; it is guessed from
    /// the null terminators as LLVM does. The terminator itself is not printed; a literal longer
    /// than what was mangled ends in <c>...</c>.
    /// </summary>
    private SymbolNode? ParseStringLiteral()
    {
        if (!Consume("@_") || AtEnd)
        {
            return Fail<SymbolNode>();
        }

        char kind = Take();
        if (kind is not ('0' or '1'))
        {
            return Fail<SymbolNode>();
        }

        bool isWide = kind == '1';
        (ulong byteSize, bool negative) = ParseNumber();
        if (error || negative || byteSize < (isWide ? 2UL : 1UL) || (isWide && byteSize % 2 != 0))
        {
            return Fail<SymbolNode>();
        }

        int crcEnd = text.IndexOf('@', pos);
        if (crcEnd < 0)
        {
            return Fail<SymbolNode>();
        }

        pos = crcEnd + 1;
        if (AtEnd)
        {
            return Fail<SymbolNode>();
        }

        return isWide ? ParseWideStringBytes(byteSize) : ParseNarrowStringBytes(byteSize);
    }

    private SymbolNode? ParseWideStringBytes(ulong byteSize)
    {
        var decoded = new StringBuilder();
        bool truncated = byteSize > 64;
        while (!Consume('@'))
        {
            // More characters than the mangled length allows cannot be a wide literal.
            if (text.Length - pos < 2 || byteSize < 2)
            {
                return Fail<SymbolNode>();
            }

            int high = ParseCharLiteral();
            if (error || AtEnd)
            {
                return Fail<SymbolNode>();
            }

            int low = ParseCharLiteral();
            if (error)
            {
                return null;
            }

            // The last character is the terminator, unless the literal was cut short.
            if (byteSize != 2 || truncated)
            {
                MicrosoftStringEscaper.AppendEscaped(decoded, (uint)((high << 8) | low));
            }

            byteSize -= 2;
        }

        return new EncodedStringLiteralNode("L", decoded.ToString(), truncated);
    }

    private SymbolNode? ParseNarrowStringBytes(ulong byteSize)
    {
        var bytes = new List<byte>();
        while (!Consume('@'))
        {
            if (AtEnd || bytes.Count >= MaxStringBytes)
            {
                return Fail<SymbolNode>();
            }

            bytes.Add((byte)ParseCharLiteral());
            if (error)
            {
                return null;
            }
        }

        bool truncated = byteSize > (ulong)bytes.Count;
        int charBytes = MicrosoftStringEscaper.GuessCharByteSize(bytes, byteSize);
        string prefix = charBytes switch
        {
            1 => "",
            2 => "u",
            _ => "U",
        };
        var decoded = new StringBuilder();
        int count = bytes.Count / charBytes;
        for (int i = 0; i < count; i++)
        {
            uint c = 0;
            for (int b = 0; b < charBytes; b++)
            {
                c |= (uint)bytes[(i * charBytes) + b] << (8 * b);
            }

            if (i + 1 < count || truncated)
            {
                MicrosoftStringEscaper.AppendEscaped(decoded, c);
            }
        }

        return new EncodedStringLiteralNode(prefix, decoded.ToString(), truncated);
    }

    /// <summary>
    /// One byte of a literal: itself, or <c>?</c> then <c>$</c>XY (two hex digits written
    /// <c>A</c>-<c>P</c>), a digit (one of <c>,/\:. \n\t'-</c>), or a letter (0xE1.. / 0xC1..).
    /// </summary>
    private int ParseCharLiteral()
    {
        if (!Consume('?'))
        {
            return Take() & 0xFF;
        }

        if (AtEnd)
        {
            error = true;
            return 0;
        }

        if (Consume('$'))
        {
            if (text.Length - pos < 2 || !IsRebasedHexDigit(text[pos]) || !IsRebasedHexDigit(text[pos + 1]))
            {
                error = true;
                return 0;
            }

            int value = ((text[pos] - 'A') << 4) | (text[pos + 1] - 'A');
            pos += 2;
            return value;
        }

        char c = Take();
        if (char.IsAsciiDigit(c))
        {
            return ",/\\:. \n\t'-"[c - '0'];
        }

        if (c is >= 'a' and <= 'z')
        {
            return 0xE1 + (c - 'a');
        }

        if (c is >= 'A' and <= 'Z')
        {
            return 0xC1 + (c - 'A');
        }

        error = true;
        return 0;
    }

    private static bool IsRebasedHexDigit(char c) => c is >= 'A' and <= 'P';
}
