namespace AbiPortal.Parsers.Lint.X86;

/// <summary>The instructions one lint may still decode (<see cref="LintLimits.MaxInstructionsPerFile"/>), shared by the analyzers of every thread.</summary>
internal sealed class InstructionBudget(long instructions)
{
    private long _left = instructions;

    /// <summary>True once the budget has run out.</summary>
    public bool Exhausted => Volatile.Read(ref _left) <= 0;

    /// <summary>Takes one instruction; false when none is left.</summary>
    public bool TryTake() => Interlocked.Decrement(ref _left) >= 0;
}
