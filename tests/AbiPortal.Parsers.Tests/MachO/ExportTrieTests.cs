using System.Text;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using Node = AbiPortal.Parsers.Tests.MachO.TrieBuilder.Node;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>Export tries built in code: every flag, and the hostile shapes that have hung other readers.</summary>
public sealed class ExportTrieTests
{
    private static Snapshot Read(byte[] trie, ParseLimits? limits = null, params string[] dylibs)
    {
        var builder = new MachOImageBuilder();
        foreach (string d in dylibs)
        {
            builder.LoadDylib(d);
        }

        var options = new SnapshotReadOptions { ComputeSha256 = false, Demangle = false, Limits = limits ?? ParseLimits.Default };
        return SnapshotReader.Read(builder.ExportsTrie(trie).Build(), "test.dylib", options);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] CString(string s) => Encoding.UTF8.GetBytes(s + "\0");

    [Fact]
    public void Every_flag_maps_to_kind_binding_flags_and_library()
    {
        var root = new Node()
            .Add("_f", new Node { Terminal = TrieBuilder.Export(0x00, 0x10) })
            .Add("_w", new Node { Terminal = TrieBuilder.Export(0x04, 0x14) })
            .Add("_r", new Node { Terminal = Concat([0x08, 0x01], CString("_orig")) })
            .Add("_s", new Node { Terminal = Concat([0x08, 0x01], CString(string.Empty)) })
            .Add("_i", new Node { Terminal = [0x10, 0x20, 0x30] })
            .Add("_t", new Node { Terminal = TrieBuilder.Export(0x01, 0x40) })
            .Add("_a", new Node { Terminal = Concat([0x02], TrieBuilder.Uleb(0x1234)) });
        var snapshot = Read(TrieBuilder.Serialize(root), null, "/usr/lib/libz.1.dylib");

        Assert.Empty(snapshot.Diagnostics);
        var e = snapshot.Exports.ToDictionary(x => x.Name!);
        Assert.Equal(["_f", "_w", "_r", "_s", "_i", "_t", "_a"], snapshot.Exports.Select(x => x.Name));
        Assert.Equal((0x10UL, SymbolBinding.Global), (e["_f"].Address!.Value, e["_f"].Binding!.Value));
        Assert.Empty(e["_f"].Flags);
        Assert.Equal(SymbolBinding.Weak, e["_w"].Binding);
        Assert.Equal([ExportFlags.WeakDefinition], e["_w"].Flags);
        Assert.Equal(("/usr/lib/libz.1.dylib", "_orig", (ulong?)null), (e["_r"].Library, e["_r"].ImportedName, e["_r"].Address));
        Assert.Equal([ExportFlags.Reexport], e["_r"].Flags);
        Assert.Equal("_s", e["_s"].ImportedName); // an empty imported name means "same name"
        Assert.Equal((SymbolKind.IFunc, 0x20UL), (e["_i"].Kind, e["_i"].Address!.Value));
        Assert.Equal([ExportFlags.StubAndResolver], e["_i"].Flags);
        Assert.Equal(SymbolKind.Tls, e["_t"].Kind);
        Assert.Equal([ExportFlags.ThreadLocal], e["_t"].Flags);
        Assert.Equal((SymbolKind.Absolute, 0x1234UL), (e["_a"].Kind, e["_a"].Address!.Value));
        Assert.Equal([ExportFlags.Absolute], e["_a"].Flags);
    }

