namespace AbiPortal.Parsers.Snapshots;

/// <summary>RFC 4180 fields and lines, for every CSV the tools write (the matrix, diff changes, exports).</summary>
public static class Csv
{
    /// <summary>A field, quoted when it holds a comma, a quote or a line break (C++ signatures do).</summary>
    public static string Field(string? text)
        => text is null ? "" : text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Writes one record: the fields separated by commas, ended by CRLF as RFC 4180 says.</summary>
    public static void Line(TextWriter writer, params ReadOnlySpan<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.Write("\r\n");
    }
}
