using AbiPortal.Parsers.Demangling;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>The scheme-detecting facade: prefixes, options, and LLVM's command-line and detection vectors.</summary>
public sealed class DemanglerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("_Z3fooi", "foo(int)")]
    [InlineData("__Z3fooi", "foo(int)")] // Mach-O's extra underscore
    [InlineData("___Z3fooi_block_invoke", "invocation function for block in foo(int)")]
    [InlineData("._ZL5func0v", ".func0()")]
    [InlineData("_Z3foov.cold", "foo() (.cold)")]
    [InlineData("_ZN4llvm3fooEv.isra.0", "llvm::foo() (.isra.0)")]
    [InlineData("__imp__ZSt6futureIvE", "import thunk for std::future<void>")]
    [InlineData("_ZTV4Base", "vtable for Base")]
    [InlineData("_ZThn8_N7Derived1fEv", "non-virtual thunk to Derived::f()")]
    [InlineData("_ZGVZ4mainE1x", "guard variable for main::x")]
    [InlineData(".?AVNet@@", "class Net `RTTI Type Descriptor Name'")] // MSVC RTTI type name: the dot belongs to it
    [InlineData("_Dmain", "D main")]
    public void Known_names_demangle(string mangled, string expected)
        => Assert.Equal(expected, Demangler.Demangle(mangled));

    [Theory]
    [InlineData("")]
    [InlineData("main")]
    [InlineData("_foo")]
    [InlineData("_Z")]
    [InlineData("_ZN3foo")]
    [InlineData("_____Z1fi")] // five underscores is not an Itanium prefix
    [InlineData("__imp__foo")]
    [InlineData("i")] // a bare type is only demangled on request, as c++filt -t
    public void Non_manglings_return_null(string name)
        => Assert.Null(Demangler.Demangle(name));

    [Fact]
    public void Strip_underscore_drops_one_underscore_and_the_leading_dot_rule()
    {
        var strip = new DemangleOptions { StripUnderscore = true };
        Assert.Equal("ns::f", Demangler.Demangle("___ZN2ns1fE", strip));
        Assert.Null(Demangler.Demangle("_ZSt1f", strip));
        Assert.Null(Demangler.Demangle("_._Z3f.0v", strip));
    }

    [Fact]
    public void Rust_legacy_names_are_recognised_by_their_hash_segment()
    {
        Assert.True(Demangler.IsRustLegacy("_ZN4core3fmt5write17h0123456789abcdefE"));
        Assert.True(Demangler.IsRustLegacy("_ZN4core3fmt5write17h0123456789abcdefE.llvm.42"));
        Assert.False(Demangler.IsRustLegacy("_ZN4core3fmt5writeE"));
        Assert.False(Demangler.IsRustLegacy("_ZN4core3fmt5write17h0123456789abcdegE"));
        Assert.False(Demangler.IsRustLegacy("_ZN4core3fmt5write17h0123456789abcdefEv"));
        Assert.False(Demangler.IsRustLegacy("_ZN4core3fmt5write17h0123456789abcdef"));
        Assert.False(Demangler.IsRustLegacy("_ZN4core3fmt5write99h0123456789abcdefE"));
        Assert.True(Demangler.IsRustLegacy("_ZN100_$LT$aho_corasick..packed..teddy..builder..x86_64..SlimAVX2$LT$_$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h0659098ea7fe942fE"));
    }

    /// <summary>
    /// Trait impls and generic code put <c>..</c> (Rust's <c>::</c>) inside identifiers; the hash is
    /// found by walking the elements, not by cutting at the first '.' (rustc-demangle's output).
    /// </summary>
    [Theory]
    [InlineData("_ZN100_$LT$aho_corasick..packed..teddy..builder..x86_64..SlimAVX2$LT$_$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h0659098ea7fe942fE", "<aho_corasick::packed::teddy::builder::x86_64::SlimAVX2<_> as core::fmt::Debug>::fmt::h0659098ea7fe942f")]
    [InlineData("__ZN100_$LT$aho_corasick..packed..teddy..builder..x86_64..SlimAVX2$LT$_$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h0659098ea7fe942fE", "<aho_corasick::packed::teddy::builder::x86_64::SlimAVX2<_> as core::fmt::Debug>::fmt::h0659098ea7fe942f")]
    [InlineData("_ZN4core3ptr85drop_in_place$LT$std..rt..lang_start$LT$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h0a3c5d9d6f4b2e1aE.llvm.9912383", "core::ptr::drop_in_place<std::rt::lang_start<()>::{{closure}}>::h0a3c5d9d6f4b2e1a")]
    [InlineData("_ZN4core3fmt5write17h0123456789abcdefE.cold.1", "core::fmt::write::h0123456789abcdef.cold.1")]
    public void Rust_legacy_names_with_dots_in_their_path_demangle_as_rustc_demangle(string mangled, string expected)
        => Assert.Equal(expected, Demangler.Demangle(mangled));

    /// <summary>llvm-cxxfilt-cli.tsv: the rows whose options we support (-n, -_); -p and -t are not offered.</summary>
    [SharedDataFact]
    public void Llvm_cxxfilt_command_line_vectors()
    {
        var rows = VectorFile.Read("llvm-cxxfilt-cli.tsv");

        int passed = 0, applicable = 0;
        var failures = new List<string>();
        foreach (var row in rows)
        {
            string[] flags = row[2].Split(' ');
            if (flags.Any(f => f is "-p" or "-t"))
            {
                continue;
            }

            applicable++;
            var options = new DemangleOptions { StripUnderscore = flags.Contains("-_") };
            string actual = Demangler.Demangle(row[0], options) ?? row[0];
            if (actual == row[1])
            {
                passed++;
            }
            else
            {
                failures.Add($"{row[0]} [{row[2]}] want '{row[1]}' got '{actual}'");
            }
        }

        VectorFile.Report(output, "llvm-cxxfilt-cli.tsv (without -p/-t)", passed, applicable);
        Assert.True(passed == applicable, string.Join("\n", failures));
    }

    /// <summary>llvm-generic.tsv: scheme detection across Itanium, Rust, D and Microsoft; every row.</summary>
    [SharedDataFact]
    public void Llvm_generic_detection_vectors()
    {
        var rows = VectorFile.Read("llvm-generic.tsv");

        var failures = new List<string>();
        foreach (var row in rows)
        {
            string actual = Demangler.Demangle(row[0]) ?? row[0];
            if (actual != row[1])
            {
                failures.Add($"{row[0]} want '{row[1]}' got '{actual}'");
            }
        }

        VectorFile.Report(output, "llvm-generic.tsv", rows.Count - failures.Count, rows.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
