using System.CommandLine;
using System.Text;
using AbiPortal.Parsers.Demangling;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal demangle [NAME...]</c>, a c++filt for every scheme AbiPortal knows (Itanium C++,
/// Microsoft C++, Rust, Swift). With names, prints one line per name. Without, reads standard input line by
/// line and writes each line back with every mangled word in it demangled, like llvm-cxxfilt, so
/// <c>llvm-nm lib.so | abiportal demangle</c> reads like <c>| llvm-cxxfilt</c>. Names that are not
/// manglings come back unchanged. Output is flushed per line when a person types the input, and in
/// large blocks when it is piped.
/// </summary>
internal static class DemangleCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var names = new Argument<string[]>("names") { Arity = ArgumentArity.ZeroOrMore, Description = "Mangled names; when none are given, standard input is read line by line." };
        var format = new Option<string>("--format") { Description = "Rust display form: 'default' (with hash) or 'alt' (short form, rustc-demangle's {:#}).", DefaultValueFactory = _ => "default" };
        format.AcceptOnlyFromAmong("default", "alt");
        var strip = new Option<bool>("--strip-underscore", "-_") { Description = "Drop one leading underscore before demangling (Mach-O, 32-bit Windows symbols)." };
        var noStrip = new Option<bool>("--no-strip-underscore", "-n") { Description = "Keep a leading underscore (the default on ELF)." };
        var command = new Command("demangle", "Demangle C++ (Itanium, Microsoft), Rust and Swift symbol names, like c++filt.") { names, format, strip, noStrip };
        command.SetAction(parse =>
        {
            var options = new DemangleOptions
            {
                RustAlternate = parse.GetValue(format) == "alt",
                // The last of -_ / -n wins in c++filt; here -n simply overrides -_.
                StripUnderscore = parse.GetValue(strip) && !parse.GetValue(noStrip),
            };
            string[] given = parse.GetValue(names) ?? [];
            if (given.Length > 0)
            {
                foreach (string name in given)
                {
                    stdout.WriteLine(Demangler.Demangle(name, options) ?? name);
                }

                return 0;
            }

            bool interactive = !Console.IsInputRedirected;
            if (stdout is StreamWriter { Encoding: UTF8Encoding } writer)
            {
                // The real standard output: bytes in, bytes out, no string per line or per name.
                writer.Flush();
                using var stdin = Console.OpenStandardInput();
                DemangleStreamFilter.Run(stdin, writer.BaseStream, options, interactive);
                return 0;
            }

            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
            Filter(input, stdout, options, flushEachLine: interactive);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Copies <paramref name="input"/> to <paramref name="output"/> line by line, demangling every mangled
    /// word (the path for writers that are not standard output; <see cref="DemangleStreamFilter"/> does
    /// the same on bytes). One thread: demangling per-core batches was tried and, on the shared build
    /// machines, cost more CPU (0.28-0.40 s against 0.25-0.27 s for 100,000 names) without a shorter
    /// wall time.
    /// </summary>
    public static void Filter(TextReader input, TextWriter output, DemangleOptions options, bool flushEachLine)
    {
        var line = new CharBuffer(256);
        while (input.ReadLine() is { } text)
        {
            line.Clear();
            DemangleLine(text, line, options);
            line.Append('\n');
            output.Write(line.Written);
            if (flushEachLine)
            {
                output.Flush();
            }
        }

        output.Flush();
    }

    /// <summary>Demangles the mangled words of one line into <paramref name="result"/>.</summary>
    public static void DemangleLine(string text, StringBuilder result, DemangleOptions options)
    {
        var line = new CharBuffer(256);
        DemangleLine(text, line, options);
        result.Append(line.Written);
    }

    /// <summary>
    /// llvm-cxxfilt splits a line into words of [A-Za-z0-9_$.] and demangles each, keeping the
    /// delimiters. Microsoft names also contain '?' and '@', so a word that starts with '?' is first
    /// tried whole with those characters included; a Swift macro file name starts with "@__swiftmacro_"
    /// (swift-demangle finds those in text too). Demangled text goes straight into
    /// <paramref name="output"/> (see <see cref="Demangler.TryDemangle(ReadOnlySpan{char}, DemangleOptions, CharBuffer)"/>).
    /// </summary>
    public static void DemangleLine(ReadOnlySpan<char> line, CharBuffer output, DemangleOptions options)
    {
        int i = 0;
        while (i < line.Length)
        {
            int start = i;
            while (i < line.Length && !IsWordChar(line[i]) && line[i] != '?' && !IsSwiftMacroName(line, i))
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
                // A Swift macro expansion's file name, "@__swiftmacro_" and a mangling.
                i++;
                while (i < line.Length && IsWordChar(line[i]))
                {
                    i++;
                }

                if (!Demangler.TryDemangle(line.Slice(start, i - start), options, output))
                {
                    output.Append(line.Slice(start, i - start));
                }

                continue;
            }

            if (line[i] == '?')
            {
                while (i < line.Length && (IsWordChar(line[i]) || line[i] is '?' or '@'))
                {
                    i++;
                }

                if (Demangler.TryDemangle(line.Slice(start, i - start), options, output))
                {
                    continue;
                }

                // Not a Microsoft name: write the '?' and read on as ordinary words.
                i = start + 1;
                output.Append('?');
                continue;
            }

            while (i < line.Length && IsWordChar(line[i]))
            {
                i++;
            }

            var word = line.Slice(start, i - start);
            // Only words that start like a mangling are worth a parse (addresses, "T", "U" are not);
            // Swift symbols on ELF start with '$'.
            if (word[0] is not ('_' or '.' or '$') || !Demangler.TryDemangle(word, options, output))
            {
                output.Append(word);
            }
        }
    }

    private static bool IsSwiftMacroName(ReadOnlySpan<char> line, int at) =>
        line[at] == '@' && line.Slice(at + 1).StartsWith("__swiftmacro_", StringComparison.Ordinal);

    /// <summary>[A-Za-z0-9_$.], the characters of an Itanium or Rust symbol (llvm-cxxfilt's IsLegalItaniumChar).</summary>
    private static bool IsWordChar(char c) => c < 64 ? ((LowWordChars >> c) & 1) != 0 : c < 128 && ((HighWordChars >> (c - 64)) & 1) != 0;

    // The set as two 64-bit masks (chars 0-63: '$', '.', digits; 64-127: letters, '_'): constants, so
    // the ReadyToRun code has no static field to initialise-check on every character.
    private const ulong LowWordChars = 0x03FF_4010_0000_0000;
    private const ulong HighWordChars = 0x07FF_FFFE_87FF_FFFE;
}
