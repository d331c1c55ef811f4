using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Demangling;

/// <summary>
/// A growable, reusable char buffer that demangled text is appended to
/// (<see cref="Demangler.TryDemangle(ReadOnlySpan{char}, DemangleOptions, CharBuffer)"/>). It is a
/// sealed class of this assembly rather than <see cref="System.Buffers.ArrayBufferWriter{T}"/> so that
/// its methods are precompiled (ReadyToRun) with the demanglers and called directly: the generic
/// framework type was JIT-compiled at start-up and reached through an interface on every append.
/// </summary>
public sealed class CharBuffer
{
    private char[] _chars;
    private int _length;

    /// <summary>An empty buffer with room for <paramref name="capacity"/> chars.</summary>
    public CharBuffer(int capacity = 256)
    {
        _chars = new char[Math.Max(16, capacity)];
    }

    /// <summary>Chars written so far; setting it shorter takes back what was written after that point.</summary>
    public int Length
    {
        get => _length;
        set => _length = Math.Clamp(value, 0, _length);
    }

    /// <summary>Chars allocated.</summary>
    public int Capacity => _chars.Length;

    /// <summary>The text written so far.</summary>
    public ReadOnlySpan<char> Written => new(_chars, 0, _length);

    /// <summary>Forgets the text, keeping the capacity.</summary>
    public void Clear() => _length = 0;

    /// <summary>Appends one char.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    /// <summary>Appends <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Grow(text.Length);
        }

        text.CopyTo(new Span<char>(_chars, _length, text.Length));
        _length += text.Length;
    }

    /// <summary>Room for at least <paramref name="size"/> chars after the written text; commit them with <see cref="Advance"/>.</summary>
    public Span<char> GetSpan(int size)
    {
        if (size > _chars.Length - _length)
        {
            Grow(size);
        }

        return new Span<char>(_chars, _length, _chars.Length - _length);
    }

    /// <summary>Marks <paramref name="count"/> chars of the last <see cref="GetSpan"/> as written.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _chars.Length - _length);
        _length += count;
    }

    private void Grow(int needed)
    {
        // Doubling, in long arithmetic so a huge request cannot overflow; Array.MaxLength caps it.
        long size = Math.Min(Math.Max(_chars.Length * 2L, (long)_length + needed), Array.MaxLength);
        if (size < (long)_length + needed)
        {
            throw new OutOfMemoryException("The text does not fit in one array.");
        }

        var bigger = new char[size];
        new ReadOnlySpan<char>(_chars, 0, _length).CopyTo(bigger);
        _chars = bigger;
    }
}
