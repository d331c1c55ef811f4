using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>
/// What reading one input may cost before it counts as a finding, in one place for the mutation
/// tests, the regression inputs and bench/fuzz (which links this file). The allocation bound is
/// four times the work budget's slope (<see cref="ParseLimits.MaxWorkPerInputByte"/>, 16): the
/// budget counts names and entries, not the lists and records built around them. Every real
/// library on the build machine allocates at most 16 bytes per input byte (bench/README.md).
/// </summary>
internal static class ReadBounds
{
    /// <summary>Allocation allowed whatever the size: the snapshot, the diagnostics, one long demangled name.</summary>
    public const long AllocationBase = 1 << 20;

    /// <summary>Allocation allowed per byte of input.</summary>
    public const int AllocationPerInputByte = 64;

    /// <summary>
    /// How a read is done here: everything the server does (names demangled, no hash: it only
    /// reads the bytes once more) on the calling thread, so that its allocations can be counted.
    /// The DWARF reader, once merged, joins through these options if it is not on by default.
    /// </summary>
    public static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, Demangle = true, MaxDegreeOfParallelism = 1 };

    public static long AllocationLimit(long inputLength) => AllocationBase + (AllocationPerInputByte * inputLength);

    /// <summary>Reads <paramref name="data"/> and returns what it allocated; throws <see cref="ReadBoundException"/> past <see cref="AllocationLimit"/>.</summary>
    public static (Snapshot Snapshot, long Allocated) Read(byte[] data, SnapshotReadOptions? options = null)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var snapshot = SnapshotReader.Read(data, "input", options ?? Options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated > AllocationLimit(data.Length))
        {
            throw new ReadBoundException($"allocated {allocated:N0} bytes reading {data.Length:N0} bytes, over the bound of {AllocationLimit(data.Length):N0} (1 MiB + 64 x size)");
        }

        return (snapshot, allocated);
    }
}
