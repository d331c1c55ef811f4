using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// What one file's parse may still spend, shared by every reader of that file (archive members
/// and fat slices draw on their container's budget): the work budget of <see cref="ParseLimits"/>,
/// the file's rows and diagnostics, and the cancellation token. It also records which caps
/// stopped reading, which makes the snapshot partial.
/// </summary>
/// <remarks>
/// Work is counted in approximate bytes of what the readers build: a name costs its UTF-16 size,
/// an entry <see cref="EntryCost"/>. Loops that build entries call <see cref="TryTakeEntry"/>
/// first, which fails while enough is left for the entry's names (<see cref="TakeString"/>), so
/// they stop cleanly with what they have. <see cref="TakeString"/> itself throws when the budget
/// is overdrawn: a name read outside such a loop cannot run away either, it ends that reader
/// with a fatal GEN0005. The demangling pass runs on several threads, so the counters are
/// updated with interlocked operations.
/// </remarks>
internal sealed class ParseBudget
{
    /// <summary>Work charged per entry (symbol, import, member, version...): about what the model keeps per row.</summary>
    public const int EntryCost = 64;

    /// <summary>The name under which the work budget is recorded in <see cref="Hits"/>.</summary>
    public const string WorkBudget = "work budget";

    /// <summary>Cancellation is checked once per this many entries or ticks.</summary>
    private const int TickInterval = 1024;

    private readonly Lock _gate = new();
    private readonly List<string> _hits = [];
    private readonly long _stringReserve;
    private long _work;
    private long _rows;
    private long _diagnostics;
    private int _ticks;
    private bool _droppedDiagnosticsReported;

    public ParseBudget(ParseLimits limits, long inputLength, CancellationToken cancellationToken = default)
    {
        Limits = limits;
        CancellationToken = cancellationToken;
        InputLength = Math.Max(0, inputLength);
        // Saturating: a 2 GiB input with a large factor must not wrap to a negative budget.
        long perByte = (long)Math.Max(0, limits.MaxWorkPerInputByte);
        long grown = inputLength > 0 && perByte > long.MaxValue / 2 / inputLength ? long.MaxValue / 2 : perByte * Math.Max(0, inputLength);
        WorkTotal = Math.Min(long.MaxValue / 2, Math.Max(0, limits.MaxWorkBase) + grown);
        _work = WorkTotal;
        _rows = limits.MaxRows;
        _diagnostics = limits.MaxDiagnostics;

        // An entry has at most two names (a name and a version, forwarder or imported name), and
        // no name read from the file is longer than the file or MaxStringLength.
        _stringReserve = 2 * StringCost((int)Math.Min(limits.MaxStringLength, Math.Max(0, inputLength)));
    }

    public ParseLimits Limits { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The whole work budget of the file, in bytes.</summary>
    public long WorkTotal { get; }

    /// <summary>The size of the input the budget was made for: caps that grow with the file (debug info) scale from it.</summary>
    public long InputLength { get; }

    /// <summary>True once a cap stopped reading somewhere in the file.</summary>
    public bool IsPartial
    {
        get
        {
            lock (_gate)
            {
                return _hits.Count > 0;
            }
        }
    }

    /// <summary>The caps that stopped reading, in the order they were first hit (<c>MaxRows</c>, <c>work budget</c>...).</summary>
    public IReadOnlyList<string> Hits
    {
        get
        {
            lock (_gate)
            {
                return _hits.ToArray();
            }
        }
    }

    /// <summary>A standalone budget for a reader used on its own (<c>ElfFile.Read</c> and the like).</summary>
    public static ParseBudget For(ParseLimits? limits, long inputLength) => new(limits ?? ParseLimits.Default, inputLength);

    /// <summary>The work a name of <paramref name="length"/> characters costs.</summary>
    public static long StringCost(int length) => 24 + (2L * length);

    /// <summary>Records that <paramref name="cap"/> (a <see cref="ParseLimits"/> property name, or "work budget") stopped reading.</summary>
    public void Hit(string cap)
    {
        lock (_gate)
        {
            if (!_hits.Contains(cap))
            {
                _hits.Add(cap);
            }
        }
    }

    /// <summary>Checks for cancellation every <see cref="TickInterval"/> calls; for loops that walk without building anything.</summary>
    public void Tick()
    {
        if (Interlocked.Increment(ref _ticks) % TickInterval == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// Takes one entry's cost; false (and the work budget recorded as hit) when what is left would
    /// not also cover the entry's names. The caller stops its loop and reports it.
    /// </summary>
    public bool TryTakeEntry()
    {
        Tick();
        if (Interlocked.Read(ref _work) - EntryCost < _stringReserve)
        {
            Hit(WorkBudget);
            return false;
        }

        Interlocked.Add(ref _work, -EntryCost);
        return true;
    }

    /// <summary>Takes a name's cost; throws a fatal GEN0005 when that overdraws the budget (a loop that did not reserve).</summary>
    public void TakeString(int length)
    {
        if (Interlocked.Add(ref _work, -StringCost(length)) < 0)
        {
            Hit(WorkBudget);
            throw new BinaryFormatException(DiagnosticCodes.LimitExceeded, 0, $"The work budget for this file ({WorkTotal} bytes: ParseLimits.MaxWorkBase + MaxWorkPerInputByte x size) is spent.");
        }
    }

    /// <summary>Takes a name's cost if it fits whole; false (and the budget recorded as hit) otherwise. For passes that can stop at any name, such as demangling.</summary>
    public bool TryTakeString(int length)
    {
        long cost = StringCost(length);
        long left = Interlocked.Read(ref _work);
        while (left >= cost)
        {
            long seen = Interlocked.CompareExchange(ref _work, left - cost, left);
            if (seen == left)
            {
                return true;
            }

            left = seen;
        }

        Hit(WorkBudget);
        return false;
    }

    /// <summary>Grants up to <paramref name="wanted"/> rows of <see cref="ParseLimits.MaxRows"/>; fewer (and the cap recorded) when they run out.</summary>
    public int TakeRows(int wanted) => Take(ref _rows, wanted, nameof(ParseLimits.MaxRows));

    /// <summary>Grants up to <paramref name="wanted"/> diagnostics of <see cref="ParseLimits.MaxDiagnostics"/>; fewer (and the cap recorded) when they run out.</summary>
    public int TakeDiagnostics(int wanted) => Take(ref _diagnostics, wanted, nameof(ParseLimits.MaxDiagnostics));

    /// <summary>True the first time only: the file reports dropped diagnostics once, where the dropping began.</summary>
    public bool TryReportDroppedDiagnostics()
    {
        if (_droppedDiagnosticsReported)
        {
            return false;
        }

        _droppedDiagnosticsReported = true;
        return true;
    }

    private int Take(ref long counter, int wanted, string cap)
    {
        if (wanted <= 0)
        {
            return 0;
        }

        int granted = (int)Math.Min(wanted, Math.Max(0, counter));
        counter -= granted;
        if (granted < wanted)
        {
            Hit(cap);
        }

        return granted;
    }
}
