using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace AbiPortal.Parsers.Primitives;

/// <summary>Exposes a read-only memory-mapped view as <see cref="Memory{T}"/>.</summary>
internal sealed unsafe class MappedMemoryManager : MemoryManager<byte>
{
    private readonly MemoryMappedViewAccessor _view;
    private readonly int _length;
    private byte* _pointer;

    public MappedMemoryManager(MemoryMappedViewAccessor view, int length)
    {
        _view = view;
        _length = length;
        byte* p = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        // The view may start before the requested offset when the file offset is not page aligned.
        _pointer = p + view.PointerOffset;
    }

    public override Span<byte> GetSpan()
    {
        ObjectDisposedException.ThrowIf(_pointer == null, this);
        return new Span<byte>(_pointer, _length);
    }

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ObjectDisposedException.ThrowIf(_pointer == null, this);
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return new MemoryHandle(_pointer + elementIndex);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (_pointer != null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _pointer = null;
        }

        if (disposing)
        {
            _view.Dispose();
        }
    }
}
