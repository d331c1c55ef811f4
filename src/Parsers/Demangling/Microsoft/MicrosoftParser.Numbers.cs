namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// <c>&lt;number&gt; ::= [?] &lt;non-negative integer&gt;</c>: a digit <c>0</c>-<c>9</c>
    /// stands for 1-10; otherwise hex digits written <c>A</c>-<c>P</c>, terminated by <c>@</c>.
    /// </summary>
    private (ulong Value, bool IsNegative) ParseNumber()
    {
        bool negative = Consume('?');
        if (StartsWithDigit)
        {
            return ((ulong)(Take() - '0' + 1), negative);
        }

        ulong value = 0;
        for (int i = pos; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '@')
            {
                pos = i + 1;
                return (value, negative);
            }

            // More than 16 hex digits cannot be a 64-bit number.
            if (c < 'A' || c > 'P' || i - pos >= 16)
            {
                break;
            }

            value = (value << 4) + (ulong)(c - 'A');
        }

        error = true;
        return (0, false);
    }

    private ulong ParseUnsigned()
    {
        (ulong value, bool negative) = ParseNumber();
        if (negative)
        {
            error = true;
        }

        return value;
    }

    /// <summary>
    /// A this-adjustment of a thunk: 32-bit, so MSVC writes -4 as the unsigned 0xFFFFFFFC
    /// (<c>PPPPPPPM@</c>); it is read as a signed 32-bit value.
    /// </summary>
    private int ParseThunkOffset() => unchecked((int)ParseSigned());

    private long ParseSigned()
    {
        (ulong value, bool negative) = ParseNumber();
        if (value > long.MaxValue)
        {
            error = true;
        }

        long signed = (long)value;
        return negative ? -signed : signed;
    }
}
