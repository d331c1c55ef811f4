using Iced.Intel;

namespace AbiPortal.Parsers.Lint.X86;

/// <summary>Feeds Iced's decoder from a slice that <see cref="LintImage.TryGetBytes"/> has already range-checked; -1 past its end.</summary>
internal sealed class MemoryCodeReader : CodeReader
{
    private ReadOnlyMemory<byte> _code;
    private int _position;

    /// <summary>Starts reading <paramref name="code"/> at <paramref name="position"/>.</summary>
    public void Reset(ReadOnlyMemory<byte> code, int position)
    {
        _code = code;
        _position = position;
    }

    /// <summary>Moves to <paramref name="position"/> within the same slice.</summary>
    public void Seek(int position) => _position = position;

    public override int ReadByte() => (uint)_position < (uint)_code.Length ? _code.Span[_position++] : -1;
}
