using AbiPortal.Tests;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// A fact over the conformance vectors in ../shared/testdata/demangle. On a developer machine
/// without them it is reported as skipped, not as passed; on CI it always runs, and
/// <see cref="TestPaths.SharedTestData"/> fails it when the data is missing.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!TestPaths.IsCI && TestPaths.SharedTestData("demangle") is null)
        {
            Skip = "../shared/testdata/demangle is not beside this clone (CI always has it).";
        }
    }
}
