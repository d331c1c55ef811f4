using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>The type-aware diff on surfaces built in code: the Point pair, grouping, reachability, paths and evidence.</summary>
public sealed class TypeDiffTests
{
    internal static AbiDiff Compare(AbiSurfaceBuilder old, AbiSurfaceBuilder @new) => SnapshotDiffer.Compare(old.Snapshot("old.so"), @new.Snapshot("new.so"));

    [Fact]
    public void Point_gaining_z_is_incompatible_naming_the_struct_the_field_and_both_functions()
    {
        var diff = Compare(AbiSurfaceBuilder.Point(withZ: false), AbiSurfaceBuilder.Point(withZ: true));

        Assert.Equal(Verdict.Incompatible, diff.Verdict);
        Assert.Equal([ChangeKind.TypeSizeChanged, ChangeKind.FieldAdded], diff.Changes.Select(c => c.Kind));
        var size = diff.Changes[0];
        Assert.Equal(("struct Point", "8", "12", ChangeSeverity.Incompatible), (size.Type, size.Before, size.After, size.Severity));
        Assert.Equal(["get_x", "init_point"], size.Symbols!.Select(s => s.Name));
        Assert.All(size.Symbols!, s => Assert.Equal("parameter 1 `struct Point *` → struct Point", s.Path));
        Assert.Equal(2, size.ExportCount);
        Assert.Contains("no export hands out a pointer", size.Rationale, StringComparison.Ordinal);
        var field = diff.Changes[1];
        Assert.Equal(("struct Point", "z", "offset 8", ChangeSeverity.Incompatible), (field.Type, field.Item, field.After, field.Severity));
        Assert.Same(size.Symbols, field.Symbols);
        Assert.Equal("struct Point: size 8 -> 12 bytes", ChangeText.Describe(size));
        Assert.Equal("struct Point: field `z` added at offset 8", ChangeText.Describe(field));
        Assert.Empty(diff.Notes);
        Assert.Equal("symbols + debug info (DWARF 5, 1 unit)", diff.New.Evidence);
    }

    [Fact]
    public void One_change_per_type_difference_lists_every_export_with_its_shortest_path()
    {
        AbiSurfaceBuilder Build(ulong size)
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            string point = size == 8 ? b.Struct("Point", 8, ("x", i, 0), ("y", i, 4)) : b.Struct("Point", 12, ("x", i, 0), ("y", i, 4), ("z", i, 8));
            string line = b.Struct("Line", size * 2, ("a", point, 0), ("b", point, size));
            string pointer = b.Pointer(line);
            b.Typedef("line_t", line);
            return b.Function("line_length", i, ("l", b.Pointer(b.Const(line))))
                .Function("line_set", null, ("l", pointer), ("at", point))
                .Function("line_first", b.Pointer(point), ("l", pointer))
                .Variable("origin", point);
        }

        var diff = Compare(Build(8), Build(12));

