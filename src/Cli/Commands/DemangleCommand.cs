using System.CommandLine;
using System.Text;
using AbiPortal.Parsers.Demangling;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal demangle [NAME...]</c>, a c++filt for every scheme AbiPortal knows (Itanium C++,
/// Microsoft C++, Rust). With names, prints one line per name. Without, reads standard input line by
/// line and writes each line back with every mangled word in it demangled, like llvm-cxxfilt, so
/// <c>llvm-nm lib.so | abiportal demangle</c> reads like <c>| llvm-cxxfilt</c>. Names that are not
/// manglings come back unchanged. Output is flushed per line when a person types the input, and in
/// large blocks when it is piped.
/// </summary>
internal static class DemangleCommand
{
    /// <summary>Lines per batch when the input is piped: large enough to keep every core busy.</summary>
    private const int BatchLines = 16384;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var names = new Argument<string[]>("names") { Arity = ArgumentArity.ZeroOrMore, Description = "Mangled names; when none are given, standard input is read line by line." };
        var format = new Option<string>("--format") { Description = "Rust display form: 'default' (with hash) or 'alt' (short form, rustc-demangle's {:#}).", DefaultValueFactory = _ => "default" };
        format.AcceptOnlyFromAmong("default", "alt");
        var strip = new Option<bool>("--strip-underscore", "-_") { Description = "Drop one leading underscore before demangling (Mach-O, 32-bit Windows symbols)." };
        var noStrip = new Option<bool>("--no-strip-underscore", "-n") { Description = "Keep a leading underscore (the default on ELF)." };
        var command = new Command("demangle", "Demangle C++ (Itanium, Microsoft) and Rust symbol names, like c++filt.") { names, format, strip, noStrip };
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

            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
            Filter(input, stdout, options, flushEachLine: !Console.IsInputRedirected);
            return 0;
        });
        return command;
    }

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/> line by line, demangling every mangled word.</summary>
    public static void Filter(TextReader input, TextWriter output, DemangleOptions options, bool flushEachLine)
    {
        if (!flushEachLine && Environment.ProcessorCount > 1)
        {
            FilterInBatches(input, output, options);
            return;
        }

        while (input.ReadLine() is { } text)
        {
            DemangleLine(text, output, options);
            output.Write('\n');
            if (flushEachLine)
            {
                output.Flush();
            }
        }

        output.Flush();
    }

    /// <summary>
    /// Piped input: lines are read in batches and each batch is demangled by one worker per core, every
    /// worker taking a contiguous slice, then written in input order. The demanglers keep their state
    /// per thread, so workers share nothing.
    /// </summary>
    private static void FilterInBatches(TextReader input, TextWriter output, DemangleOptions options)
    {
        int workers = Environment.ProcessorCount;
        var lines = new string[BatchLines];
        var parts = new StringWriter[workers];
        for (int p = 0; p < workers; p++)
        {
            parts[p] = new StringWriter(new StringBuilder(1 << 16));
        }

        while (true)
        {
            int count = 0;
            while (count < lines.Length && input.ReadLine() is { } text)
            {
                lines[count++] = text;
            }

            if (count == 0)
            {
                break;
            }

            int slice = (count + workers - 1) / workers;
            Parallel.For(0, workers, p =>
            {
                var part = parts[p];
                part.GetStringBuilder().Clear();
                for (int i = p * slice, end = Math.Min(count, (p + 1) * slice); i < end; i++)
                {
                    DemangleLine(lines[i], part, options);
                    part.Write('\n');
                }
            });
            foreach (var part in parts)
            {
                output.Write(part.GetStringBuilder());
            }

            if (count < lines.Length)
            {
                break;
            }
        }

        output.Flush();
    }

    /// <summary>Demangles the mangled words of one line into <paramref name="result"/>.</summary>
    public static void DemangleLine(string text, StringBuilder result, DemangleOptions options)
    {
        using var writer = new StringWriter(result);
        DemangleLine(text, writer, options);
    }

    /// <summary>
    /// llvm-cxxfilt splits a line into words of [A-Za-z0-9_$.] and demangles each, keeping the
    /// delimiters. Microsoft names also contain '?' and '@', so a word that starts with '?' is first
    /// tried whole with those characters included.
    /// </summary>
    public static void DemangleLine(string text, TextWriter output, DemangleOptions options)
    {
        var line = text.AsSpan();
        int i = 0;
        while (i < line.Length)
        {
            int start = i;
            while (i < line.Length && !IsWordChar(line[i]) && line[i] != '?')
            {
                i++;
            }

            if (i > start)
            {
                output.Write(line.Slice(start, i - start));
            }

            if (i == line.Length)
            {
                break;
            }

            start = i;
            if (line[i] == '?')
            {
                while (i < line.Length && (IsWordChar(line[i]) || line[i] is '?' or '@'))
                {
                    i++;
                }

                if (Demangler.Demangle(line.Slice(start, i - start), options) is { } microsoft)
                {
                    output.Write(microsoft);
                    continue;
                }

                // Not a Microsoft name: write the '?' and read on as ordinary words.
                i = start + 1;
                output.Write('?');
                continue;
            }

            while (i < line.Length && IsWordChar(line[i]))
            {
                i++;
            }

            var word = line.Slice(start, i - start);
            // Only words that start like a mangling are worth a parse (addresses, "T", "U" are not).
            if (word[0] is '_' or '.' && Demangler.Demangle(word, options) is { } demangled)
            {
                output.Write(demangled);
            }
            else
            {
                output.Write(word);
            }
        }
    }

    /// <summary>[A-Za-z0-9_$.], the characters of an Itanium or Rust symbol (llvm-cxxfilt's IsLegalItaniumChar).</summary>
    private static bool IsWordChar(char c) => c < 128 && WordChars[c];

    private static readonly bool[] WordChars = CreateWordChars();

    private static bool[] CreateWordChars()
    {
        var table = new bool[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) || c is '_' or '$' or '.';
        }

        return table;
    }
}
