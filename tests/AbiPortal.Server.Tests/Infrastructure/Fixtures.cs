using AbiPortal.Tests;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>The server fixtures (tests/fixtures/server, rebuilt by its build.sh).</summary>
public static class Fixtures
{
    public static string DemoV1Path => TestPaths.Fixture("server", "libdemo-1.0.so");

    public static string DemoV2Path => TestPaths.Fixture("server", "libdemo-2.0.so");

    public static byte[] DemoV1 => File.ReadAllBytes(DemoV1Path);

    public static byte[] DemoV2 => File.ReadAllBytes(DemoV2Path);

    /// <summary>
    /// libdemo 1.0 with <paramref name="n"/> appended after the end of the file: a distinct
    /// content hash, still the same valid ELF (nothing in an ELF file points past its sections).
    /// </summary>
    public static byte[] DemoVariant(int n)
    {
        byte[] original = DemoV1;
        byte[] tail = System.Text.Encoding.ASCII.GetBytes($"variant-{n}");
        return [.. original, .. tail];
    }
}
