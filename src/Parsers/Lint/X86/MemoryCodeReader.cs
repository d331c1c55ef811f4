using Iced.Intel;

namespace AbiPortal.Parsers.Lint.X86;

/// <summary>
/// Feeds Iced's decoder from a copy of one function's bytes (a slice that
/// <see cref="LintImage.TryGetBytes"/> has already range-checked); -1 past its end. The copy
/// matters for speed: reading a memory-mapped file's <see cref="ReadOnlyMemory{T}"/> byte by byte
/// goes through its MemoryManager on every byte.
/// </summary>
internal sealed class MemoryCodeReader : CodeReader
{
    private byte[] _code = new byte[4096];
    private int _length;
    private int _position;

    /// <summary>Starts reading a copy of <paramref name="code"/> at <paramref name="position"/>.</summary>
    public void Reset(ReadOnlyMemory<byte> code, int position)
    {
        if (_code.Length < code.Length)
        {
            _code = new byte[Math.Max(code.Length, _code.Length * 2)];
        }

        code.Span.CopyTo(_code);
        _length = code.Length;
        _position = position;
    }

    /// <summary>Moves to <paramref name="position"/> within the same bytes.</summary>
    public void Seek(int position) => _position = position;

    public override int ReadByte() => (uint)_position < (uint)_length ? _code[_position++] : -1;
}