    [Fact]
    public void Reexport_ordinal_past_the_dylibs_is_diagnosed()
    {
        var root = new Node().Add("_r", new Node { Terminal = Concat([0x08, 0x05], CString("_x")) });
        var snapshot = Read(TrieBuilder.Serialize(root), null, "/usr/lib/libz.1.dylib");
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.MachOBadLibraryOrdinal);
        Assert.Null(Assert.Single(snapshot.Exports).Library);
    }

    [Fact]
    public void Child_pointing_back_at_its_parent_is_a_cycle_not_a_hang()
    {
        // node 0: no terminal, 1 child "_a" -> node 6; node 6: terminal, 1 child "b" -> node 0.
        byte[] trie = [0x00, 0x01, (byte)'_', (byte)'a', 0x00, 0x06, 0x02, 0x00, 0x10, 0x01, (byte)'b', 0x00, 0x00];
        var snapshot = Read(trie);
        Assert.Equal("_a", Assert.Single(snapshot.Exports).Name);
        Assert.Equal(DiagnosticCodes.MachOExportTrieCycle, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Huge_fan_out_into_one_node_visits_it_once()
    {
        // The root has 255 edges, all to the same terminal node.
        var trie = new List<byte> { 0x00, 0xFF };
        for (int i = 0; i < 255; i++)
        {
            trie.AddRange([(byte)'a', 0x00, 0x00, 0x00]); // offset patched below (two-byte ULEB)
        }

        int target = trie.Count;
        trie.AddRange([0x02, 0x00, 0x01, 0x00]);
        for (int i = 0; i < 255; i++)
        {
            int at = 2 + (i * 4) + 2;
            trie[at] = (byte)(0x80 | (target & 0x7F));
            trie[at + 1] = (byte)(target >> 7);
        }

        var snapshot = Read([.. trie]);
        Assert.Equal("a", Assert.Single(snapshot.Exports).Name);
        Assert.All(snapshot.Diagnostics, d => Assert.Equal(DiagnosticCodes.MachOExportTrieCycle, d.Code));
        Assert.Equal(254, snapshot.Diagnostics.Count);
    }

    [Fact]
    public void Overlong_uleb128_is_diagnosed()
    {
        byte[] trie = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00];
        var snapshot = Read(trie);
        Assert.Empty(snapshot.Exports);
        Assert.Equal(DiagnosticCodes.MachOExportTrieBadUleb, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Child_offset_outside_the_trie_is_diagnosed()
    {
        byte[] trie = [0x00, 0x01, (byte)'_', (byte)'a', 0x00, 0x7F];
        var snapshot = Read(trie);
        Assert.Equal(DiagnosticCodes.MachOExportTrieBadChild, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Terminal_size_past_the_trie_is_diagnosed()
    {
        byte[] trie = [0x7F, 0x00, 0x10, 0x00];
        var snapshot = Read(trie);
        Assert.Empty(snapshot.Exports);
        Assert.Equal(DiagnosticCodes.MachOExportTrieBadTerminal, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Address_running_past_its_terminal_is_diagnosed()
    {
        // terminal size 2 holds flags 0 and an address ULEB whose continuation bit runs on into
        // the child count byte: the address must end inside the terminal.
        var root = new Node().Add("_a", new Node { Terminal = [0x00, 0x80] });
        var snapshot = Read(TrieBuilder.Serialize(root));
        Assert.Empty(snapshot.Exports);
        Assert.Equal(DiagnosticCodes.MachOExportTrieBadTerminal, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Absurd_depth_stops_at_the_limit()
    {
        // A chain of 300 nodes, each with one child "a": well past MaxTrieDepth (128).
        var trie = new List<byte>();
        for (int i = 0; i < 300; i++)
        {
            int next = trie.Count + 6;
            trie.AddRange([0x00, 0x01, (byte)'a', 0x00, (byte)(0x80 | (next & 0x7F)), (byte)(next >> 7)]);
        }

        trie.AddRange([0x02, 0x00, 0x01, 0x00]);
        var snapshot = Read([.. trie]);
        Assert.Empty(snapshot.Exports);
        Assert.Equal([DiagnosticCodes.MachOExportTrieTooDeep, DiagnosticCodes.PartialSnapshot], snapshot.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Node_count_stops_at_the_limit()
    {
        var root = new Node();
        for (int i = 0; i < 10; i++)
        {
            root.Add(((char)('a' + i)).ToString(), new Node { Terminal = TrieBuilder.Export(0, (byte)i) });
        }

        var snapshot = Read(TrieBuilder.Serialize(root), ParseLimits.Default with { MaxTrieNodes = 4 });
        Assert.Equal(3, snapshot.Exports.Count);
        Assert.Equal([DiagnosticCodes.MachOExportTrieTooManyNodes, DiagnosticCodes.PartialSnapshot], snapshot.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Names_longer_than_the_string_limit_are_diagnosed()
    {
        var root = new Node().Add("_abc", new Node().Add("defg", new Node().Add("hijk", new Node { Terminal = TrieBuilder.Export(0, 1) })));
        var snapshot = Read(TrieBuilder.Serialize(root), ParseLimits.Default with { MaxStringLength = 8 });
        Assert.Empty(snapshot.Exports);
        Assert.Equal(DiagnosticCodes.MachOExportTrieNameTooLong, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Unknown_kind_is_diagnosed_but_the_export_kept()
    {
        var root = new Node().Add("_k", new Node { Terminal = TrieBuilder.Export(0x03, 0x10) });
        var snapshot = Read(TrieBuilder.Serialize(root));
        Assert.Equal("_k", Assert.Single(snapshot.Exports).Name);
        Assert.Equal(DiagnosticCodes.MachOExportTrieBadFlags, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Trie_outside_the_file_is_diagnosed()
    {
        var image = new MachOImageBuilder().ExportsTrie([0x00, 0x00]).Build();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(32 + 8), 0xFFFFFFF0);
        var snapshot = SnapshotReader.Read(image, "t.dylib");
        Assert.Equal(DiagnosticCodes.MachOExportTrieOutOfRange, Assert.Single(snapshot.Diagnostics).Code);
    }
}
