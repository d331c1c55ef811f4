using System.Diagnostics;
using System.Text;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Demangling.Swift;
using Xunit;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Swift names built to hurt a demangler: deep nesting in both manglings, substitutions that expand
/// exponentially or point nowhere, huge repeat counts, lengths and numbers, malformed Punycode, and
/// names embedded in names. None may throw, overflow the stack, allocate without bound or take long.
/// </summary>
public sealed class SwiftHostileInputTests
{
    [Fact]
    public void NestingWithinTheBoundStillDemangles()
    {
        string name = "$sSi" + Repeat("Sg", 100) + "D";
        Assert.True(SwiftDemangler.TryDemangle(name, out string? text));
        Assert.Equal("Swift.Int" + new string('?', 100), text);
    }

    [Fact]
    public void DeepNestingPrintsLikeSwiftWithoutOverflowingTheStack()
    {
        // The postfix parser reads any depth without recursing; the printer stops at Swift's depth.
        string name = "$sSi" + Repeat("Sg", 10_000) + "D";
        Assert.True(SwiftDemangler.TryDemangle(name, out string? text));
        Assert.Contains("<<too complex>>", text);
    }

    [Fact]
    public void DeepOldManglingNestingIsRejected()
    {
        // Swift 3 manglings are prefix: each Optional<...> nests the parser once more.
        string name = "_Tt" + Repeat("GSq", 20_000) + "Si" + new string('_', 20_000);
        Assert.False(SwiftDemangler.TryDemangle(name, out _));
        string nested = "_Tt" + Repeat("GSq", 100) + "Si" + new string('_', 100);
        Assert.True(SwiftDemangler.TryDemangle(nested, out string? text));
        Assert.Equal("Swift.Int" + new string('?', 100), text);
    }

    [Fact]
    public void DeeplyNestedGenericParentsAreRejected()
    {
        // A chain of nested types (V after V after ...) whose generic arguments are applied parent by parent.
        var name = new StringBuilder("$s1a");
        for (int i = 0; i < 5_000; i++)
        {
            name.Append("1bV");
        }

        // The argument lists: the outermost first after 'y', the innermost last, '_' between them.
        name.Append('y').Append(Repeat("Si_", 4_999)).Append("SiG").Append('D');
        var watch = Stopwatch.StartNew();
        Assert.False(SwiftDemangler.TryDemangle(name.ToString(), out _));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ExponentialSubstitutionExpansionHitsACap()
    {
        // Level k is [S(k-1) : S(k-1)]: 2^60 copies of Swift.Int if printed in full. (Level 0 stays on
        // the operand stack too, so it prints first, as swift-demangle prints it.)
        Assert.Equal("[Swift.Int : Swift.Int][[Swift.Int : Swift.Int] : [Swift.Int : Swift.Int]]", Demangler.Demangle(DoublingName(1)));
        var watch = Stopwatch.StartNew();
        Assert.False(SwiftDemangler.TryDemangle(DoublingName(60), out _));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("$sAB")]
    [InlineData("$s1aAB")]
    [InlineData("$s1aA5_")]
    [InlineData("$s1a1bAc")]
    [InlineData("$s04abcdAZ0")]
    [InlineData("_TtS_")]
    [InlineData("_TtS5_")]
    public void SubstitutionsMustReferToSomethingAlreadyRead(string name) => Assert.False(SwiftDemangler.TryDemangle(name, out _));

    [Theory]
    [InlineData("$sSaySiGA99999999999B")]
    [InlineData("$sSaySiGA2049A")]
    [InlineData("$sS3000i")]
    [InlineData("$sBi99999_")]
    [InlineData("$sBf0_")]
    [InlineData("$s999999999a")]
    [InlineData("$s99999999999999999999a")]
    [InlineData("$s2147483648abc")]
    [InlineData("_Tt999999999999999999999C")]
    public void HugeCountsAndLengthsAreRejected(string name) => Assert.False(SwiftDemangler.TryDemangle(name, out _));

    [Fact]
    public void RepeatCountsCannotExhaustTheStack()
    {
        // Every A2048A pushes 2048 operands; the operand stack is capped.
        string name = "$sSaySiG" + Repeat("A2048A", 100) + "D";
        var watch = Stopwatch.StartNew();
        Assert.False(SwiftDemangler.TryDemangle(name, out _));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("$s003foo")]
    [InlineData("$s0022aaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("$s0010zzzzzzzzzz")]
    [InlineData("$s0010JJJJJJJJJJ")]
    [InlineData("$s004_a_b1ACVD")]
    [InlineData("_TtCX10zzzzzzzzzz3foo")]
    public void MalformedPunycodeNeverThrows(string name) => SwiftDemangler.TryDemangle(name, out _);

    [Fact]
    public void NamesEmbeddedInNamesAreDemangledToABoundedDepth()
    {
        // Each level is a function signature specialization that constant-propagates the previous level.
        string name = "_TF4test1fFT_T_";
        for (int level = 0; level < 8; level++)
        {
            name = "_TTSf1cpfr" + name.Length + name + "__" + "_TF4test1fFT_T_";
        }

        Assert.True(SwiftDemangler.TryDemangle(name, out string? text));
        Assert.StartsWith("function signature specialization <Arg[0] = [Constant Propagated Function : function signature specialization", text);
        // Past the nesting bound the embedded name is shown as it is.
        Assert.Contains("Constant Propagated Function : _TTSf1cpfr", text);
    }

    [Fact]
    public void OverlongAndNonAsciiInputIsRejected()
    {
        Assert.False(SwiftDemangler.TryDemangle("$s" + new string('1', SwiftDemangler.MaxInputLength), out _));
        Assert.False(SwiftDemangler.TryDemangle("$s3fooé", out _));
        Assert.False(SwiftDemangler.TryDemangle("$s", out _));
        Assert.False(SwiftDemangler.TryDemangle("_T", out _));
    }

    [Fact]
    public void SymbolicReferencesAreRejectedWithoutABinaryToResolveThem()
    {
        Assert.False(SwiftDemangler.TryDemangle("$s\u0001\u0000\u0000\u0000\u0000D", out _));
        Assert.False(SwiftDemangler.TryDemangle("$s\u00FF\u0002abcdD", out _));
    }

    /// <summary>[Int : Int], then [S : S] of the previous dictionary, <paramref name="levels"/> times.</summary>
    private static string DoublingName(int levels)
    {
        var name = new StringBuilder("$sSDySiSiG");
        for (int i = 0; i < levels; i++)
        {
            string previous = Substitution(i);
            name.Append("SDy").Append(previous).Append(previous).Append('G');
        }

        return name.Append('D').ToString();
    }

    /// <summary>The A-substitution of table entry <paramref name="index"/>.</summary>
    private static string Substitution(int index) => index switch
    {
        < 26 => "A" + (char)('A' + index),
        26 => "A_",
        _ => "A" + (index - 27) + "_",
    };

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
