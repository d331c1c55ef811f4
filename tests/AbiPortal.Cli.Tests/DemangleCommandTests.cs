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
