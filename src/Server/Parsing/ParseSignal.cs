namespace AbiPortal.Server.Parsing;

/// <summary>
/// Wakes idle workers in this process when an upload queues a job, so parsing starts at once
/// instead of at the next poll. Jobs queued by other processes are found by polling.
/// </summary>
public sealed class ParseSignal
{
    private readonly SemaphoreSlim pulses = new(0, int.MaxValue);

    /// <summary>Something was queued.</summary>
    public void Notify()
    {
        // Bounded so a burst of uploads does not leave thousands of spurious wake-ups behind.
        if (pulses.CurrentCount < 64)
        {
            pulses.Release();
        }
    }

    /// <summary>Waits for a notification or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
        => pulses.WaitAsync(pollInterval, cancellationToken);
}
