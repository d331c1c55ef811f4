using AbiPortal.Parsers.Demangling.Swift;
using Xunit;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Mutated swift-demangle vectors (truncated, characters replaced, spliced with another vector, with a
/// fixed seed) must demangle or be rejected, never throw: the parsers' assumptions about what the
/// stack holds, and the printer's about the tree's shape, are checked here.
/// </summary>
public sealed class SwiftMutationTests
{
    [SharedDataFact]
    public void MutatedVectorsNeverThrow()
    {
        var names = VectorFile.Read("swift.tsv").Select(row => row[0]).Where(name => name.Length > 3).ToArray();
        var random = new Random(20261122);
        const string Alphabet = "_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$.";
        const int Count = 60_000;
        int demangled = 0;
        for (int i = 0; i < Count; i++)
        {
            string name = names[random.Next(names.Length)];
            string mutated = random.Next(5) switch
            {
                0 => name[..random.Next(1, name.Length)],
                1 => Replace(name, random, Alphabet),
                2 => name + names[random.Next(names.Length)][2..],
                3 => Insert(name, random, Alphabet),
                _ => Replace(Replace(name, random, Alphabet), random, Alphabet),
            };
            if (SwiftDemangler.TryDemangle(mutated, out string? text))
            {
                Assert.False(string.IsNullOrEmpty(text));
                demangled++;
            }
        }

        // Some mutations stay valid (a changed length digit, another standard type): both paths run.
        Assert.InRange(demangled, 1, Count - 1);
    }

    private static string Replace(string name, Random random, string alphabet)
    {
        char[] chars = name.ToCharArray();
        chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static string Insert(string name, Random random, string alphabet) =>
        name.Insert(random.Next(name.Length), alphabet[random.Next(alphabet.Length)].ToString());
}
