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

    /// <summary>Demangles the mangled words of one line into <paramref name="result"/>.</summary>
    public static void DemangleLine(string text, StringBuilder result, DemangleOptions options)
    {
        using var writer = new StringWriter(result);
        DemangleLine(text, writer, options);
    }

    /// <summary>
    /// llvm-cxxfilt splits a line into words of [A-Za-z0-9_$.] and demangles each, keeping the
    /// delimiters. Microsoft names contain '?' and '@', so a word that starts with '?' is tried whole first.
    /// </summary>
    public static void DemangleLine(string text, TextWriter output, DemangleOptions options)
    {
        var line = text.AsSpan();
        int i = 0;
        while (i < line.Length)
        {
            int start = i;
            while (i < line.Length && !IsWordChar(line[i], microsoft: true))
            {
                i++;
            }

            if (i > start)
            {
                output.Write(line.Slice(start, i - start));
            }

            start = i;
            while (i < line.Length && IsWordChar(line[i], microsoft: true))
            {
                i++;
            }

            if (i > start)
            {
                var word = line.Slice(start, i - start);
                if (word[0] == '?' && Demangler.Demangle(word, options) is { } microsoft)
                {
                    output.Write(microsoft);
                }
                else
                {
                    DemangleWords(word, output, options);
                }
            }
        }
    }

    private static void DemangleWords(ReadOnlySpan<char> text, TextWriter output, DemangleOptions options)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && !IsWordChar(text[i], microsoft: false))
            {
                i++;
            }

            if (i > start)
            {
                output.Write(text.Slice(start, i - start));
            }

            start = i;
            while (i < text.Length && IsWordChar(text[i], microsoft: false))
            {
                i++;
            }

            if (i > start)
            {
                var word = text.Slice(start, i - start);
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
    }

    private static bool IsWordChar(char c, bool microsoft)
        => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.' || (microsoft && c is '?' or '@');
}
