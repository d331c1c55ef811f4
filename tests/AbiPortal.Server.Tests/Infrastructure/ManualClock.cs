namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// A clock that stands still until a test moves it (retention: "31 days later" without waiting).
/// Only the time of day is manual; timers and delays still run on real time.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
