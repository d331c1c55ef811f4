using System.Diagnostics;
using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The work and time budget of one ABI surface read (<see cref="ParseLimits.MaxDwarfDies"/>,
/// <see cref="ParseLimits.MaxDwarfTime"/>). Every DIE read counts; once either budget runs out
/// the reader stops where it is, reports once, and the surface is marked partial.
/// </summary>
internal sealed class DwarfBudget(ParseLimits limits, DiagnosticBag bag)
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _dies;
    private int _untilClock = 1;

    private const int ClockEvery = 1 << 14;

    public ParseLimits Limits { get; } = limits;

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

        if (++_dies > Limits.MaxDwarfDies)
        {
            Stop(DiagnosticCodes.DwarfDieLimit, $"More than {Limits.MaxDwarfDies} DIEs read; the ABI surface is partial.");
            return false;
        }

        if (--_untilClock == 0)
        {
            _untilClock = ClockEvery;
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
