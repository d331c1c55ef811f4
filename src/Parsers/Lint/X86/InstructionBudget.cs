namespace AbiPortal.Parsers.Lint.X86;

/// <summary>
/// The instructions one lint may still decode (<see cref="LintLimits.MaxInstructionsPerFile"/>),
/// shared by the analyzers of every thread. Analyzers take it in batches so that two threads do
/// not contend for one counter on every instruction.
/// </summary>
internal sealed class InstructionBudget(long instructions)
{
    /// <summary>Instructions an analyzer takes at a time.</summary>
    public const int Batch = 4096;

    private long _left = instructions;

    /// <summary>True once the budget has run out.</summary>
    public bool Exhausted => Volatile.Read(ref _left) <= 0;

    /// <summary>Takes up to <see cref="Batch"/> instructions; returns how many were granted (0 when none is left).</summary>
    public int TakeBatch()
    {
        long after = Interlocked.Add(ref _left, -Batch);
        long granted = Math.Min(Batch, after + Batch);
        return granted <= 0 ? 0 : (int)granted;
    }
}
