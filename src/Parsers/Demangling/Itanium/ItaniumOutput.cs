using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// Where the printer writes: the caller's <see cref="CharBuffer"/>, from the length it had when the
/// printer started, so a demangled name goes straight into the filter's output with no buffer rented,
/// returned or copied per name. It refuses to grow past <see cref="MaxLength"/>, which bounds the memory
/// a hostile name (exponential substitution expansion) can make the printer use; the caller takes the
/// partial text back when the printer fails.
/// </summary>
internal struct ItaniumOutput
{
    /// <summary>The longest demangled name produced (1 MiB of text).</summary>
    public const int MaxLength = 1 << 20;

    private readonly CharBuffer _buffer;
    private readonly int _start;

    public ItaniumOutput(CharBuffer buffer)
    {
        _buffer = buffer;
        _start = buffer.Length;
        Overflowed = false;
    }

    /// <summary>Set once an append would have passed <see cref="MaxLength"/>.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Current length; setting it shorter erases what was printed after that point.</summary>
    public int Length
    {
        readonly get => _buffer.Length - _start;
        set => _buffer.Length = _start + Math.Clamp(value, 0, _buffer.Length - _start);
    }

    /// <summary>The last character, or '\0' when empty.</summary>
    public readonly char Last => _buffer.Length == _start ? '\0' : _buffer.Written[_buffer.Length - 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_buffer.Length - _start >= MaxLength)
        {
            Overflowed = true;
            return;
        }

        _buffer.Append(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength - (_buffer.Length - _start))
        {
            Overflowed = true;
            return;
        }

        _buffer.Append(text);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(string text) => Append(text.AsSpan());

    public void Append(int value)
    {
        Span<char> digits = stackalloc char[12];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        Append(digits.Slice(0, written));
    }
}
