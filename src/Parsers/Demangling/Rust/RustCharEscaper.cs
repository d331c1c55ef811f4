using System.Globalization;
using System.Text;

namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// Quoted char and string constants. rustc-demangle uses Rust's <c>escape_debug</c> (printable
/// Unicode stays as is); LLVM escapes everything outside printable ASCII as <c>\u{hex}</c>.
/// </summary>
internal static class RustCharEscaper
{
    public static bool PrintQuoted(RustOutput output, char quote, IReadOnlyList<int> scalars, bool llvm)
    {
        var text = new StringBuilder();
        text.Append(quote);
        foreach (int c in scalars)
        {
            // A quote of the other kind needs no escape.
            if ((quote == '\'' && c == '"') || (quote == '"' && c == '\''))
            {
                text.Append((char)c);
                continue;
            }

            string? escape = c switch
            {
                0 when !llvm => "\\0",
                '\t' => "\\t",
                '\r' => "\\r",
                '\n' => "\\n",
                '\\' => "\\\\",
                '\'' => "\\'",
                '"' => "\\\"",
                _ => null,
            };
            if (escape is not null)
            {
                text.Append(escape);
            }
            else if (c >= 0x20 && c < 0x7F)
            {
                text.Append((char)c);
            }
            else if (!llvm && IsPrintable(c))
            {
                text.Append(char.ConvertFromUtf32(c));
            }
            else
            {
                text.Append("\\u{").Append(c.ToString("x", CultureInfo.InvariantCulture)).Append('}');
            }
        }

        text.Append(quote);
        return output.Print(text.ToString());
    }

    /// <summary>
    /// An approximation of Rust's <c>is_printable</c> plus its grapheme-extend escape: controls,
    /// format characters, unassigned and private-use code points, separators other than space,
    /// and combining marks are escaped.
    /// </summary>
    private static bool IsPrintable(int c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or
            UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or
            UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator or
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
            _ => true,
        };
    }
}
