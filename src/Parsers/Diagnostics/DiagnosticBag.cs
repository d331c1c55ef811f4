using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Adds a diagnostic. Its message comes out of the work budget like any name: a file can
    /// make a thousand diagnostics cheaply, so what they cost must grow with the file. A
    /// diagnostic the budget cannot pay for is dropped, as past <see cref="ParseLimits.MaxDiagnostics"/>.
    /// </summary>
    public void Add(Diagnostic diagnostic) => Add(diagnostic, charge: true);

    /// <summary>Whether a diagnostic added now would be kept (the bag is not full); messages are formatted only then.</summary>
    public bool WillKeep => _items.Count < _max && !_overflowed;

    public void Error(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Error, offset, message));

    public void Error(DiagnosticCode code, long? offset, [InterpolatedStringHandlerArgument("")] ref DiagnosticMessage message) => Add(code, DiagnosticSeverity.Error, offset, ref message);

    public void Warning(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Warning, offset, message));

    public void Warning(DiagnosticCode code, long? offset, [InterpolatedStringHandlerArgument("")] ref DiagnosticMessage message) => Add(code, DiagnosticSeverity.Warning, offset, ref message);

    public void Info(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Info, offset, message));

    public void Info(DiagnosticCode code, long? offset, [InterpolatedStringHandlerArgument("")] ref DiagnosticMessage message) => Add(code, DiagnosticSeverity.Info, offset, ref message);

    /// <summary>A warning that a cap of <see cref="ParseLimits"/> (named by <paramref name="cap"/>) stopped reading: the snapshot is partial.</summary>
    public void Limit(DiagnosticCode code, long? offset, string message, string cap)
    {
        // Never refused for want of budget: it is what says the budget (or another cap) ran out.
        Budget.Hit(cap);
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, offset, message), charge: false);
    }

    /// <summary>Reports that the work budget ran out before <paramref name="what"/> was read.</summary>
    public void WorkSpent(long? offset, string what)
        => Limit(DiagnosticCodes.LimitExceeded, offset, $"The work budget for this file ({Budget.WorkTotal} bytes) is spent; {what} not read.", ParseBudget.WorkBudget);

    /// <summary>Adds diagnostics another bag of the same file already paid for (a reader's, copied into its snapshot builder's).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d, charge: false);
        }
    }

    public IReadOnlyList<Diagnostic> ToList() => _items.ToArray();

    private void Add(DiagnosticCode code, DiagnosticSeverity severity, long? offset, ref DiagnosticMessage message)
    {
        if (message.Enabled)
        {
            Add(new Diagnostic(code, severity, offset, message.ToStringAndClear()));
            return;
        }

        // Dropped unformatted (the bag is full); an error still makes the snapshot one with errors.
        HasErrors |= severity == DiagnosticSeverity.Error;
        Overflow();
    }

    private void Add(Diagnostic diagnostic, bool charge)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }

        // Once one was dropped for want of budget, later ones are too (limit reports excepted),
        // so that the marker stays the last word on what is missing.
        if (_items.Count < _max && (!charge || (!_overflowed && Budget.TryTakeString(diagnostic.Message.Length))))
        {
            // Kept messages are bounded; the sites that quote names shorten them first (DiagnosticText).
            _items.Add(diagnostic.Message.Length <= DiagnosticText.MaxMessage ? diagnostic : diagnostic with { Message = string.Concat(diagnostic.Message.AsSpan(0, DiagnosticText.MaxMessage), "…") });
        }
        else
        {
            Overflow();
        }
    }

    /// <summary>The first dropped diagnostic: records the cap and leaves a marker (once).</summary>
    private void Overflow()
    {
        if (_overflowed)
        {
            return;
        }

        _overflowed = true;
        Budget.Hit(_items.Count < _max ? ParseBudget.WorkBudget : nameof(ParseLimits.MaxDiagnostics));
        _items.Add(new Diagnostic(DiagnosticCodes.TooManyDiagnostics, DiagnosticSeverity.Warning, null, _items.Count < _max ? "The work budget is spent; the rest of the diagnostics were dropped." : $"More than {_max} diagnostics; the rest were dropped."));
    }
}
