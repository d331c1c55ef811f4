using System.Runtime.CompilerServices;
using AbiPortal.Parsers.Demangling.Microsoft;

namespace AbiPortal.Parsers.Demangling;

/// <summary>
/// Demangles the names inside a line of text (the output of nm, objdump, dumpbin, a linker error),
/// keeping everything else as it is: what <c>abiportal demangle</c> does to standard input.
/// <list type="bullet">
/// <item>A line that is one mangled name (surrounding whitespace aside) is demangled whole.</item>
/// <item>Otherwise each scheme's names are found by its own alphabet. Itanium, Rust and D names are
/// words of <c>[A-Za-z0-9_$.]</c>, as llvm-cxxfilt and rustfilt split them. A Microsoft name starts
/// at a <c>?</c> (or <c>.?</c>, <c>__imp_?</c>) that begins a word and runs to the whitespace or quote
/// that ends it, since it contains <c>@ ? $ &lt; &gt;</c> and backquotes; it is demangled only if
/// the demangler reads all of it but closing <c>@</c>s (which llvm-undname does not read either) and
/// closing punctuation. When it does not, no part of it is read as a Microsoft name (never half a
/// name spliced into the rest).</item>
/// </list>
/// </summary>
public static class DemangleFilter
{
    private const string ImportPrefix = "__imp_";

    /// <summary>Appends <paramref name="line"/> to <paramref name="output"/> with every mangled name in it demangled.</summary>
    public static void DemangleLine(ReadOnlySpan<char> line, CharBuffer output, DemangleOptions options)
    {
        if (TryDemangleWholeLine(line, output, options))
        {
            return;
        }

        // '?' before this index belongs to a Microsoft word already tried: it only delimits words now.
        int microsoftTried = 0;
        int i = 0;
        while (i < line.Length)
        {
            int start = i;
            while (i < line.Length && !IsWordChar(line[i]) && (line[i] != '?' || i < microsoftTried) && !IsSwiftMacroName(line, i))
            {
                i++;
            }

            if (i > start)
            {
                output.Append(line.Slice(start, i - start));
            }

            if (i == line.Length)
            {
                break;
            }

            start = i;
            if (line[i] == '@')
            {
                // A Swift macro expansion's file name: "@__swiftmacro_" and a mangling (swift-demangle finds them in text).
                i++;
            }

            while (i < line.Length && IsWordChar(line[i]))
            {
                i++;
            }

            // A Microsoft name here: "?..." itself, or ".?AV..." and "__imp_?..." (the word so far is their prefix).
            if (i < line.Length && line[i] == '?' && i >= microsoftTried && (i == start || IsMicrosoftPrefix(line.Slice(start, i - start))))
            {
                int end = MicrosoftWordEnd(line, i);
                if (TryDemangleMicrosoft(line.Slice(start, end - start), output, out int length))
                {
                    i = start + length;
                    continue;
                }

                microsoftTried = end;
                if (i == start)
                {
                    output.Append('?');
                    i++;
                    continue;
                }
            }

            var word = line.Slice(start, i - start);
            // Only words that start like a mangling are worth a parse (addresses, "T", "U" are not).
            if (word[0] is not ('_' or '.' or '$' or '@') || !Demangler.TryDemangle(word, options, output))
            {
                output.Append(word);
            }
        }
    }

    /// <summary>
    /// A line that is one Microsoft name (the only scheme whose names can hold whitespace and
    /// punctuation) is demangled whole when the demangler reads all of it. Other schemes' names are
    /// single words, which the word scan demangles the same way without a second parse.
    /// </summary>
    private static bool TryDemangleWholeLine(ReadOnlySpan<char> line, CharBuffer output, DemangleOptions options)
    {
        // Most lines start with an address, a space or an Itanium name: settle them on one char.
        int first = 0;
        while (first < line.Length && line[first] is ' ' or '\t')
        {
            first++;
        }

        if (first == line.Length || line[first] is not ('?' or '.' or '_'))
        {
            return false;
        }

        var name = line.Trim();
        if (!StartsMicrosoftName(name) || name.IndexOfAny(MicrosoftEnds) < 0)
        {
            return false;
        }

        int mark = output.Length;
        output.Append(line.Slice(0, line.Length - line.TrimStart().Length));
        if (TryDemangleMicrosoft(name, output, out int length) && length == name.Length)
        {
            output.Append(line.Slice(line.TrimEnd().Length));
            return true;
        }

        output.Length = mark;
        return false;
    }

    private static bool StartsMicrosoftName(ReadOnlySpan<char> name)
        => name.StartsWith("?", StringComparison.Ordinal) || name.StartsWith(".?", StringComparison.Ordinal) || name.StartsWith("__imp_?", StringComparison.Ordinal);

    private static bool IsMicrosoftPrefix(ReadOnlySpan<char> word) => word is "." or ImportPrefix;

    /// <summary>Where a Microsoft name starting at <paramref name="start"/> must end: the next whitespace or quote.</summary>
    private static int MicrosoftWordEnd(ReadOnlySpan<char> line, int start)
    {
        int end = line.Slice(start).IndexOfAny(MicrosoftEnds);
        return end < 0 ? line.Length : start + end;
    }

    private const string MicrosoftEnds = " \t\"'";

    /// <summary>
    /// Demangles the Microsoft name that <paramref name="word"/> holds (with its <c>__imp_</c> prefix,
    /// as <see cref="Demangler"/> prints it) when it takes all of the word or leaves only closing
    /// punctuation; <paramref name="length"/> is then how much of the word was written, rest included.
    /// </summary>
    private static bool TryDemangleMicrosoft(ReadOnlySpan<char> word, CharBuffer output, out int length)
    {
        length = 0;
        bool import = word.StartsWith(ImportPrefix, StringComparison.Ordinal);
        var name = import ? word.Slice(ImportPrefix.Length) : word;
        if (!MicrosoftDemangler.TryDemangle(name, out string? text, out int read))
        {
            return false;
        }

        // What the demangler left: '@' terminators that belong to the name but that LLVM's grammar does
        // not read (a vftable's "{for `X'}" target ends in one more), or punctuation after the name.
        var rest = name.Slice(read);
        int terminators = rest.IndexOfAnyExcept('@');
        rest = terminators < 0 ? default : rest.Slice(terminators);
        if (rest.ContainsAnyExcept(ClosingPunctuation))
        {
            return false;
        }

        if (import)
        {
            output.Append("import thunk for ");
        }

        output.Append(text);
        output.Append(rest);
        length = word.Length;
        return true;
    }

    private const string ClosingPunctuation = ",;:)]}";

    /// <summary>[A-Za-z0-9_$.], the characters of an Itanium, Rust or D symbol (llvm-cxxfilt's IsLegalItaniumChar).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 64 ? ((LowWordChars >> c) & 1) != 0 : c < 128 && ((HighWordChars >> (c - 64)) & 1) != 0;

    // The set as two 64-bit masks (chars 0-63: '$', '.', digits; 64-127: letters, '_'): constants, so
    // the ReadyToRun code has no static field to initialise-check on every character.
    private const ulong LowWordChars = 0x03FF_4010_0000_0000;
    private const ulong HighWordChars = 0x07FF_FFFE_87FF_FFFE;

    /// <summary>True at an '@' that starts a Swift macro expansion's file name (<c>@__swiftmacro_</c>).</summary>
    private static bool IsSwiftMacroName(ReadOnlySpan<char> line, int at)
        => line[at] == '@' && line.Slice(at + 1).StartsWith("__swiftmacro_", StringComparison.Ordinal);
}
