using System.Text;
using AbiPortal.Cli.Commands;
using AbiPortal.Parsers.Demangling;

namespace AbiPortal.Cli.Tests;

public sealed class DemangleCommandTests
{
    [Fact]
    public void Arguments_are_demangled_one_per_line_and_non_manglings_echoed()
    {
        var (exit, stdout, _) = CliRunner.Run("demangle", "_ZN4llvm5TwineC2Ev", "main", "_ZSt4cout");
        Assert.Equal(0, exit);
        Assert.Equal("llvm::Twine::Twine()\nmain\nstd::cout\n", stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Strip_underscore_option_follows_llvm_cxxfilt()
    {
        Assert.Equal("ns::f", CliRunner.Run("demangle", "-_", "___ZN2ns1fE").Stdout.Trim());
        Assert.Equal("___ZN2ns1fE", CliRunner.Run("demangle", "-n", "___ZN2ns1fE").Stdout.Trim());
        Assert.Equal("___ZN2ns1fE", CliRunner.Run("demangle", "___ZN2ns1fE").Stdout.Trim());
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
        => Assert.Equal(2, CliRunner.Run("demangle", "--format=weird", "_Z1fv").Exit);

    [Fact]
    public void Nm_lines_keep_addresses_types_and_symbol_versions()
    {
        const string input = "0000000000001130 T _ZN3foo3barEi@@LIB_1.0\n                 U _ZdlPv\n0000000000004010 B plain_c_symbol\n";
        var output = new StringWriter();
        DemangleCommand.Filter(new StringReader(input), output, DemangleOptions.Default, flushEachLine: false);
        Assert.Equal(
            "0000000000001130 T foo::bar(int)@@LIB_1.0\n                 U operator delete(void*)\n0000000000004010 B plain_c_symbol\n",
            output.ToString());
    }

    [Fact]
    public void Words_inside_text_are_demangled_like_cxxfilt()
    {
        var line = new StringBuilder();
        DemangleCommand.DemangleLine("call _Z1fi, then (_Z1gv) and _Znotvalid.", line, DemangleOptions.Default);
        Assert.Equal("call f(int), then (g()) and _Znotvalid.", line.ToString());
    }

    /// <summary>
    /// Microsoft names are read to the whitespace or quote that ends them, in any listing; one that
    /// does not demangle is left whole, never half demangled.
    /// </summary>
    [Theory]
    [InlineData("?lambda@?1??define_lambda@@YAHXZ@4V<lambda_1>@?0??1@YAHXZ@A", "class `int __cdecl define_lambda(void)'::`1'::<lambda_1> `int __cdecl define_lambda(void)'::`2'::lambda")]
    [InlineData("0000000000000000 B ?lambda@?1??define_lambda@@YAHXZ@4V<lambda_1>@?0??1@YAHXZ@A", "0000000000000000 B class `int __cdecl define_lambda(void)'::`1'::<lambda_1> `int __cdecl define_lambda(void)'::`2'::lambda")]
    [InlineData("       3   0x1200  ??0Button@ui@@QEAA@AEBV01@@Z", "       3   0x1200  public: __cdecl ui::Button::Button(class ui::Button const &)")]
    [InlineData("  Name: ?Get@Widget@ui@@UEBAHXZ", "  Name: public: virtual int __cdecl ui::Widget::Get(void) const")]
    [InlineData("call (?foo@@YAXXZ), \"?bar@@YAXXZ\"", "call (void __cdecl foo(void)), \"void __cdecl bar(void)\"")]
    [InlineData("__imp_?foo@@YAXXZ .?AVNet@@", "import thunk for void __cdecl foo(void) class Net `RTTI Type Descriptor Name'")]
    [InlineData("??_7Circle@geo@@6BNamed@1@@", "const geo::Circle::`vftable'{for `geo::Named'}")] // a closing '@' LLVM does not read
    [InlineData("0000 T ?lambda@?1??define_lambda@@YAHXZ@4V<lambda_1>@?0??1@YAHXZ@", "0000 T ?lambda@?1??define_lambda@@YAHXZ@4V<lambda_1>@?0??1@YAHXZ@")] // truncated: left whole
    [InlineData("?x@@3HAjunk ?x@@3HA", "?x@@3HAjunk int x")]
    [InlineData("  ?x@@3Ua b@@A  ", "  struct a b x  ")] // a line that is one name is read whole, spaces and all
    public void Microsoft_names_in_lines_are_read_whole_or_not_at_all(string line, string expected)
    {
        var output = new StringBuilder();
        DemangleCommand.DemangleLine(line, output, DemangleOptions.Default);
        Assert.Equal(expected, output.ToString());
    }

    [Theory]
    [InlineData("0000000000012340 T _ZN100_$LT$aho_corasick..packed..teddy..builder..x86_64..SlimAVX2$LT$_$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h0659098ea7fe942fE", false, "0000000000012340 T <aho_corasick::packed::teddy::builder::x86_64::SlimAVX2<_> as core::fmt::Debug>::fmt::h0659098ea7fe942f")]
    [InlineData("0000000000012340 T _ZN100_$LT$aho_corasick..packed..teddy..builder..x86_64..SlimAVX2$LT$_$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h0659098ea7fe942fE", true, "0000000000012340 T <aho_corasick::packed::teddy::builder::x86_64::SlimAVX2<_> as core::fmt::Debug>::fmt")]
    [InlineData("                 U _D3std5stdio4File6__ctorMFNcNfAyaMAxaZSQBlQBkQBh", false, "                 U std.stdio.File.this(immutable(char)[], scope const(char)[])")]
    public void Rust_and_d_names_in_nm_lines(string line, bool alternate, string expected)
    {
        var output = new StringBuilder();
        DemangleCommand.DemangleLine(line, output, new DemangleOptions { RustAlternate = alternate });
        Assert.Equal(expected, output.ToString());
    }

    /// <summary>
    /// Swift macro expansions' file names start with '@' (swift-demangle finds them in text): as an
    /// argument they are names, not response files; in a line they are read from the '@'.
    /// </summary>
    [Fact]
    public void Swift_macro_names_are_demangled_as_arguments_and_in_lines()
    {
        const string name = "@__swiftmacro_1a13testStringifyAA1bySi_SitF9stringifyfMf_";
        const string expected = "freestanding macro expansion #1 of stringify in a.testStringify(a: Swift.Int, b: Swift.Int) -> ()";
        var (exit, stdout, _) = CliRunner.Run("demangle", name);
        Assert.Equal(0, exit);
        Assert.Equal(expected, stdout.Trim());

        var output = new StringBuilder();
        DemangleCommand.DemangleLine("file " + name + ":3", output, DemangleOptions.Default);
        Assert.Equal("file " + expected + ":3", output.ToString());
    }

    [Fact]
    public void Piped_microsoft_name_matches_the_same_name_as_an_argument()
    {
        const string name = "?lambda@?1??define_lambda@@YAHXZ@4V<lambda_1>@?0??1@YAHXZ@A";
        var piped = new StringWriter();
        DemangleCommand.Filter(new StringReader(name + "\n"), piped, DemangleOptions.Default, flushEachLine: false);
        Assert.Equal(CliRunner.Run("demangle", name).Stdout.Replace("\r\n", "\n"), piped.ToString());
    }

    /// <summary>
    /// The real process with piped standard input (the path that skips building the command-line
    /// parser) prints what the in-process filter prints.
    /// </summary>
    [Fact]
    public void A_piped_process_filters_standard_input()
    {
        const string input = "0000 T _Z1fv\n?x@@3HA\n_Dmain\n";
        string cli = Path.Combine(AppContext.BaseDirectory, "abiportal.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [cli, "demangle"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(0, process.ExitCode);

        var expected = new StringWriter();
        DemangleCommand.Filter(new StringReader(input), expected, DemangleOptions.Default, flushEachLine: false);
        Assert.Equal(expected.ToString(), output);
        Assert.Equal("0000 T f()\nint x\nD main\n", output);
    }

    [Fact]
    public void Flushes_every_line_when_interactive()
    {
        var output = new CountingWriter();
        DemangleCommand.Filter(new StringReader("_Z1fv\n_Z1gv\n"), output, DemangleOptions.Default, flushEachLine: true);
        Assert.True(output.Flushes >= 2);
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }
}
