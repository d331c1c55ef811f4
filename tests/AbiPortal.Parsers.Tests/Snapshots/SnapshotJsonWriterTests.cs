using System.Text;
using System.Text.Json;
using AbiPortal.Parsers.Snapshots;
using Xunit;

namespace AbiPortal.Parsers.Tests.SnapshotJsonTests;

/// <summary>
/// The hand-written writer must produce exactly the bytes of the source-generated serializer
/// (<see cref="SnapshotJsonContext"/>), which defines the contract's shape from the model.
/// </summary>
public sealed class SnapshotJsonWriterTests
{
    private static string Generated(Snapshot snapshot) => JsonSerializer.Serialize(snapshot, SnapshotJsonContext.Default.Snapshot);

    [Fact]
    public void Every_fixture_serializes_exactly_as_the_generated_serializer()
    {
        int count = 0;
        foreach (var (path, snapshot) in SnapshotJsonSamples.Fixtures())
        {
            Assert.True(Generated(snapshot) == SnapshotJson.Serialize(snapshot), $"JSON differs for {path}");
            count++;
        }

        // The fixtures cover ELF, PE, COFF, import libraries, Mach-O, fat files and archives.
        Assert.True(count >= 20, $"only {count} fixtures were read");
    }

    [Fact]
    public void A_snapshot_with_every_field_set_serializes_exactly_as_the_generated_serializer()
    {
        var snapshot = SnapshotJsonSamples.Full();

        Assert.Equal(Generated(snapshot), SnapshotJson.Serialize(snapshot));
    }

    [Fact]
    public void The_abi_section_sits_between_members_and_diagnostics_and_is_absent_when_null()
    {
        var snapshot = SnapshotJsonSamples.Full();
        string json = SnapshotJson.Serialize(snapshot);
        string without = SnapshotJson.Serialize(snapshot with { Abi = null });

        Assert.Contains("],\"abi\":{\"evidence\":{\"format\":\"dwarf\",", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"abi\":", StringComparison.Ordinal) < json.LastIndexOf("\"diagnostics\":", StringComparison.Ordinal));
        Assert.DoesNotContain("\"abi\"", without, StringComparison.Ordinal);
        Assert.Equal(Generated(snapshot with { Abi = null }), without);
        Assert.StartsWith("{\"schemaVersion\":2,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_abi_section_streams_as_the_generated_serializer_writes_it()
    {
        var types = Enumerable.Range(0, 3000).Select(i => new AbiType
        {
            Id = $"struct S{i}", Kind = AbiTypeKind.Struct, Name = $"struct S{i}", Size = 8,
            Fields = [new AbiField { Name = "a", Type = "int" }, new AbiField { Name = "b", Type = "ptr(struct S0)", Offset = 4 }],
        }).ToArray();
        var snapshot = new Snapshot { File = new SnapshotFile("big", 1, "aa"), Abi = new AbiSurface { Evidence = new AbiEvidence(), Types = types } };
        var stream = new MemoryStream();
        SnapshotJson.Serialize(stream, snapshot);

        Assert.True(stream.Length > 1 << 16);
        Assert.Equal(Generated(snapshot), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void An_empty_snapshot_serializes_exactly_as_the_generated_serializer()
    {
        var snapshot = new Snapshot { File = new SnapshotFile("x", 0, null) };

        Assert.Equal(Generated(snapshot), SnapshotJson.Serialize(snapshot));
    }

    [Fact]
    public void Stream_and_writer_overloads_write_the_same_bytes_as_the_string_overload()
    {
        var snapshot = SnapshotJsonSamples.Full();
        var stream = new MemoryStream();
        SnapshotJson.Serialize(stream, snapshot);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SnapshotJson.Serialize(writer, snapshot);
        }

        string expected = SnapshotJson.Serialize(snapshot);
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void A_large_snapshot_streams_in_pieces_and_keeps_its_content()
    {
        // More than the writer's 64 KiB flush threshold, so the flush path runs.
        var exports = Enumerable.Range(0, 5000).Select(i => new SnapshotExport { Name = $"sym{i}", Kind = SymbolKind.Function, Address = (ulong)i }).ToArray();
        var snapshot = new Snapshot { File = new SnapshotFile("big", 1, "aa"), Exports = exports };
        var stream = new MemoryStream();
        SnapshotJson.Serialize(stream, snapshot);

        Assert.True(stream.Length > 1 << 16);
        Assert.Equal(Generated(snapshot), Encoding.UTF8.GetString(stream.ToArray()));
    }
}
