using AbiPortal.Parsers.Demangling.Itanium;
using AbiPortal.Tests;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Mutated real names (truncated, spliced, characters replaced, with a fixed seed) must demangle or be
/// rejected, never throw: the parser's assumptions about what follows a production are checked here.
/// </summary>
public sealed class ItaniumMutationTests
{
    [Fact]
    public void Mutated_real_names_never_throw()
    {
        string data = Path.Combine(TestPaths.RepoRoot, "tests", "AbiPortal.Demangling.Tests", "Data", "real-symbols.tsv");
        var names = File.ReadLines(data).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray();
        Mutate(names, 20_000, 20261121);
    }

    /// <summary>The LLVM vectors cover the rarer grammar (expressions, lambdas, constraints).</summary>
    [SharedDataFact]
    public void Mutated_llvm_vectors_never_throw()
    {
        var rows = VectorFile.Read("itanium.tsv");

        Mutate(rows.Select(r => r[0]).Where(n => n.Length > 2).ToArray(), 60_000, 5);
    }

    private static void Mutate(string[] names, int count, int seed)
    {
        var random = new Random(seed);
        const string Alphabet = "_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$.";
        int demangled = 0;
        for (int i = 0; i < count; i++)
        {
            char[] name = names[random.Next(names.Length)].ToCharArray();
            string mutated = random.Next(4) switch
            {
                0 => new string(name, 0, random.Next(1, name.Length)),
                1 => Replace(name, random, Alphabet),
                2 => new string(name) + names[random.Next(names.Length)].Substring(2),
                _ => Replace(Replace(name, random, Alphabet).ToCharArray(), random, Alphabet),
            };
            if (ItaniumDemangler.TryDemangle(mutated, out string? text))
            {
                Assert.False(string.IsNullOrEmpty(text));
                demangled++;
            }
        }

        // Some mutations stay valid (a changed length digit, a changed builtin): the test exercises both paths.
        Assert.InRange(demangled, 1, count - 1);
    }

    private static string Replace(char[] name, Random random, string alphabet)
    {
        name[random.Next(name.Length)] = alphabet[random.Next(alphabet.Length)];
        return new string(name);
    }
}
