using System.Text;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The hidden marker of a pull-request check comment, <c>abiportal:check library=NAME</c>, written
/// by the server (inside <c>&lt;!-- --&gt;</c>) and looked for by <c>abiportal check --github</c>.
/// The library label is the client's text: a label like <c>x--&gt; [click](http://evil) @someone</c>
/// must not end the comment and land a link and a mention in the PR. So the name is written
/// with every character outside ASCII letters, digits, <c>.</c>, <c>_</c>, <c>+</c> and a single
/// <c>-</c> percent-encoded (UTF-8): no <c>&lt;</c>, <c>&gt;</c>, <c>!</c> or <c>--</c> can reach
/// the comment, and plain names (<c>libfoo-bar</c>, <c>zlib</c>) read as before.
/// </summary>
public static class CheckMarker
{
    /// <summary>The marker text for a library (the HTML comment's content).</summary>
    public static string For(string library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var sb = new StringBuilder("abiportal:check library=", 24 + library.Length);
        Span<byte> utf8 = stackalloc byte[4];
        char previous = '\0';
        for (int i = 0; i < library.Length; i++)
        {
            char c = library[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' || (c == '-' && previous != '-'))
            {
                sb.Append(c);
            }
            else
            {
                // A lone surrogate encodes as U+FFFD: the marker stays valid UTF-8 text.
                var rune = Rune.DecodeFromUtf16(library.AsSpan(i), out var decoded, out int used) == System.Buffers.OperationStatus.Done ? decoded : Rune.ReplacementChar;
                int length = rune.EncodeToUtf8(utf8);
                foreach (byte b in utf8[..length])
                {
                    sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += Math.Max(used, 1) - 1;
            }

            previous = c;
        }

        return sb.ToString();
    }
}
