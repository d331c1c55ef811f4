using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// Collects diagnostics during one reader's parse, capped so that a file with a million bad
/// symbols cannot produce a million diagnostics. The cap for the whole file (members included)
/// is applied by <c>SnapshotReader</c> on top of this one; both are
/// <see cref="ParseLimits.MaxDiagnostics"/>. A cap that stops reading is reported through
/// <see cref="Limit"/>, which also records it in the file's <see cref="ParseBudget"/>.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly int _max;
    private bool _overflowed;

    public DiagnosticBag(ParseBudget budget)
    {
        Budget = budget;
        _max = budget.Limits.MaxDiagnostics;
    }

    /// <summary>The budget of the file being read.</summary>
    public ParseBudget Budget { get; }

    public int Count => _items.Count;

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }

        if (_items.Count < _max)
        {
            _items.Add(diagnostic);
        }
        else if (!_overflowed)
        {
            _overflowed = true;
            Budget.Hit(nameof(ParseLimits.MaxDiagnostics));
            _items.Add(new Diagnostic(DiagnosticCodes.TooManyDiagnostics, DiagnosticSeverity.Warning, null, $"More than {_max} diagnostics; the rest were dropped."));
        }
    }

    public void Error(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Error, offset, message));

    public void Warning(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Warning, offset, message));

    public void Info(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Info, offset, message));

    /// <summary>A warning that a cap of <see cref="ParseLimits"/> (named by <paramref name="cap"/>) stopped reading: the snapshot is partial.</summary>
    public void Limit(DiagnosticCode code, long? offset, string message, string cap)
    {
        Budget.Hit(cap);
        Warning(code, offset, message);
    }

    /// <summary>Reports that the work budget ran out before <paramref name="what"/> was read.</summary>
    public void WorkSpent(long? offset, string what)
        => Limit(DiagnosticCodes.LimitExceeded, offset, $"The work budget for this file ({Budget.WorkTotal} bytes) is spent; {what} not read.", ParseBudget.WorkBudget);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public IReadOnlyList<Diagnostic> ToList() => _items.ToArray();
}
