using System.Globalization;
using System.Text.Json;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// A suppression file (docs/diff.md): JSON, <c>{"suppressions": [{"symbol": "...", "kind":
/// "export-removed", "reason": "...", "expires": "2027-06-30"}]}</c>. Each entry needs a reason and
/// at least one of symbol, type or kind, so that no entry silently suppresses everything.
/// </summary>
public sealed class SuppressionFile
{
    /// <summary>Wraps parsed entries.</summary>
    public SuppressionFile(IReadOnlyList<SuppressionEntry> entries) => Entries = entries;

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<SuppressionEntry> Entries { get; }

    /// <summary>Reads and parses a file; throws <see cref="FormatException"/> for a malformed one.</summary>
    public static SuppressionFile Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses suppression JSON; throws <see cref="FormatException"/> naming the bad entry.</summary>
    public static SuppressionFile Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Suppression file is not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("suppressions", out var list))
            {
                root = list;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("Suppression file must be {\"suppressions\": [...]} or an array of entries.");
            }

            var entries = new List<SuppressionEntry>();
            int index = 0;
            foreach (var item in root.EnumerateArray())
            {
                entries.Add(ParseEntry(item, ++index));
            }

            return new SuppressionFile(entries);
        }
    }

    private static SuppressionEntry ParseEntry(JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Suppression {index}: not an object.");
        }

        string? symbol = null, type = null, rule = null, kindText = null, version = null, member = null, reason = null, expiresText = null;
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"Suppression {index}: '{property.Name}' must be a string.");
            }

            string value = property.Value.GetString()!;
            switch (property.Name)
            {
                case "symbol": symbol = value; break;
                case "type": type = value; break;
                case "kind": kindText = value; break;
                case "rule": rule = value; break;
                case "version": version = value; break;
                case "member": member = value; break;
                case "reason": reason = value; break;
                case "expires": expiresText = value; break;
                default: throw new FormatException($"Suppression {index}: unknown field '{property.Name}'.");
            }
        }

        ChangeKind? kind = null;
        if (kindText is not null)
        {
            if (!ChangeKinds.TryParse(kindText, out var parsed))
            {
                throw new FormatException($"Suppression {index}: unknown change kind '{kindText}'.");
            }

            kind = parsed;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FormatException($"Suppression {index}: a reason is required.");
        }

        if (symbol is null && type is null && kind is null && rule is null)
        {
            throw new FormatException($"Suppression {index}: give a symbol, a type, a kind or a lint rule (an entry matching everything would hide every change).");
        }

        if (rule is not null && (kind is not null || type is not null))
        {
            throw new FormatException($"Suppression {index}: an entry is for a lint rule or a diff change (kind, type), not both.");
        }

        DateOnly? expires = null;
        if (expiresText is not null)
        {
            if (!DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"Suppression {index}: expires must be a date like 2027-06-30.");
            }

            expires = date;
        }

        return new SuppressionEntry { Symbol = symbol, Type = type, Rule = rule, Kind = kind, Version = version, Member = member, Reason = reason, Expires = expires, Index = index };
    }

    /// <summary>
    /// Marks the changes an active entry matches as suppressed (the first matching entry gives the
    /// reason) and reports every entry's outcome. An entry expires after its <c>expires</c> day.
    /// </summary>
    public IReadOnlyList<AbiChange> Apply(IReadOnlyList<AbiChange> changes, DateOnly today, out IReadOnlyList<SuppressionOutcome> outcomes)
    {
        // Lint entries (docs/lint.md) are for `abiportal lint`; a diff neither applies nor reports them.
        var entries = Entries.Where(e => e.Rule is null).ToList();
        var counts = new int[entries.Count];
        var result = new AbiChange[changes.Count];
        for (int i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            SuppressionEntry? applied = null;
            for (int e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                if (!entry.Matches(change))
                {
                    continue;
                }

                counts[e]++;
                if (applied is null && !IsExpired(entry, today))
                {
                    applied = entry;
                }
            }

            result[i] = applied is null ? change : change with { Suppressed = true, Reason = applied.Reason };
        }

        var list = new SuppressionOutcome[entries.Count];
        for (int e = 0; e < entries.Count; e++)
        {
            var status = IsExpired(entries[e], today) ? SuppressionStatus.Expired : counts[e] > 0 ? SuppressionStatus.Applied : SuppressionStatus.Unmatched;
            list[e] = new SuppressionOutcome(entries[e], status, counts[e]);
        }

        outcomes = list;
        return result;
    }

    private static bool IsExpired(SuppressionEntry entry, DateOnly today) => entry.Expires is { } expires && today > expires;
}
