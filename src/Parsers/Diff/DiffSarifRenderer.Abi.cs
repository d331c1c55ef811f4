using System.Text.Json;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Changes read from debug info in SARIF: the type and the exports it reaches as logical
/// locations, their paths and the tier's reason as properties; each side's evidence as run
/// properties and what could not be checked as tool execution notifications (§3.20.21), which
/// code-scanning UIs show beside the results.
/// </summary>
public static partial class DiffSarifRenderer
{
    /// <summary>Exports named in a result's message before "and N more"; the properties list all that the diff lists.</summary>
    private const int MessageExports = 3;

    private static void WriteEvidence(Utf8JsonWriter w, AbiDiff diff)
    {
        if (diff.Notes.Count > 0)
        {
            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", true);
            w.WriteStartArray("toolExecutionNotifications");
            foreach (string note in diff.Notes)
            {
                w.WriteStartObject();
                w.WriteString("level", "warning");
                w.WriteStartObject("message");
                w.WriteString("text", note);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        w.WriteStartObject("evidence");
        w.WriteString("old", diff.Old.Evidence);
        w.WriteString("new", diff.New.Evidence);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary><c> (reaches 2 exports: get_x, init_point)</c> for a type change; nothing for others.</summary>
    private static string ReachText(AbiChange c)
    {
        if (c.Type is null || c.Symbols is not { } symbols)
        {
            return string.Empty;
        }

        string names = string.Join(", ", symbols.Take(MessageExports).Select(s => s.Demangled ?? s.Name));
        int more = (c.ExportCount ?? symbols.Count) - Math.Min(symbols.Count, MessageExports);
        return $" ({AbiChangeText.Reach(c)}: {names}{(more > 0 ? $" and {more} more" : string.Empty)})";
    }

    private static void WriteTypeLocations(Utf8JsonWriter w, AbiChange c)
    {
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("name", c.Type);
        w.WriteString("kind", "type");
        w.WriteEndObject();
        foreach (var s in c.Symbols ?? [])
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            WriteIfSet(w, "fullyQualifiedName", s.Demangled);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAbiProperties(Utf8JsonWriter w, AbiChange c)
    {
        WriteIfSet(w, "type", c.Type);
        WriteIfSet(w, "item", c.Item);
        WriteIfSet(w, "rationale", c.Rationale);

        if (c.Type is null || c.Symbols is not { } symbols)
        {
            return;
        }

        w.WriteNumber("exportCount", c.ExportCount ?? symbols.Count);
        w.WriteStartArray("exports");
        foreach (var s in symbols)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            WriteIfSet(w, "path", s.Path);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
