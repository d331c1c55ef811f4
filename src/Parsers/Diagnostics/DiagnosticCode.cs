using System.Globalization;
using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// A stable diagnostic code such as <c>ELF1203</c>: a prefix naming the area and a number that
/// never changes meaning once released. The server stores it and the UI groups by it; tests
/// assert the code, never the message.
/// </summary>
/// <remarks>
/// Number ranges: 0001–0999 general (prefix <c>GEN</c>), 1000–1999 ELF, 2000–2999 PE/COFF,
/// 3000–3999 Mach-O, 4000–4999 archives, 5000–5999 DWARF debug info. Each area declares its codes in its own partial file of
/// <see cref="DiagnosticCodes"/>.
/// </remarks>
[JsonConverter(typeof(DiagnosticCodeJsonConverter))]
public readonly record struct DiagnosticCode(string Prefix, int Number)
{
    /// <summary>The code as written in JSON and shown to people, e.g. <c>ELF1203</c>.</summary>
    public override string ToString() => Prefix + Number.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Parses the text form; letters then digits.</summary>
    public static bool TryParse(string? text, out DiagnosticCode code)
    {
        code = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        int i = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        if (i == 0 || i == text.Length || !int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return false;
        }

        code = new DiagnosticCode(text[..i], number);
        return true;
    }
}
