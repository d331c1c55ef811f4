using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>
/// Every real fixture, cut short at many lengths and with bytes overwritten at many places:
/// the reader must return a snapshot (diagnostics allowed) and never throw or hang.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, Demangle = false };

    public static TheoryData<string, string> Fixtures => new()
    {
        { "macho", "libbase.x86_64.dylib" },
        { "macho", "libwrap.arm64.dylib" },
        { "macho", "libbase.fat.dylib" },
        { "macho", "base.arm64.o" },
        { "archives", "libmacho-x86_64.a" },
        { "archives", "libelf-bsd.a" },
        { "archives", "libelf-thin.a" },
        { "archives", "gamma.lib" },
        { "archives", "libmacho-fat.a" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Truncated_copies_never_throw(string area, string name)
    {
        byte[] data = File.ReadAllBytes(TestPaths.Fixture(area, name));
        int step = Math.Max(1, data.Length / 400);
        for (int length = 0; length < data.Length; length += step)
        {
            var snapshot = SnapshotReader.Read(data.AsMemory(0, length), name, Options);
            Assert.NotNull(snapshot);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Corrupted_copies_never_throw(string area, string name)
    {
        byte[] original = File.ReadAllBytes(TestPaths.Fixture(area, name));
        var random = new Random(4242);
        for (int round = 0; round < 300; round++)
        {
            byte[] data = (byte[])original.Clone();
            for (int k = 0; k < 4; k++)
            {
                // Hit the headers and load commands more often than the code bytes.
                int at = random.Next(2) == 0 ? random.Next(Math.Min(data.Length, 512)) : random.Next(data.Length);
                data[at] = (byte)random.Next(256);
            }

            var snapshot = SnapshotReader.Read(data, name, Options);
            Assert.NotNull(snapshot);
        }
    }
}
