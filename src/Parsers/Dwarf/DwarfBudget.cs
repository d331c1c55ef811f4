using System.Diagnostics;
using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The work and time budget of one ABI surface read (<see cref="ParseLimits.MaxDwarfDies"/>,
/// <see cref="ParseLimits.MaxDwarfTime"/>). Every DIE read counts; once either budget runs out
/// the reader stops where it is, reports once, and the surface is marked partial.
/// </summary>
internal sealed class DwarfBudget(ParseLimits limits, long fileLength, DiagnosticBag bag)
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _dies;
    private int _untilClock = 1;

    private const int ClockEvery = 1 << 14;

    public ParseLimits Limits { get; } = limits;

    /// <summary>
    /// DIEs this read may walk: <see cref="ParseLimits.MaxDwarfDies"/>, or fewer for a small file
    /// (a million plus 256 per byte of the file), so that a few compressed kilobytes cannot buy minutes.
    /// </summary>
    public long MaxDies { get; } = Math.Min(limits.MaxDwarfDies, (1L << 20) + (256L * Math.Min(Math.Max(0, fileLength), 1L << 40)));

    /// <summary>
    /// Types the surface may hold: <see cref="ParseLimits.MaxDwarfTypes"/>, or fewer for a small
    /// file (4,096 plus one per two bytes of the file; real surfaces hold one per tens of bytes).
    /// </summary>
    public int MaxTypes { get; } = (int)Math.Min(limits.MaxDwarfTypes, 4096 + (Math.Max(0, fileLength) / 2));

    /// <summary>True once a budget or cap ran out: stop and return what there is.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>True when something was cut short (a budget, a cap, or damage that lost part of the info).</summary>
    public bool Partial { get; set; }

    /// <summary>Counts one DIE; false when the budget is spent.</summary>
    public bool Step()
    {
        if (Exhausted)
        {
            return false;
        }

        if (++_dies > MaxDies)
        {
            Stop(DiagnosticCodes.DwarfDieLimit, $"More than {MaxDies} DIEs read; the ABI surface is partial.");
            return false;
        }

        if (--_untilClock == 0)
        {
            _untilClock = ClockEvery;
            // The job's cancellation (a server's parse timeout) ends the read like any other reader's loop.
            bag.Budget.CancellationToken.ThrowIfCancellationRequested();
            if (Stopwatch.GetElapsedTime(_start) > Limits.MaxDwarfTime)
            {
                Stop(DiagnosticCodes.DwarfTimeLimit, $"Reading the debug info took longer than {Limits.MaxDwarfTime.TotalSeconds:0.#} s; the ABI surface is partial.");
                return false;
            }
        }

        return true;
    }

    /// <summary>Ends the read with a diagnostic (once).</summary>
    public void Stop(DiagnosticCode code, string message)
    {
        if (!Exhausted)
        {
            Exhausted = true;
            Partial = true;
            bag.Warning(code, null, message);
        }
    }
}
