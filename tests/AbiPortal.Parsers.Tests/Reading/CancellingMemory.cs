using System.Buffers;

namespace AbiPortal.Parsers.Tests.Reading;

/// <summary>
/// Bytes that cancel a token once the readers have asked for their span <c>cancelAt</c> times:
/// a deterministic way to cancel a read in the middle (the readers take the span for every
/// table they walk). With <c>cancelAt</c> 0 it only counts.
/// </summary>
internal sealed class CancellingMemory(byte[] data, CancellationTokenSource source, int cancelAt) : MemoryManager<byte>
{
    /// <summary>How many times the span was taken.</summary>
    public int Spans { get; private set; }

    public override Span<byte> GetSpan()
    {
        if (++Spans == cancelAt)
        {
            source.Cancel();
        }

        return data;
    }

    /// <summary>The readers only take spans; pinning is not needed here.</summary>
    public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
