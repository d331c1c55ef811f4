using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// The filter of a diff's changes as the diff page and its downloads take it from the URL:
/// <c>severity</c> (a tier word), <c>kind</c> (a change kind's JSON name) and <c>q</c>.
/// </summary>
/// <param name="Severity">Only this tier, or all.</param>
/// <param name="Kind">Only this kind, or all.</param>
/// <param name="Q">Substring of a name or value, or null.</param>
public sealed record DiffChangeFilter(ChangeSeverity? Severity, ChangeKind? Kind, string? Q)
{
    /// <summary>Reads the words of a URL; <paramref name="problem"/> says what is wrong when it returns false.</summary>
    public static bool TryParse(string? severity, string? kind, string? q, out DiffChangeFilter filter, out string? problem)
    {
        filter = new DiffChangeFilter(null, null, string.IsNullOrWhiteSpace(q) ? null : q.Trim());
        problem = null;
        if (!string.IsNullOrWhiteSpace(severity))
        {
            if (!EnumNames.TryParse<ChangeSeverity>(severity.Trim(), out var s))
            {
                problem = $"severity must be one of {string.Join(", ", Enum.GetValues<ChangeSeverity>().Select(v => EnumNames.Of(v)))}.";
                return false;
            }

            filter = filter with { Severity = s };
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!ChangeKinds.TryParse(kind.Trim(), out var k))
            {
                problem = $"kind '{kind.Trim()}' is not a change kind (docs/diff.md lists them).";
                return false;
            }

            filter = filter with { Kind = k };
        }

        return true;
    }

    /// <summary>The filter as query parameters (null values left out), for links that keep it.</summary>
    public string Query()
    {
        var parts = new List<string>();
        if (Severity is { } severity)
        {
            parts.Add("severity=" + EnumNames.Of(severity));
        }

        if (Kind is { } kind)
        {
            parts.Add("kind=" + ChangeKinds.Name(kind));
        }

        if (Q is not null)
        {
            parts.Add("q=" + Uri.EscapeDataString(Q));
        }

        return string.Join("&", parts);
    }
}
