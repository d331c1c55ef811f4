using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Tests.Hostile;

namespace AbiPortal.Parsers.Tests.Reading;

/// <summary>
/// A read can be stopped: the readers check <see cref="SnapshotReadOptions.CancellationToken"/>
/// as they walk tables and the demangling pass as it goes, and the read ends with
/// <see cref="OperationCanceledException"/> instead of running to the end unobserved.
/// </summary>
public sealed class CancellationTests
{
    /// <summary>20,000 mangled function names: long enough that both the symbol loop and the demangling pass check the token many times.</summary>
    private static readonly byte[] Library = HostileInputs.ElfObjectDefining(Enumerable.Range(0, 20_000).Select(i => $"function{i}").Select(f => $"_ZN4test{f.Length}{f}Ev").ToArray());

    [Fact]
    public void A_token_cancelled_before_the_read_stops_it_at_once()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => SnapshotReader.Read(Library, "lib.o", new SnapshotReadOptions { CancellationToken = source.Token }));
    }

    [Fact]
    public void A_token_cancelled_while_the_symbols_are_read_stops_the_reader()
    {
        int total = CountSpans();
        using var source = new CancellationTokenSource();

        // The symbol table is walked after the section headers: cancel early in the read.
        using var memory = new CancellingMemory(Library, source, cancelAt: 3);
        Assert.Throws<OperationCanceledException>(() => SnapshotReader.Read(memory.Memory, "lib.o", new SnapshotReadOptions { CancellationToken = source.Token, Demangle = false }));
        Assert.True(memory.Spans < total, $"The read went on to the end ({memory.Spans} of {total} spans) after it was cancelled.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void A_token_cancelled_once_the_bytes_are_read_stops_the_demangling(int degreeOfParallelism)
    {
        // The last span the readers take: what is left after it is demangling 20,000 names.
        int total = CountSpans();
        using var source = new CancellationTokenSource();
        using var memory = new CancellingMemory(Library, source, cancelAt: total);
        Assert.ThrowsAny<OperationCanceledException>(() => SnapshotReader.Read(memory.Memory, "lib.o", new SnapshotReadOptions { CancellationToken = source.Token, MaxDegreeOfParallelism = degreeOfParallelism }));
        Assert.Equal(total, memory.Spans);
    }

    [Fact]
    public void An_uncancelled_read_demangles_every_name()
    {
        var snapshot = SnapshotReader.Read(Library, "lib.o", new SnapshotReadOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal(20_000, snapshot.Exports.Count);
        Assert.All(snapshot.Exports, e => Assert.StartsWith("test::function", e.Demangled, StringComparison.Ordinal));
    }

    private static int CountSpans()
    {
        using var source = new CancellationTokenSource();
        using var counting = new CancellingMemory(Library, source, cancelAt: 0);
        SnapshotReader.Read(counting.Memory, "lib.o", new SnapshotReadOptions { CancellationToken = source.Token });
        return counting.Spans;
    }
}
