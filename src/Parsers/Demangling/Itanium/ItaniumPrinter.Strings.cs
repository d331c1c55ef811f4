using System.Text;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>A char array initialiser (a string template argument, C++20) printed as a string literal.</summary>
internal ref partial struct ItaniumPrinter
{
    /// <summary>Prints the integer literals of <paramref name="elements"/> as "text"; false (nothing printed) when they are not all bytes.</summary>
    private bool PrintAsString(NodeList elements)
    {
        int start = _out.Length;
        _out.Append('"');
        bool lastWasNumericEscape = false;
        Span<byte> pending = stackalloc byte[4];
        int pendingCount = 0;
        for (int i = 0; i < elements.Count; i++)
        {
            var element = _ctx.At(elements, i);
            if (element.Kind != ItaniumNodeKind.IntegerLiteral || !TryByte(Slice(element), out int value))
            {
                _out.Length = start;
                return false;
            }

            if (value >= 0x80)
            {
                // Bytes of a UTF-8 sequence go out as the character they encode.
                if (pendingCount == pending.Length)
                {
                    FlushUtf8(pending, ref pendingCount);
                }

                pending[pendingCount++] = (byte)value;
                lastWasNumericEscape = false;
                continue;
            }

            FlushUtf8(pending, ref pendingCount);
            // A digit right after a numeric escape would extend it: split the literal.
            if (lastWasNumericEscape && char.IsAsciiHexDigit((char)value))
            {
                _out.Append("\"\"");
            }

            lastWasNumericEscape = false;
            switch (value)
            {
                case 7: _out.Append("\\a"); break;
                case 8: _out.Append("\\b"); break;
                case 9: _out.Append("\\t"); break;
                case 10: _out.Append("\\n"); break;
                case 11: _out.Append("\\v"); break;
                case 12: _out.Append("\\f"); break;
                case 13: _out.Append("\\r"); break;
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case < 7:
                    _out.Append('\\');
                    _out.Append((char)('0' + value));
                    lastWasNumericEscape = true;
                    break;
                case < 32 or 127:
                    _out.Append("\\x");
                    if (value >= 16)
                    {
                        _out.Append(HexUpper(value >> 4));
                    }

                    _out.Append(HexUpper(value & 0xF));
                    lastWasNumericEscape = true;
                    break;
                default:
                    _out.Append((char)value);
                    break;
            }
        }

        FlushUtf8(pending, ref pendingCount);
        _out.Append('"');
        return true;
    }

    private static char HexUpper(int d) => (char)(d < 10 ? '0' + d : 'A' + d - 10);

    private void FlushUtf8(scoped Span<byte> pending, ref int count)
    {
        if (count == 0)
        {
            return;
        }

        Span<char> chars = stackalloc char[8];
        int written = Encoding.UTF8.GetChars(pending.Slice(0, count), chars);
        _out.Append(chars.Slice(0, written));
        count = 0;
    }

    private static bool TryByte(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9' || value > 25)
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= 255;
    }
}
