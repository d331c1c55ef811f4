using System.Text;
using System.Text.Json;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// SARIF 2.1.0 (OASIS, sarif-v2.1.0-os) for code-scanning UIs: one rule per change kind, one result
/// per change (incompatible and api-break = <c>error</c>, risk = <c>warning</c>, compatible and info =
/// <c>note</c>), located in
/// the new file with the symbol as a logical location. Suppressed changes carry a SARIF
/// <c>suppressions</c> entry (kind <c>external</c>) with the reason as justification.
/// </summary>
public static partial class DiffSarifRenderer
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The SARIF log as indented JSON.</summary>
    public static string Render(AbiDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(w, diff);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the SARIF log to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, AbiDiff diff)
    {
        var kinds = diff.Changes.Select(c => c.Kind).Distinct().Order().ToList();
        var ruleIndex = new Dictionary<ChangeKind, int>();
        for (int i = 0; i < kinds.Count; i++)
        {
            ruleIndex[kinds[i]] = i;
        }

        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "abiportal");
        w.WriteStartArray("rules");
        foreach (var kind in kinds)
        {
            w.WriteStartObject();
            w.WriteString("id", ChangeKinds.Name(kind));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", ChangeKinds.Title(kind));
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", ChangeKinds.Description(kind));
            w.WriteString("markdown", ChangeKinds.DescriptionMarkdown(kind));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        WriteEvidence(w, diff);

        w.WriteStartArray("artifacts");
        WriteArtifact(w, diff.New.File);
        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var c in diff.Changes)
        {
            WriteResult(w, diff, c, ruleIndex[c.Kind]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter w, string file)
    {
        w.WriteStartObject();
        w.WriteStartObject("location");
        w.WriteString("uri", file);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// SARIF <c>level</c> (§3.27.10): what a code-scanning UI shows as an error fails a review; a
    /// risk is a warning; compatible and info changes are notes.
    /// </summary>
    public static string Level(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Incompatible or ChangeSeverity.ApiBreak => "error",
        ChangeSeverity.Risk => "warning",
        _ => "note",
    };

    private static void WriteResult(Utf8JsonWriter w, AbiDiff diff, AbiChange c, int rule)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", ChangeKinds.Name(c.Kind));
        w.WriteNumber("ruleIndex", rule);
        w.WriteString("level", Level(c.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", $"{ChangeKinds.Title(c.Kind)}: {ChangeText.Describe(c)}{ReachText(c)}");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", diff.New.File);
        w.WriteNumber("index", 0);
        w.WriteEndObject();
        w.WriteEndObject();
        if (c.Type is not null)
        {
            WriteTypeLocations(w, c);
        }
        else if (c.Symbol is not null)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("name", c.Symbol);
            if (c.Demangled is not null)
            {
                w.WriteString("fullyQualifiedName", c.Demangled);
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        if (c.Suppressed)
        {
            SarifParts.WriteExternalSuppression(w, c.Reason);
        }

        w.WriteStartObject("properties");
        w.WriteString("severity", Snapshots.EnumNames.Of(c.Severity));
        WriteIfSet(w, "version", c.Version);
        WriteIfSet(w, "before", c.Before);
        WriteIfSet(w, "after", c.After);
        WriteIfSet(w, "member", c.Member);
        WriteIfSet(w, "detail", c.Detail);
        WriteAbiProperties(w, c);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value) => SarifParts.WriteIfSet(w, name, value);
}
