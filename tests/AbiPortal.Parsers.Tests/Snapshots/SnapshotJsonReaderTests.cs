using System.Text;
using System.Text.Json;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using Xunit;

namespace AbiPortal.Parsers.Tests.SnapshotJsonTests;

/// <summary>The hand-written reader: round trips, never-null lists, and JsonException for what is not a snapshot.</summary>
public sealed class SnapshotJsonReaderTests
{
    [Fact]
    public void Every_fixture_round_trips_to_the_same_json()
    {
        int count = 0;
        foreach (var (path, snapshot) in SnapshotJsonSamples.Fixtures())
        {
            string json = SnapshotJson.Serialize(snapshot);
            Assert.True(json == SnapshotJson.Serialize(SnapshotJson.Deserialize(json)), $"round trip differs for {path}");
            count++;
        }

        Assert.True(count >= 20, $"only {count} fixtures were read");
    }

    [Fact]
    public void A_snapshot_with_every_field_set_round_trips_from_string_and_bytes()
    {
        string json = SnapshotJson.Serialize(SnapshotJsonSamples.Full());

        Assert.Equal(json, SnapshotJson.Serialize(SnapshotJson.Deserialize(json)));
        Assert.Equal(json, SnapshotJson.Serialize(SnapshotJson.Deserialize(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Reads_what_the_generated_deserializer_reads()
    {
        string json = SnapshotJson.Serialize(SnapshotJsonSamples.Full());
        var generated = JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.Snapshot)!;
        var read = SnapshotJson.Deserialize(json);

        Assert.Equal(generated.Exports[0] with { Flags = [] }, read.Exports[0] with { Flags = [] });
        Assert.Equal(generated.Exports[0].Flags, read.Exports[0].Flags);
        Assert.Equal(generated.Identity.RPaths, read.Identity.RPaths);
        Assert.Equal(generated.Diagnostics, read.Diagnostics);
        Assert.Equal(generated.Members[0].Diagnostics, read.Members[0].Diagnostics);
    }

    [Fact]
    public void Missing_and_null_lists_read_as_empty_in_members_too()
    {
        const string Json = """
            {"file":{"name":"a","size":0,"sha256":null},"format":"archive","kind":"static-library","identity":null,
             "exports":null,"imports":null,"dependencies":null,
             "members":[{"member":"m.o","file":{"name":"m.o","size":1,"sha256":null},"exports":[{"name":"f","kind":"function","flags":null}],"versionNodes":[{"name":"V","parents":null}],"members":null}]}
            """;

        var s = SnapshotJson.Deserialize(Json);

        Assert.Same(SnapshotIdentity.Empty, s.Identity);
        Assert.Empty(s.Exports);
        Assert.Empty(s.Imports);
        Assert.Empty(s.Dependencies);
        Assert.Empty(s.VersionNodes);
        Assert.Empty(s.Diagnostics);
        var member = Assert.Single(s.Members);
        Assert.Equal("m.o", member.Member);
        Assert.NotNull(member.Identity);
        Assert.Empty(member.Members);
        Assert.Empty(member.Imports);
        Assert.Empty(member.Diagnostics);
        Assert.Empty(Assert.Single(member.Exports).Flags);
        Assert.Empty(Assert.Single(member.VersionNodes).Parents);
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_a_byte_order_mark_is_accepted()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"future":{"a":[1,{"b":null}]},"file":{"name":"a","size":3,"sha256":"ff","x":1},"bits":32,"endian":"big"} """)];

        var s = SnapshotJson.Deserialize(json);

        Assert.Equal(new SnapshotFile("a", 3, "ff"), s.File);
        Assert.Equal(32, s.Bits);
        Assert.Equal(Endianness.Big, s.Endian);
        Assert.Equal(Snapshot.CurrentSchemaVersion, s.SchemaVersion);
    }

    [Fact]
    public void Enum_names_in_other_letter_cases_are_accepted_like_the_generated_deserializer()
    {
        var s = SnapshotJson.Deserialize("""{"file":{"name":"a","size":0,"sha256":null},"kind":"Shared-Library","diagnostics":[{"code":"ELF1203","severity":"ERROR","offset":null,"message":"m"}]}""");

        Assert.Equal(BinaryKind.SharedLibrary, s.Kind);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(s.Diagnostics).Severity);
        Assert.Equal(new DiagnosticCode("ELF", 1203), s.Diagnostics[0].Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"format":"elf"}""")]
    [InlineData("""{"file":null}""")]
    [InlineData("""{"file":{"name":"a","size":0}} {}""")]
    [InlineData("""{"file":{"name":"a","size":0},"format":"nonsense"}""")]
    [InlineData("""{"file":{"name":"a","size":0},"bits":"64"}""")]
    [InlineData("""{"file":{"name":"a","size":0},"bits":4294967296}""")]
    [InlineData("""{"file":{"name":"a","size":0},"exports":[{"address":-1}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"exports":{}}""")]
    [InlineData("""{"file":{"name":"a","size":0},"exports":[{"flags":[null]}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"dependencies":[{"kind":"needed"}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"versionNodes":[{"index":1}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"diagnostics":[{"code":"1203"}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"members":[{"member":"m"}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"exports":[{"name":"f",}]}""")]
    [InlineData("""{"file":{}}""")]
    [InlineData("""{"file":{"name":null,"size":0,"sha256":null}}""")]
    [InlineData("""{"file":{"name":"a","size":0},"members":[{"member":"m","file":{}}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"diagnostics":[{"severity":"error","offset":null,"message":"m"}]}""")]
    [InlineData("""{"file":{"name":"a","size":0},"diagnostics":[{"code":"ELF1203","severity":"error","offset":null}]}""")]
    public void What_is_not_a_snapshot_throws_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => SnapshotJson.Deserialize(json));
        Assert.ThrowsAny<JsonException>(() => SnapshotJson.Deserialize(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"file":{}}""", "\"file\" has no \"name\"")]
    [InlineData("""{"file":{"name":"a","size":0},"members":[{"file":{"size":1}}]}""", "\"file\" has no \"name\"")]
    [InlineData("""{"file":{"name":"a","size":0},"diagnostics":[{"message":"m"}]}""", "diagnostic has no \"code\"")]
    [InlineData("""{"file":{"name":"a","size":0},"diagnostics":[{"code":"GEN0001"}]}""", "diagnostic has no \"message\"")]
    public void A_missing_required_field_is_named_in_the_message(string json, string expected)
    {
        // A server answers these with 400 and this message; they used to be read, and the
        // Markdown renderer and the diff then failed on the missing name.
        Assert.Contains(expected, Assert.ThrowsAny<JsonException>(() => SnapshotJson.Deserialize(json)).Message, StringComparison.Ordinal);
    }
}