        var point = Assert.Single(diff.Changes, c => c.Kind == ChangeKind.TypeSizeChanged && c.Type == "struct Point");
        Assert.Equal(4, point.ExportCount);
        Assert.Equal(
            ["line_first: return `struct Point *` → struct Point", "line_length: parameter 1 `const struct Line *` → struct Line: field `a` → struct Point",
             "line_set: parameter 2 `struct Point`", "origin: type `struct Point`"],
            point.Symbols!.Select(s => AbiChangeText.Path(s)));
        var line = Assert.Single(diff.Changes, c => c.Kind == ChangeKind.TypeSizeChanged && c.Type == "struct Line");
        Assert.Equal(["line_first", "line_length", "line_set"], line.Symbols!.Select(s => s.Name));
        Assert.Equal(ChangeSeverity.Incompatible, line.Severity);
        Assert.Contains(diff.Changes, c => c.Kind == ChangeKind.FieldMoved && c.Type == "struct Line" && c.Item == "b" && c.Before == "offset 8" && c.After == "offset 12");
    }

    [Fact]
    public void A_type_change_no_export_reaches_is_not_reported()
    {
        AbiSurfaceBuilder Build(bool grown)
        {
            var b = AbiSurfaceBuilder.Point(withZ: false);
            string i = b.Int();
            // Reached only from a function the new version no longer exports.
            string gone = grown ? b.Struct("Gone", 8, ("a", i, 0), ("b", i, 4)) : b.Struct("Gone", 4, ("a", i, 0));
            return grown ? b : b.Function("old_only", null, ("g", b.Pointer(gone)));
        }

        var diff = Compare(Build(false), Build(true));

        var removed = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.ExportRemoved, removed.Kind);
    }

    [Fact]
    public void Without_debug_info_on_one_side_the_diff_says_what_it_could_not_check()
    {
        var old = AbiSurfaceBuilder.Point(withZ: false).Snapshot("old.so");
        var @new = AbiSurfaceBuilder.Point(withZ: true).Snapshot("new.so") with { Abi = null };

        var diff = SnapshotDiffer.Compare(old, @new);

        Assert.Equal(Verdict.None, diff.Verdict);
        Assert.Equal(AbiEvidenceText.SymbolsOnly, diff.New.Evidence);
        var note = Assert.Single(diff.Notes);
        Assert.StartsWith("old.so has debug info but new.so has none (symbols only): parameters, return types", note, StringComparison.Ordinal);
        Assert.Contains("old.so: symbols + debug info (DWARF 5, 1 unit); new.so: symbols only", DiffTextRenderer.Render(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void Exports_described_on_one_side_only_and_partial_surfaces_are_noted()
    {
        var old = AbiSurfaceBuilder.Point(withZ: false);
        var @new = AbiSurfaceBuilder.Point(withZ: false);
        var newSnapshot = @new.Snapshot("new.so");
        newSnapshot = newSnapshot with { Abi = newSnapshot.Abi! with { Functions = [newSnapshot.Abi.Functions[0]], Evidence = newSnapshot.Abi.Evidence with { Partial = true } } };

        var diff = SnapshotDiffer.Compare(old.Snapshot("old.so"), newSnapshot);

        Assert.Equal(
            ["The debug info of new.so was cut short by limits (see its diagnostics): what it lacks was not compared.",
             "1 export is described by the debug info of one side only and compared by name only: init_point."],
            diff.Notes);
        Assert.Equal("symbols + debug info (DWARF 5, 1 unit, partial: cut short, see diagnostics)", diff.New.Evidence);
    }

    [Fact]
    public void Versions_of_one_name_pair_by_the_version_at_their_address()
    {
        Snapshot Build(string v2Type)
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), l = b.Base("long", 8);
            b.Function(new AbiFunction { Symbol = "f", Name = "f", Address = 0x10, Return = i, Parameters = [new AbiParameter("x", i)] });
            b.Function(new AbiFunction { Symbol = "f", Name = "f", Address = v2Type == "long" ? 0x30UL : 0x20UL, Return = i, Parameters = [new AbiParameter("x", v2Type == "long" ? l : i)] });
            var s = b.Snapshot("x.so");
            return s with
            {
                Exports =
                [
                    new SnapshotExport { Name = "f", Version = "V1", DefaultVersion = false, Kind = SymbolKind.Function, Address = 0x10 },
                    new SnapshotExport { Name = "f", Version = "V2", DefaultVersion = true, Kind = SymbolKind.Function, Address = v2Type == "long" ? 0x30UL : 0x20UL },
                ],
            };
        }

        var diff = SnapshotDiffer.Compare(Build("int"), Build("long"));

        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.ParameterTypeChanged, "parameter 1 `x`", "int", "long"), (change.Kind, change.Item, change.Before, change.After));
    }

    [Fact]
    public void Archive_members_are_compared_type_by_type_and_labelled()
    {
        Snapshot Archive(bool withZ) => new()
        {
            File = new SnapshotFile("libpoint.a", 0, null), Format = BinaryFormat.Archive, Kind = BinaryKind.StaticLibrary,
            Members = [AbiSurfaceBuilder.Point(withZ).Snapshot("point.o") with { Member = "point.o", Kind = BinaryKind.Object }],
        };

        var diff = SnapshotDiffer.Compare(Archive(false), Archive(true));

        Assert.All(diff.Changes, c => Assert.Equal("point.o", c.Member));
        Assert.Equal(2, diff.Changes.Count);
        Assert.Equal("symbols + debug info in 1 of 1 members", diff.Old.Evidence);
    }

    [Fact]
    public void Capped_lists_keep_the_nearest_exports_and_count_them_all_through_cycles()
    {
        // A ring of structs pointing at each other (one strongly connected component), each
        // with functions; every type of the ring reaches every function.
        AbiSurfaceBuilder Build(bool grown)
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            const int Ring = 6;
            for (int k = 0; k < Ring; k++)
            {
                string next = $"ptr(struct R{(k + 1) % Ring})";
                var fields = new List<(string, string, ulong)> { ("v", i, 0), ("next", next, 8) };
                if (grown && k < 2)
                {
                    fields.Add(("added", i, 16));
                }

                b.Add(new AbiType { Id = next, Kind = AbiTypeKind.Pointer, Name = $"struct R{(k + 1) % Ring} *", Size = 8, Target = $"struct R{(k + 1) % Ring}" });
                b.Struct($"R{k}", grown && k < 2 ? 24UL : 16UL, [.. fields]);
                for (int f = 0; f < 4; f++)
                {
                    b.Function($"r{k}_f{f}", null, ("r", $"ptr(struct R{k})"));
                }
            }

            return b.Function("lonely", i);
        }

        var capped = SnapshotDiffer.Compare(Build(false).Snapshot("old.so"), Build(true).Snapshot("new.so"), new DiffOptions { MaxListedExports = 10 });
        var full = TypeDiffTests.Compare(Build(false), Build(true));

        var sizes = capped.Changes.Where(c => c.Kind == ChangeKind.TypeSizeChanged).ToList();
        Assert.Equal(["struct R0", "struct R1"], sizes.Select(c => c.Type));
        Assert.All(sizes, c => Assert.Equal((10, 24), (c.Symbols!.Count, c.ExportCount)));
        // The nearest ten: R0's own four functions are one step away and are among them.
        Assert.Contains("r0_f0: parameter 1 `struct R0 *` → struct R0", sizes[0].Symbols!.Select(s => AbiChangeText.Path(s)));
        Assert.All(full.Changes.Where(c => c.Kind == ChangeKind.TypeSizeChanged), c => Assert.Equal((24, 24), (c.Symbols!.Count, c.ExportCount)));
        Assert.Contains("and 14 more", DiffTextRenderer.Render(capped), StringComparison.Ordinal);
    }
}
