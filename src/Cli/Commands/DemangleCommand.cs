using System.CommandLine;
using System.Text;
using AbiPortal.Parsers.Demangling;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal demangle [NAME...]</c>, a c++filt for every scheme AbiPortal knows (Itanium C++,
/// Microsoft C++, Rust, Swift, D). With names, prints one line per name. Without, reads standard input line by
/// line and writes each line back with every mangled name in it demangled (<see cref="DemangleFilter"/>),
/// so <c>llvm-nm lib.so | abiportal demangle</c> reads like <c>| llvm-cxxfilt</c>, <c>nm -D librust.so</c>
/// like <c>| rustfilt</c> and <c>llvm-objdump -p foo.dll</c> like llvm-undname's names. Names that are not
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
        var command = new Command("demangle", CommandHelp.Describe(
                "Demangle C++ (Itanium, Microsoft), Rust, Swift and D symbol names, like c++filt.",
                ["0   the names were printed (a name that is no mangling comes back unchanged)", "2   a usage error (unknown option)"],
                "abiportal demangle _ZN6shapes5scaleEdi '?f@@YAXH@Z'",
                "nm -D libfoo.so | abiportal demangle")) { names, format, strip, noStrip };
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
                FilterStandardStreams(writer.BaseStream, options, interactive);
                return 0;
            }

            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
            Filter(input, stdout, options, flushEachLine: interactive);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>abiportal demangle</c> alone, the filter of every pipe (<c>nm lib.so | abiportal demangle</c>):
    /// run without building the command-line parser, which took a third of the start-up CPU (about
    /// 20 ms against llvm-cxxfilt's few). Anything else goes through <see cref="Create"/>.
    /// </summary>
    public static bool TryRunPlainFilter(string[] args)
    {
        if (args is not ["demangle"] || !Console.IsInputRedirected)
        {
            return false;
        }

        using var stdout = Console.OpenStandardOutput();
        FilterStandardStreams(stdout, DemangleOptions.Default, flushEachLine: false);
        return true;
    }

    private static void FilterStandardStreams(Stream stdout, DemangleOptions options, bool flushEachLine)
    {
        using var stdin = Console.OpenStandardInput();
        DemangleStreamFilter.Run(stdin, stdout, options, flushEachLine);
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

    /// <summary>Demangles the mangled names of one line into <paramref name="result"/> (see <see cref="DemangleFilter"/>).</summary>
    public static void DemangleLine(string text, StringBuilder result, DemangleOptions options)
    {
        var line = new CharBuffer(256);
        DemangleFilter.DemangleLine(text, line, options);
        result.Append(line.Written);
    }

    /// <summary>
    /// Demangles the mangled names of one line straight into <paramref name="output"/>: each scheme's
    /// names are found by its own alphabet, and a line that is one name is demangled whole
    /// (<see cref="DemangleFilter"/>).
    /// </summary>
    public static void DemangleLine(ReadOnlySpan<char> line, CharBuffer output, DemangleOptions options)
        => DemangleFilter.DemangleLine(line, output, options);
}
