using System.Diagnostics;
using System.Text;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Tests;
using Xunit;

namespace AbiPortal.Demangling.Tests;

/// <summary>D names through the entry: the forms compilers emit, what is not D, and hostile input.</summary>
public sealed class DlangTests
{
    [Theory]
    [InlineData("_Dmain", "D main")]
    [InlineData("__Dmain", "D main")] // one more underscore, as llvm::demangle allows (Mach-O)
    [InlineData("_D8demangle3fooFiZv", "demangle.foo(int)")]
    [InlineData("_D3std5stdio4File6__ctorMFNcNfAyaMAxaZSQBlQBkQBh", "std.stdio.File.this(immutable(char)[], scope const(char)[])")]
    [InlineData("_D4core5cpuid9hasPopcntFNaNbNdNiNeZb", "core.cpuid.hasPopcnt()")]
    [InlineData("_D3std6socket15InternetAddress7nameLenMxFNaNbNdNiNfZk", "std.socket.InternetAddress.nameLen() const")]
    [InlineData("_D10TypeInfo_f6__initZ", "initializer for TypeInfo_f")]
    [InlineData("_D3std10functional__T9binaryFunVAyaa6_61203d3d2062VQta1_61VQBba1_62Z__TQByTaTaZQCgFNaNbNiNfaaZb", "std.functional.binaryFun!(\"a == b\", \"a\", \"b\").binaryFun!(char, char).binaryFun(char, char)")]
    [InlineData("_D3std8encoding__T15EncoderInstanceHTxwZ9__mixin136encodeFwDFwZvZv", "std.encoding.EncoderInstance!(const(dchar)).__mixin13.encode(dchar, void(dchar) delegate)")]
    [InlineData("_D5names4keepFNfNkMPiZQd", "names.keep(return scope int*)")]
    public void Compiler_names_demangle(string mangled, string expected)
        => Assert.Equal(expected, Demangler.Demangle(mangled));

    [Theory]
    [InlineData("_DYNAMIC")] // the ELF dynamic section's symbol
    [InlineData("_D")]
    [InlineData("_D4core6memory10initialize")] // no type
    [InlineData("_DTi16_D5names6Circle4areaMxFZd")] // interface thunks: no reference demangler reads them
    [InlineData("_D22TypeInfo_E5names5Color6__initZ.1486")] // GDC's local-symbol number
    [InlineData("_D8demangle5recurQa")] // a back reference to itself
    [InlineData("_D1a\u00e9i")]
    public void Non_d_names_return_null(string name)
        => Assert.Null(Demangler.Demangle(name));

    [Fact]
    public void Deep_nesting_is_rejected_without_stack_overflow()
    {
        Assert.Null(Demangler.Demangle("_D1aF" + new string('P', 30_000) + "iZv"));
        Assert.Null(Demangler.Demangle("_D" + string.Concat(Enumerable.Repeat("1a__T1b", 5000)) + "Z"));
        Assert.Equal("a(" + "int" + new string('*', 100) + ")", Demangler.Demangle("_D1aF" + new string('P', 100) + "iZv"));
    }

    [Fact]
    public void Exponential_back_references_hit_the_output_cap_quickly()
    {
        // t0 = int; each t(k) is an associative array keyed and valued by two back references to
        // t(k-1), so t40 prints 2^40 "int"s from a ~400-character symbol.
        var name = new StringBuilder("_D1aF");
        int previous = name.Length;
        name.Append('i');
        for (int k = 1; k <= 40; k++)
        {
            int current = name.Length;
            name.Append('H');
            name.Append('Q').Append(Backref(name.Length - 1 - previous));
            name.Append('Q').Append(Backref(name.Length - 1 - previous));
            previous = current;
        }

        name.Append("Zv");
        var clock = Stopwatch.StartNew();
        Assert.Null(Demangler.Demangle(name.ToString()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Truncations_of_real_names_never_throw()
    {
        var set = RealNameSets.Names().Single(s => s.Name == "dlang/names.tsv");
        foreach (string mangled in set.Rows.Select(row => row.Mangled))
        {
            for (int length = 0; length <= mangled.Length; length++)
            {
                _ = Demangler.Demangle(mangled[..length]);
            }
        }
    }

    [Theory]
    [InlineData("_D4294967296a")]
    [InlineData("_D1aQZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZa")]
    [InlineData("_D1a__T1bVAyaa4294967295_Zv")]
    public void Overflowing_numbers_are_rejected(string name)
        => Assert.Null(Demangler.Demangle(name));

    /// <summary>NumberBackRef: base 26, upper-case letters for the high digits and lower-case for the last.</summary>
    private static string Backref(int distance)
    {
        string digits = ((char)('a' + (distance % 26))).ToString();
        for (distance /= 26; distance > 0; distance /= 26)
        {
            digits = (char)('A' + (distance % 26)) + digits;
        }

        return digits;
    }
}
