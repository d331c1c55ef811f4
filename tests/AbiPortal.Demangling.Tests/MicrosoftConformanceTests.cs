using AbiPortal.Parsers.Demangling.Microsoft;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// LLVM 21's Microsoft demangling tests (../shared/testdata/demangle/msvc*.tsv). Each file's pass
/// count is reported; the test fails when it drops below the recorded threshold, which is only
/// ever raised.
/// </summary>
public sealed class MicrosoftConformanceTests(ITestOutputHelper log)
{
    private const int MsvcThreshold = 977;
    private const int MsvcPartialThreshold = 237;
    private const int MsvcInvalidThreshold = 80;
    private const int MsvcFlagsThreshold = 28;

    [SharedDataFact]
    public void FullOutputMatchesLlvmUndname() =>
        Check("msvc.tsv", MsvcThreshold, row => Demangle(row[0]) == row[1], row => $"{row[0]}\n  want {row[1]}\n  got  {Demangle(row[0])}");

    [SharedDataFact]
    public void PartialChecksAreContainedAndFullOutputMatches() =>
        Check("msvc-partial.tsv", MsvcPartialThreshold, row => Demangle(row[0]) is { } text && FoldSpaces(text).Contains(FoldSpaces(row[1]), StringComparison.Ordinal) && text == row[2],
            row => $"{row[0]}\n  want {row[2]}\n  got  {Demangle(row[0])}");

    [SharedDataFact]
    public void InvalidNamesAreRejected() =>
        Check("msvc-invalid.tsv", MsvcInvalidThreshold, row => !MicrosoftDemangler.TryDemangle(row[0], out _), row => $"{row[0]}\n  accepted as {Demangle(row[0])}");

    [SharedDataFact]
    public void OutputFlagsMatchLlvmUndnameOptions() =>
        Check("msvc-flags.tsv", MsvcFlagsThreshold, row => Demangle(row[0], ParseFlags(row[2])) == row[1],
            row => $"{row[0]} {row[2]}\n  want {row[1]}\n  got  {Demangle(row[0], ParseFlags(row[2]))}");

    private static string? Demangle(string name, OutputFlags flags = OutputFlags.Default) =>
        MicrosoftDemangler.TryDemangle(name, flags, out string? text) ? text : null;

    /// <summary>FileCheck matches runs of spaces as one space; so does the partial check.</summary>
    private static string FoldSpaces(string text) => System.Text.RegularExpressions.Regex.Replace(text, " +", " ");

    private static OutputFlags ParseFlags(string options)
    {
        OutputFlags flags = OutputFlags.Default;
        foreach (string option in options.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            flags |= option switch
            {
                "--no-calling-convention" => OutputFlags.NoCallingConvention,
                "--no-return-type" => OutputFlags.NoReturnType,
                "--no-access-specifier" => OutputFlags.NoAccessSpecifier,
                "--no-member-type" => OutputFlags.NoMemberType,
                "--no-variable-type" => OutputFlags.NoVariableType,
                _ => OutputFlags.Default,
            };
        }

        return flags;
    }

    private void Check(string file, int threshold, Func<string[], bool> passes, Func<string[], string> describe)
    {
        var rows = VectorFile.Read(file);

        var failures = rows.Where(row => !passes(row)).ToList();
        int passed = rows.Count - failures.Count;
        string summary = $"{file}: {passed}/{rows.Count} pass (threshold {threshold})";
        log.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (string[] row in failures.Take(400))
        {
            log.WriteLine(describe(row));
        }

        Assert.True(passed >= threshold, summary);
    }
}
