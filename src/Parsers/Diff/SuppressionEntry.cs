using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// One entry of a suppression file: which changes to mark as suppressed, why, and until when.
/// Patterns are globs (<c>*</c>, <c>?</c>) matched against the whole raw or demangled name.
/// </summary>
public sealed record SuppressionEntry
{
    /// <summary>
    /// Symbol name or glob, matched against the raw and the demangled name (and, for grouped
    /// changes, each listed symbol's; for a type change, every export it reaches must match);
    /// null matches any.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Symbol { get; init; }

    /// <summary>
    /// Type id or glob (<c>struct priv_*</c>), matched against the type a change read from debug
    /// info is about; null matches any. Changes that are not about a type never match an entry
    /// that names one.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    /// <summary>The change kind it applies to; null for any kind.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChangeKind? Kind { get; init; }

    /// <summary>
    /// A lint rule id or glob (<c>callee-saved-register</c>, <c>*</c>): the entry applies to lint
    /// findings (docs/lint.md), never to diff changes. Null for a diff entry.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rule { get; init; }

    /// <summary>Symbol version or glob (matched against the change's version, before and after); null matches any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    /// <summary>Archive member or fat slice glob; null matches any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Member { get; init; }

    /// <summary>Why the change is acceptable: required, shown next to every change it suppresses.</summary>
    public required string Reason { get; init; }

    /// <summary>The last day the entry applies; after it the entry is reported as expired and suppresses nothing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Expires { get; init; }

    /// <summary>Position of the entry in its file, from 1, for messages.</summary>
    public int Index { get; init; }

    /// <summary>Whether this entry matches a change (expiry not considered).</summary>
    public bool Matches(AbiChange change)
    {
        if (Rule is not null)
        {
            return false;
        }

        if (Kind is { } kind && kind != change.Kind)
        {
            return false;
        }

        if (Member is not null && (change.Member is null || !Glob.IsMatch(Member, change.Member)))
        {
            return false;
        }

        if (Version is not null && !AnyMatch(Version, change.Version, change.Before, change.After))
        {
            return false;
        }

        if (Type is not null && (change.Type is null || !Glob.IsMatch(Type, change.Type)))
        {
            return false;
        }

        if (Symbol is null)
        {
            return true;
        }

        if (change.Type is not null)
        {
            // A type change is everyone's whose exports it reaches: a symbol entry hides it only
            // when it covers every one of them, so that muting an internal export cannot hide a
            // break of a public one. A list the diff had to cut short is never covered.
            return change.Symbols is { Count: > 0 } reached && (change.ExportCount ?? reached.Count) == reached.Count
                && reached.All(s => AnyMatch(Symbol, s.Name, s.Demangled, null));
        }

        if (AnyMatch(Symbol, change.Symbol, change.Demangled, null))
        {
            return true;
        }

        if (change.Symbols is { } symbols)
        {
            foreach (var s in symbols)
            {
                if (AnyMatch(Symbol, s.Name, s.Demangled, null))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a symbol pattern matches one of the names (null pattern: any).</summary>
    internal bool MatchesSymbol(string? name, string? demangled, IReadOnlyList<string>? others)
    {
        if (Symbol is null || AnyMatch(Symbol, name, demangled, null))
        {
            return true;
        }

        return others is not null && others.Any(o => Glob.IsMatch(Symbol, o));
    }

    private static bool AnyMatch(string pattern, string? a, string? b, string? c)
        => (a is not null && Glob.IsMatch(pattern, a)) || (b is not null && Glob.IsMatch(pattern, b)) || (c is not null && Glob.IsMatch(pattern, c));
}
