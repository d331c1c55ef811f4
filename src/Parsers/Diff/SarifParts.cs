using System.Text.Json;

namespace AbiPortal.Parsers.Diff;

/// <summary>Pieces the diff's and the linter's SARIF 2.1.0 logs write alike.</summary>
internal static class SarifParts
{
    /// <summary>
    /// A result's <c>suppressions</c> array for a suppression file entry: kind <c>external</c>
    /// (SARIF 2.1.0 §3.35.3: suppressed by something outside the source) with the entry's reason.
    /// </summary>
    public static void WriteExternalSuppression(Utf8JsonWriter w, string? reason)
    {
        w.WriteStartArray("suppressions");
        w.WriteStartObject();
        w.WriteString("kind", "external");
        w.WriteString("justification", reason ?? string.Empty);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>An optional string property: written when set, left out otherwise.</summary>
    public static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
