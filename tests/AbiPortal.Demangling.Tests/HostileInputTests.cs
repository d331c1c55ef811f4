using System.Text;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Demangling.Itanium;

namespace AbiPortal.Demangling.Tests;

/// <summary>Names built to exhaust the stack, memory or time must be rejected, never crash or hang.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Deeply_nested_pointers_are_rejected_not_a_stack_overflow()
    {
        string name = "_Z1f" + new string('P', 200_000) + "i";
        Assert.Null(Demangler.Demangle(name));
    }

    [Fact]
    public void Deeply_nested_template_arguments_are_rejected()
    {
        var sb = new StringBuilder("_Z1f");
        for (int i = 0; i < 5000; i++)
        {
            sb.Append("1AI");
        }

        sb.Append('i').Append('E', 5000).Append('v');
        Assert.Null(Demangler.Demangle(sb.ToString()));
    }

    [Fact]
    public void Nesting_within_the_bound_still_demangles()
    {
        string name = "_Z1f" + new string('P', 100) + "i";
        Assert.Equal("f(int" + new string('*', 100) + ")", Demangler.Demangle(name));
    }

    [Fact]
    public void Exponential_substitution_expansion_hits_the_output_cap()
    {
        // Each level is X<previous, previous>: 2^60 copies of "int" if printed in full.
        Assert.NotNull(Demangler.Demangle(DoublingName(4)));
        string name = DoublingName(60);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(ItaniumDemangler.TryDemangle(name, out _));
        // Generous: the point is that it terminates quickly, not a timing benchmark.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Self_referencing_substitutions_are_rejected()
    {
        Assert.Null(Demangler.Demangle("_Z1fS_"));
        Assert.Null(Demangler.Demangle("_Z1fS0_S0_"));
    }

    [Fact]
    public void Overlong_names_are_rejected_without_parsing()
    {
        string name = "_Z1f" + new string('i', ItaniumDemangler.MaxMangledLength);
        Assert.Null(Demangler.Demangle(name));
    }

    [Theory]
    [InlineData("_Z1fPFPFPFPFvvEvEvEvE")]
    [InlineData("_ZN1AIiE1fIiEEvT_")]
    [InlineData("_ZcvT_IiEv")]
    public void Assorted_valid_names_survive_the_guards(string name)
        => Assert.NotNull(Demangler.Demangle(name));

    /// <summary>f(X&lt;int, int&gt;, X&lt;S0, S0&gt;, X&lt;S1, S1&gt;, ...): S_ = X, S0_ = X&lt;int, int&gt;, each level adds the next.</summary>
    private static string DoublingName(int levels)
    {
        var sb = new StringBuilder("_Z1f1XIiiE");
        for (int i = 0; i < levels; i++)
        {
            string sub = "S" + Base36(i) + "_";
            sb.Append("S_I").Append(sub).Append(sub).Append('E');
        }

        return sb.ToString();
    }

    private static string Base36(int value)
    {
        const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        string result = string.Empty;
        do
        {
            result = Digits[value % 36] + result;
            value /= 36;
        }
        while (value > 0);
        return result;
    }
}
