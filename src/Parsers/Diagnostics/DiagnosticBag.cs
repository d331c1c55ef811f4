namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// Collects diagnostics during one parse, capped so that a file with a million bad symbols
/// cannot produce a million diagnostics.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly int _max;
    private bool _overflowed;

    public DiagnosticBag(int max = 1000) => _max = max;

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
            _items.Add(new Diagnostic(DiagnosticCodes.TooManyDiagnostics, DiagnosticSeverity.Warning, null, $"More than {_max} diagnostics; the rest were dropped."));
        }
    }

    public void Error(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Error, offset, message));

    public void Warning(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Warning, offset, message));

    public void Info(DiagnosticCode code, long? offset, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Info, offset, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public IReadOnlyList<Diagnostic> ToList() => _items.ToArray();
}
