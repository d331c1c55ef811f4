using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>Collects the changes of one diff; <see cref="Member"/> labels those found inside a member.</summary>
internal sealed class ChangeCollector
{
    public List<AbiChange> Changes { get; } = [];

    /// <summary>What the diff could not check (<see cref="AbiDiff.Notes"/>).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Demangles names the snapshots left undemangled (<see cref="DiffOptions.Demangle"/>); null for none.</summary>
    public Func<string, string?>? Demangle { get; init; }

    /// <summary><see cref="DiffOptions.MaxListedExports"/>.</summary>
    public int MaxListedExports { get; init; } = 20_000;

    /// <summary>The member or slice being compared; null at top level.</summary>
    public string? Member { get; set; }

    /// <summary>Bytes per pointer in the files being compared (a vtable slot); 8 when unknown.</summary>
    public int PointerSize { get; set; } = 8;

    public void File(ChangeKind kind, ChangeSeverity severity, string? before, string? after, string? symbol = null)
        => Changes.Add(new AbiChange { Kind = kind, Severity = severity, Symbol = symbol, Before = before, After = after, Member = Member });

    public void Symbol(ChangeKind kind, ChangeSeverity severity, SnapshotExport export, string? before = null, string? after = null, string? version = null)
        => Changes.Add(new AbiChange
        {
            Kind = kind,
            Severity = severity,
            Symbol = NameOf(export),
            Demangled = DemangledOf(export),
            Version = version ?? export.Version,
            Before = before,
            After = after,
            Member = Member,
        });

    public void Add(AbiChange change) => Changes.Add(change with { Member = Member });

    /// <summary>Records what could not be checked, labelled with the member when inside one.</summary>
    public void Note(string note) => Notes.Add(Member is null ? note : $"[{Member}] {note}");

    /// <summary>The export's demangled name: from the snapshot, or demangled now when the snapshot was read without.</summary>
    public string? DemangledOf(SnapshotExport export)
        => export.Demangled ?? (export.Name is not null && Demangle is not null ? Demangle(export.Name) : null);

    /// <summary>The raw name, or <c>#ordinal</c> for a PE export with no name.</summary>
    public static string NameOf(SnapshotExport export)
        => export.Name ?? (export.Ordinal is { } o ? "#" + o.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(no name)");
}
