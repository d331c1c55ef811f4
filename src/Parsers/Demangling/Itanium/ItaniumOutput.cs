using System.Buffers;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// A growable char buffer rented from <see cref="ArrayPool{T}"/>: the printer appends spans to it and
/// the result is copied out once. It refuses to grow past <see cref="MaxLength"/>, which bounds the
/// memory a hostile name (exponential substitution expansion) can make the printer use.
/// </summary>
internal struct ItaniumOutput : IDisposable
{
    /// <summary>The longest demangled name produced (1 MiB of text).</summary>
    public const int MaxLength = 1 << 20;

    private char[] _buffer;
    private int _length;

    public ItaniumOutput(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(capacity);
        _length = 0;
        Overflowed = false;
    }

    /// <summary>Set once an append would have passed <see cref="MaxLength"/>.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Current length; setting it shorter erases what was printed after that point.</summary>
    public int Length
    {
        readonly get => _length;
        set => _length = Math.Clamp(value, 0, _length);
    }

    /// <summary>The last character, or '\0' when empty.</summary>
    public readonly char Last => _length == 0 ? '\0' : _buffer[_length - 1];

    public readonly ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public void Append(char c)
    {
        if (_length == _buffer.Length && !Grow(1))
        {
            return;
        }

        _buffer[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _buffer.Length - _length && !Grow(text.Length))
        {
            return;
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(string text) => Append(text.AsSpan());

    public void Append(int value)
    {
        Span<char> digits = stackalloc char[12];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        Append(digits.Slice(0, written));
    }

    private bool Grow(int needed)
    {
        if (Overflowed || _length + (long)needed > MaxLength)
        {
            Overflowed = true;
            return false;
        }

        int size = (int)Math.Min(Math.Max(_buffer.Length * 2L, _length + (long)needed), MaxLength);
        char[] bigger = ArrayPool<char>.Shared.Rent(size);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
        return true;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
