using System.Text;

namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// The text being printed for one demangled name. Back references can make the printed tree a
/// DAG whose text grows exponentially with the input, so the length is capped: once the cap is
/// hit, <see cref="Overflowed"/> is set, nodes stop printing, and the demangling fails.
/// </summary>
internal sealed class MicrosoftOutput
{
    /// <summary>No real symbol demangles to more than this many characters.</summary>
    public const int MaxLength = 1 << 16;

    private readonly StringBuilder text = new();

    /// <summary>True once the text would have grown past <see cref="MaxLength"/>.</summary>
    public bool Overflowed { get; private set; }

    public int Length => text.Length;

    public bool IsEmpty => text.Length == 0;

    /// <summary>The last character, or <c>'\0'</c> when nothing was printed.</summary>
    public char Last => text.Length == 0 ? '\0' : text[^1];

    public MicrosoftOutput Append(string value) => Append(value.AsSpan());

    public MicrosoftOutput Append(ReadOnlySpan<char> value)
    {
        if (!Overflowed && text.Length + value.Length > MaxLength)
        {
            Overflowed = true;
        }

        if (!Overflowed)
        {
            text.Append(value);
        }

        return this;
    }

    public MicrosoftOutput Append(char value) => Append([value]);

    public MicrosoftOutput Append(ulong value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        return Append(digits[..written]);
    }

    public MicrosoftOutput Append(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        return Append(digits[..written]);
    }

    /// <summary>
    /// Prints a space when the text so far ends in a word or a template closer, so that the next
    /// word does not run into it (LLVM's <c>outputSpaceIfNecessary</c>).
    /// </summary>
    public void SpaceIfNecessary()
    {
        char c = Last;
        if (char.IsAsciiLetterOrDigit(c) || c == '>')
        {
            Append(' ');
        }
    }

    public override string ToString() => text.ToString();
}
