using System.Diagnostics;
using AbiPortal.Parsers.Demangling.Microsoft;
using AbiPortal.Tests;
using Xunit;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Names built to hurt a demangler: deep nesting, exponential back references, huge numbers,
/// truncations and mutations of every conformance input. None may throw, overflow the stack or
/// take long; deep and oversized ones must be rejected.
/// </summary>
public sealed class MicrosoftHostileInputTests
{
    [Fact]
    public void DeeplyNestedPointersAreRejectedWithoutStackOverflow()
    {
        string name = "?f@@YAX" + string.Concat(Enumerable.Repeat("PEA", 5000)) + "H@Z";
        Assert.False(MicrosoftDemangler.TryDemangle(name, out _));
    }

    [Fact]
    public void DeeplyNestedTemplateAliasesAreRejectedWithoutStackOverflow()
    {
        string name = "?x@@3V" + string.Concat(Enumerable.Repeat("?$a@$$Y", 3000)) + "b@" + new string('@', 6000) + "A";
        Assert.False(MicrosoftDemangler.TryDemangle(name, out _));
    }

    [Fact]
    public void DeeplyNestedLocalScopesAreRejectedWithoutStackOverflow()
    {
        string name = string.Concat(Enumerable.Repeat("?x@?1?", 2000)) + "?f@@YAXXZ";
        Assert.False(MicrosoftDemangler.TryDemangle(name, out _));
    }

    [Fact]
    public void NestingWithinTheLimitStillDemangles()
    {
        string name = "?f@@YAX" + string.Concat(Enumerable.Repeat("PEA", 50)) + "H@Z";
        Assert.True(MicrosoftDemangler.TryDemangle(name, out string? text));
        Assert.Equal("void __cdecl f(int " + new string('*', 50) + ")", text);
    }

    [Fact]
    public void ExponentialBackReferencesHitTheOutputCapQuickly()
    {
        // Parameter type k is a function pointer taking type k-1 twice (back reference k-1), so
        // the printed size doubles with each of the ten back references, and then repeats.
        var name = new System.Text.StringBuilder("?f@@YAXP6AXH@Z");
        for (int k = 0; k < 9; k++)
        {
            name.Append("P6AX").Append(k).Append(k).Append("@Z");
        }

        name.Append(new string('9', 2000)).Append("@Z");
        var clock = Stopwatch.StartNew();
        bool ok = MicrosoftDemangler.TryDemangle(name.ToString(), out _);
        clock.Stop();
        Assert.False(ok);
        Assert.True(clock.ElapsedMilliseconds < 5000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("?x@@3HA", "int x")]
    [InlineData("?x@@3HAasdf", "int x")]
    [InlineData("??@0123456789abcdef0123456789abcdef@", "??@0123456789abcdef0123456789abcdef@")]
    [InlineData(".?AVFoo@@", "class Foo `RTTI Type Descriptor Name'")]
    [InlineData("?f@@YAXPEAY01$$CBH@Z", "void __cdecl f(int const (*)[2])")]
    public void SmallCases(string mangled, string expected)
    {
        Assert.True(MicrosoftDemangler.TryDemangle(mangled, out string? text));
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("_Z3foov")]
    [InlineData("foo")]
    [InlineData("?")]
    [InlineData("?x@@3HPPPPPPPPPPPPPPPPPPPPPP@")]
    [InlineData("?f@@YAXY" + "PPPPPPPPPPPPPPPPPPPP@H@Z")]
    public void NonManglingsAreRejected(string mangled) => Assert.False(MicrosoftDemangler.TryDemangle(mangled, out _));

    [Fact]
    public void OverlongInputIsRejected() =>
        Assert.False(MicrosoftDemangler.TryDemangle("?" + new string('a', MicrosoftDemangler.MaxInputLength) + "@@3HA", out _));

    [SharedDataFact]
    public void TruncationsAndMutationsOfEveryConformanceInputNeverThrow()
    {

        var inputs = new[] { "msvc.tsv", "msvc-partial.tsv", "msvc-invalid.tsv" }
            .SelectMany(file => VectorFile.Read(file))
            .Select(row => row[0])
            .ToList();
        var random = new Random(12345);
        const string alphabet = "?@$0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcxyz";
        int accepted = 0;
        foreach (string input in inputs)
        {
            for (int cut = 1; cut < input.Length; cut++)
            {
                accepted += MicrosoftDemangler.TryDemangle(input.AsSpan(0, cut), out _) ? 1 : 0;
            }

            for (int round = 0; round < 20; round++)
            {
                char[] mutated = input.ToCharArray();
                int position = random.Next(mutated.Length);
                mutated[position] = alphabet[random.Next(alphabet.Length)];
                accepted += MicrosoftDemangler.TryDemangle(mutated, out _) ? 1 : 0;
            }
        }

        // Reaching here means nothing threw; some mutations are still valid names.
        Assert.True(accepted > 0);
    }
}
