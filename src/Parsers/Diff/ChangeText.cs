using System.Text;

namespace AbiPortal.Parsers.Diff;

/// <summary>The words every renderer uses for one change, so terminal, Markdown and SARIF agree.</summary>
public static class ChangeText
{
    /// <summary>
    /// What changed, in one line without the kind: <c>foo(int) [_Z3fooi] @@V1</c>,
    /// <c>V1 -> V2 (12 symbols)</c>, <c>bar: 8 -> 16</c>.
    /// </summary>
    public static string Describe(AbiChange change, bool demangle = true)
    {
        var sb = new StringBuilder();
        if (change.Member is not null)
        {
            sb.Append('[').Append(change.Member).Append("] ");
        }

        switch (change.Kind)
        {
            case ChangeKind.VersionNodeRenamed:
                sb.Append(change.Before).Append(" -> ").Append(change.After)
                  .Append(" (").Append(change.Symbols?.Count ?? 0).Append(change.Symbols?.Count == 1 ? " symbol)" : " symbols)");
                return sb.ToString();
            case ChangeKind.SignatureChanged:
                sb.Append(demangle ? change.Before : change.Symbols?[0].Name).Append("  ->  ").Append(demangle ? change.After : change.Symbols?[^1].Name);
                return sb.ToString();
            case ChangeKind.RustHashChanged:
                // The demangled path is the same on both sides (that is the point); the raw names show the hashes.
                if (demangle && change.Demangled is not null)
                {
                    sb.Append(change.Demangled).Append(": ");
                }

                sb.Append(change.Before).Append(" -> ").Append(change.After);
                return sb.ToString();
        }

        string? name = Name(change, demangle);
        if (name is not null)
        {
            sb.Append(name);
            if (change.Version is not null && change.Kind is ChangeKind.ExportRemoved or ChangeKind.ExportAdded)
            {
                sb.Append(" @ ").Append(change.Version);
            }
        }

        if (IsOneSided(change.Kind))
        {
            // Something appeared or vanished: name it once, with its value when that says more.
            string? value = change.After ?? change.Before;
            if (value is not null && value != change.Symbol && value != change.Member)
            {
                sb.Append(name is null ? value : ": " + value);
            }

            if (change.Kind == ChangeKind.RequiredVersionAdded && change.Before is not null)
            {
                sb.Append(" (highest before: ").Append(change.Before).Append(')');
            }
        }
        else if (change.Before is not null || change.After is not null)
        {
            if (name is not null)
            {
                sb.Append(": ");
            }

            sb.Append(change.Before ?? "(none)").Append(" -> ").Append(change.After ?? "(none)");
        }

        return sb.ToString();
    }

    private static bool IsOneSided(ChangeKind kind) => kind is ChangeKind.RequiredVersionAdded or ChangeKind.RequiredVersionRemoved
        or ChangeKind.DependencyAdded or ChangeKind.DependencyRemoved or ChangeKind.MemberAdded or ChangeKind.MemberRemoved
        or ChangeKind.VersionNodeAdded or ChangeKind.VersionNodeRemoved or ChangeKind.OrdinalExportRemoved or ChangeKind.VersionAdded;

    /// <summary>The demangled name with the raw one in brackets, or just the raw name.</summary>
    public static string? Name(AbiChange change, bool demangle = true)
        => demangle && change.Demangled is not null && change.Demangled != change.Symbol ? $"{change.Demangled} [{change.Symbol}]" : change.Symbol;

    /// <summary>Heading words for a tier.</summary>
    public static string Heading(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Incompatible => "Incompatible changes",
        ChangeSeverity.ApiBreak => "API breaks",
        ChangeSeverity.Risk => "Risks",
        ChangeSeverity.Compatible => "Compatible changes",
        _ => "Info",
    };

    /// <summary><c>2 incompatible, 0 api-break, 1 risk, 3 compatible, 1 info, 0 suppressed</c>.</summary>
    public static string Counts(DiffSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var sb = new StringBuilder();
        foreach (var severity in Enum.GetValues<ChangeSeverity>())
        {
            sb.Append(summary.Count(severity).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(Snapshots.EnumNames.Of(severity)).Append(", ");
        }

        return sb.Append(summary.Suppressed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" suppressed").ToString();
    }

    /// <summary>How a suppression entry reads in a report.</summary>
    public static string Describe(SuppressionEntry entry)
    {
        var parts = new List<string>();
        if (entry.Symbol is not null)
        {
            parts.Add("symbol " + entry.Symbol);
        }

        if (entry.Kind is { } kind)
        {
            parts.Add("kind " + ChangeKinds.Name(kind));
        }

        if (entry.Version is not null)
        {
            parts.Add("version " + entry.Version);
        }

        if (entry.Member is not null)
        {
            parts.Add("member " + entry.Member);
        }

        if (entry.Expires is { } expires)
        {
            parts.Add("expires " + expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return $"#{entry.Index} ({string.Join(", ", parts)}): {entry.Reason}";
    }
}
