using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Demangling.Swift;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// swift-demangle's own test file (Swift 6.2.3 test/Demangle/Inputs/manglings.txt, as swift.tsv). The
/// lit test runs <c>swift-demangle -classify</c>, so some expectations start with a classification
/// tag such as <c>{C} </c> or <c>{T:...} </c>; the demangled text is what follows it. A row whose
/// expectation equals its input must be rejected. The pass count is reported and the test fails below
/// the recorded threshold, which is only ever raised.
/// </summary>
public sealed class SwiftConformanceTests(ITestOutputHelper log)
{
    private const int Threshold = 495;

    [SharedDataFact]
    public void DefaultOutputMatchesSwiftDemangle()
    {
        var rows = VectorFile.Read("swift.tsv");
        var failures = new List<string>();
        foreach (string[] row in rows)
        {
            string mangled = row[0];
            string expected = StripClassification(row[1]);
            bool rejected = expected == mangled;
            bool ok = SwiftDemangler.TryDemangle(mangled, out string? text);
            if (rejected ? ok : !ok || text != expected)
            {
                failures.Add($"{mangled}\n  want {(rejected ? "(rejected)" : expected)}\n  got  {(ok ? text : "(rejected)")}");
            }
        }

        int passed = rows.Count - failures.Count;
        VectorFile.Report(log, "swift.tsv", passed, rows.Count);
        VectorFile.DumpFailures("swift.tsv", failures);
        foreach (string failure in failures)
        {
            log.WriteLine(failure);
        }

        Assert.True(passed >= Threshold, $"swift.tsv: {passed}/{rows.Count} pass (threshold {Threshold})");
    }

    /// <summary>Every accepted row demangles the same through the scheme-detecting entry point, with and without Mach-O's extra underscore.</summary>
    [SharedDataFact]
    public void DemanglerDetectsSwiftNames()
    {
        foreach (string[] row in VectorFile.Read("swift.tsv"))
        {
            string expected = StripClassification(row[1]);
            if (expected == row[0] || !SwiftDemangler.TryDemangle(row[0], out string? direct))
            {
                continue;
            }

            Assert.Equal(direct, Demangler.Demangle(row[0]));
            if (row[0][0] == '_')
            {
                Assert.Equal(direct, Demangler.Demangle("_" + row[0]));
            }
        }
    }

    /// <summary>Drops a leading <c>{...} </c> classification tag.</summary>
    internal static string StripClassification(string expected)
    {
        if (expected.StartsWith('{'))
        {
            int end = expected.IndexOf("} ", StringComparison.Ordinal);
            if (end > 0)
            {
                return expected[(end + 2)..];
            }
        }

        return expected;
    }
}
