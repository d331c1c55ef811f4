using System.Text;

namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// The text of a Rust demangling. Back references let a short symbol print a huge tree, so the
/// length is capped (rustc-demangle's limit); printing can also be suppressed, for the parts
/// that are parsed but not shown (an impl's own path, the instantiating crate).
/// </summary>
internal sealed class RustOutput
{
    /// <summary>rustc-demangle's <c>MAX_SIZE</c>.</summary>
    public const int MaxLength = 1_000_000;

    private readonly StringBuilder text = new();

    /// <summary>While positive, nothing is printed.</summary>
    public int Suppressed { get; set; }

    public bool IsPrinting => Suppressed == 0;

    public bool Overflowed { get; private set; }

    /// <summary>Prints <paramref name="value"/>; false once the length cap is exceeded.</summary>
    public bool Print(ReadOnlySpan<char> value)
    {
        if (Suppressed > 0)
        {
            return true;
        }

        if (Overflowed || text.Length + value.Length > MaxLength)
        {
            Overflowed = true;
            return false;
        }

        text.Append(value);
        return true;
    }

    public bool Print(char value) => Print([value]);

    public bool Print(ulong value) => Print(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();
}
