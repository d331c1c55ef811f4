using System.Diagnostics;
using AbiPortal.Parsers.Demangling.Rust;
using AbiPortal.Tests;
using Xunit;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Rust symbols built to hurt a demangler: deep nesting, back references that point forward or
/// at themselves, exponential back references, overflowing numbers and Punycode, truncations and
/// mutations of every conformance input. None may throw, overflow the stack or take long.
/// </summary>
public sealed class RustHostileInputTests
{
    /// <summary>The three output styles, by number (the enum is internal to the demangler).</summary>
    public static TheoryData<int> Styles => new() { (int)RustStyle.Default, (int)RustStyle.Alternate, (int)RustStyle.Llvm };

    [Theory]
    [MemberData(nameof(Styles))]
    public void DeepNestingIsRejectedWithoutStackOverflow(int styleNumber)
    {
        var style = (RustStyle)styleNumber;
        string name = "_RINvC1a1bE" + string.Concat(Enumerable.Repeat("R", 20000)) + "pE";
        Assert.False(RustDemangler.TryDemangle(name, style, out _));
        string paths = "_R" + string.Concat(Enumerable.Repeat("NvNv", 5000)) + "C1a" + string.Concat(Enumerable.Repeat("1b", 10000));
        Assert.False(RustDemangler.TryDemangle(paths, style, out _));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void NestingWithinTheLimitStillDemangles(int styleNumber)
    {
        var style = (RustStyle)styleNumber;
        string name = "_RINvC1a1bE" + string.Concat(Enumerable.Repeat("R", 100)) + "pE";
        Assert.True(RustDemangler.TryDemangle("_RINvC1a1b" + string.Concat(Enumerable.Repeat("R", 100)) + "pE", style, out string? text));
        Assert.Equal("a::b::<" + new string('&', 100) + "_>", text);
        Assert.False(RustDemangler.TryDemangle(name, style, out _));
    }

    [Theory]
    [InlineData("_RB_")]
    [InlineData("_RNvB_1a")]
    [InlineData("_RIC1aB3_E")]
    [InlineData("_RIC1aSB4_E")]
    [InlineData("_RIC1aB9999_E")]
    public void BackReferencesMustPointStrictlyBackwards(string name)
    {
        foreach (RustStyle style in Enum.GetValues<RustStyle>())
        {
            Assert.False(RustDemangler.TryDemangle(name, style, out _));
        }
    }

    [Fact]
    public void ExponentialBackReferencesHitTheOutputCapQuickly()
    {
        // Generic arguments t0..t40 where t0 = (_, _) and each t(k) is a tuple of two back
        // references to t(k-1): t40 prints 2^41 placeholders from a ~400-character symbol.
        var inner = new System.Text.StringBuilder("INvC1a1b");
        int previous = inner.Length;
        inner.Append("TppE");
        for (int k = 1; k <= 40; k++)
        {
            int start = inner.Length;
            string backref = "B" + EncodeBase62(previous) + "_";
            inner.Append('T').Append(backref).Append(backref).Append('E');
            previous = start;
        }

        inner.Append('E');
        var clock = Stopwatch.StartNew();
        bool ok = RustDemangler.TryDemangle("_R" + inner, RustStyle.Default, out _);
        clock.Stop();
        Assert.False(ok);
        Assert.True(clock.ElapsedMilliseconds < 5000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(RustDemangler.TryDemangle("_RINvC1a1bTppETB7_B7_EE", RustStyle.Default, out string? small));
        Assert.Equal("a::b::<(_, _), ((_, _), (_, _))>", small);
    }

    [Theory]
    [InlineData("_RNvC1au25zzzzzzzzzzzzzzzzzzzzzzzzz", "a::punycode{zzzzzzzzzzzzzzzzzzzzzzzzz}")]
    [InlineData("_RNvC1au21p18888888888888888888", "a::punycode{p18888888888888888888}")]
    public void UndecodablePunycodePrintsRawInRustcFormsAndFailsInLlvmForm(string name, string rustc)
    {
        Assert.True(RustDemangler.TryDemangle(name, alternate: false, out string? text));
        Assert.Equal(rustc, text);
        Assert.False(RustDemangler.TryDemangle(name, RustStyle.Llvm, out _));
    }

    [Theory]
    [InlineData("_RNvC1a4main", "a::main")]
    [InlineData("__RNvC1a4main", "a::main")]
    [InlineData("RNvC1a4main", "a::main")]
    [InlineData("__ZN4test4mainE", "test::main")]
    [InlineData("ZN4test4mainE", "test::main")]
    public void PrefixVariantsAreAccepted(string name, string expected)
    {
        Assert.True(RustDemangler.TryDemangle(name, alternate: true, out string? text));
        Assert.Equal(expected, text);
    }

    [Fact]
    public void OverlongInputIsRejected() =>
        Assert.False(RustDemangler.TryDemangle("_RNvC1a" + new string('9', RustDemangler.MaxInputLength), alternate: false, out _));

    [SharedDataFact]
    public void TruncationsAndMutationsOfEveryConformanceInputNeverThrow()
    {

        var inputs = new[] { "rust.tsv", "rust-alt.tsv", "rust-llvm.tsv" }
            .SelectMany(file => VectorFile.Read(file))
            .Select(row => row[0])
            .Where(input => input.Length < 600)
            .ToList();
        var random = new Random(54321);
        const string alphabet = "_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$.";
        int accepted = 0;
        foreach (string input in inputs)
        {
            for (int round = 0; round < 30; round++)
            {
                char[] mutated = input.ToCharArray();
                int position = random.Next(mutated.Length);
                mutated[position] = alphabet[random.Next(alphabet.Length)];
                int cut = round % 3 == 0 ? random.Next(1, mutated.Length + 1) : mutated.Length;
                foreach (RustStyle style in Enum.GetValues<RustStyle>())
                {
                    accepted += RustDemangler.TryDemangle(mutated.AsSpan(0, cut), style, out _) ? 1 : 0;
                }
            }
        }

        // Reaching here means nothing threw; some mutations are still valid symbols.
        Assert.True(accepted > 0);
    }

    /// <summary>The digits of a v0 base-62 number for <paramref name="value"/> (0 is written as nothing before '_').</summary>
    private static string EncodeBase62(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        if (value == 0)
        {
            return "";
        }

        value--;
        string text = "";
        do
        {
            text = digits[value % 62] + text;
            value /= 62;
        }
        while (value > 0);
        return text;
    }
}
