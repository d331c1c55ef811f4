using System.Text;
using System.Text.Json;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// SARIF 2.1.0 (OASIS sarif-v2.1.0-os) for code-scanning UIs: one run, every rule with its
/// rationale and fix hint, one artifact per linted file, one result per finding located in its
/// file by address (§3.32 <c>address</c>) and by symbol as a logical location. Suppressed
/// findings carry a <c>suppressions</c> entry (kind <c>external</c>) with the reason.
/// </summary>
public static class LintSarifRenderer
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static string Render(IReadOnlyList<LintReport> reports)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(w, reports);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Utf8JsonWriter w, IReadOnlyList<LintReport> reports)
    {
        var rules = LintRules.Infos;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "abiportal");
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", rule.Title);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Rationale);
            w.WriteEndObject();
            w.WriteStartObject("help");
            w.WriteString("text", rule.FixHint);
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", LintTextRenderer.Level(rule.Level));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("evidence", Snapshots.EnumNames.Of(rule.Evidence));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("artifacts");
        foreach (var report in reports)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteString("uri", report.File.Name);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("results");
        for (int i = 0; i < reports.Count; i++)
        {
            foreach (var f in reports[i].AllFindings)
            {
                WriteResult(w, reports[i], i, f, rules);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, LintReport report, int artifact, LintFinding f, IReadOnlyList<LintRuleInfo> rules)
    {
        int ruleIndex = rules.Select((r, i) => (r, i)).First(p => p.r.Id == f.Rule).i;
        w.WriteStartObject();
        w.WriteString("ruleId", f.Rule);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", LintTextRenderer.Level(f.Level));
        w.WriteStartObject("message");
        string who = f.Signature ?? f.Demangled ?? f.Symbol ?? report.File.Name;
        w.WriteString("text", $"{who} {f.Message}");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", report.File.Name);
        w.WriteNumber("index", artifact);
        w.WriteEndObject();
        if (f.Address is { } address)
        {
            w.WriteStartObject("address");
            w.WriteNumber("absoluteAddress", address);
            if (f.Symbol is not null)
            {
                w.WriteString("name", f.Symbol);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (f.Symbol is not null)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("name", f.Symbol);
            w.WriteString("fullyQualifiedName", f.Demangled ?? f.Symbol);
            w.WriteString("kind", "function");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        if (f.Suppressed)
        {
            Diff.SarifParts.WriteExternalSuppression(w, f.Reason);
        }

        w.WriteStartObject("properties");
        if (f.Instruction is not null)
        {
            w.WriteString("instruction", f.Instruction);
        }

        if (f.Signature is not null)
        {
            w.WriteString("signature", f.Signature);
        }

        if (f.Member is not null)
        {
            w.WriteString("member", f.Member);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
