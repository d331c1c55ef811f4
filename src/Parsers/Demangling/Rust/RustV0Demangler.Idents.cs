namespace AbiPortal.Parsers.Demangling.Rust;

internal sealed partial class RustV0Demangler
{
    /// <summary>rustc-demangle decodes Punycode into at most this many characters.</summary>
    private const int SmallPunycodeLength = 128;

    /// <summary>
    /// <c>[u] &lt;decimal-length&gt; [_] &lt;bytes&gt;</c>. With <c>u</c> the bytes are the ASCII
    /// part, <c>_</c>, and Punycode deltas (the last <c>_</c> separates them).
    /// </summary>
    private bool ParseIdent(out RustIdent ident)
    {
        ident = default;
        bool isPunycode = Eat('u');
        if (next >= sym.Length || !char.IsAsciiDigit(sym[next]))
        {
            return false;
        }

        ulong length = (ulong)(sym[next++] - '0');
        if (length != 0)
        {
            while (next < sym.Length && char.IsAsciiDigit(sym[next]))
            {
                length = (length * 10) + (ulong)(sym[next++] - '0');
                if (length > (ulong)sym.Length)
                {
                    return false;
                }
            }
        }

        Eat('_');
        if (length > (ulong)(sym.Length - next))
        {
            return false;
        }

        ReadOnlyMemory<char> text = sym.AsMemory(next, (int)length);
        next += (int)length;
        if (!isPunycode)
        {
            ident = new RustIdent(text, ReadOnlyMemory<char>.Empty);
            return true;
        }

        int separator = text.Span.LastIndexOf('_');
        ident = separator < 0 ? new RustIdent(ReadOnlyMemory<char>.Empty, text) : new RustIdent(text[..separator], text[(separator + 1)..]);
        return ident.Punycode.Length > 0;
    }

    /// <summary>
    /// Prints the decoded identifier. Punycode that does not decode (or decodes to more than
    /// rustc-demangle's small buffer) prints as <c>punycode{ascii-deltas}</c>; LLVM fails instead.
    /// </summary>
    private bool PrintIdent(RustIdent ident)
    {
        if (!output.IsPrinting)
        {
            return true;
        }

        if (ident.Punycode.Length == 0)
        {
            return Print(ident.Ascii.Span);
        }

        int limit = IsLlvm ? RustOutput.MaxLength : SmallPunycodeLength;
        if (RustPunycode.TryDecode(ident.Ascii.Span, ident.Punycode.Span, limit, out string? decoded))
        {
            return Print(decoded);
        }

        if (IsLlvm)
        {
            return false;
        }

        return Print("punycode{") && (ident.Ascii.Length == 0 || (Print(ident.Ascii.Span) && Print("-"))) && Print(ident.Punycode.Span) && Print("}");
    }
}
