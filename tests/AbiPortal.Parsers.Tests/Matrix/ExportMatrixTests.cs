using AbiPortal.Parsers.Matrix;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Matrix;

/// <summary>
/// The matrix of the real builds in tests/fixtures/matrix (built by its build.sh): libtally for
/// Linux, Windows x64, Windows i686 with stdcall decoration, its import library and a universal
/// macOS dylib; libcounter (C++) for the Itanium and the Microsoft ABI.
/// </summary>
public sealed class ExportMatrixTests
{
    private static IReadOnlyList<MatrixPlatform> Read(params (string? Label, string File)[] files)
        => files.SelectMany(f => MatrixInputs.FromSnapshot(SnapshotReader.ReadFile(TestPaths.Fixture("matrix", f.File)), f.Label)).ToList();

    private static ExportMatrix Tally() => ExportMatrixBuilder.Build(Read(
        ("linux", "libtally.so"), ("windows-x64", "tally-x64.dll"), ("windows-x86", "tally-x86.dll"), (null, "libtally.fat.dylib")));

    private static ExportMatrix Counter() => ExportMatrixBuilder.Build(Read(
        ("linux", "libcounter.so"), ("windows", "counter.dll"), ("macos", "libcounter.dylib")));

    private static MatrixRow Row(ExportMatrix matrix, string name) => Assert.Single(matrix.Rows, r => r.Name == name);

    private static string Cell(MatrixRow row, string platform)
    {
        var cell = Assert.Single(row.Cells, c => c.Platform == platform);
        return cell.State switch
        {
            MatrixPresence.Present => "present",
            MatrixPresence.Missing => "missing",
            _ => "as " + string.Join(" ", cell.Spellings.Select(s => s.Name)),
        };
    }

    [Fact]
    public void A_universal_file_is_a_column_per_slice_labelled_from_the_binary()
    {
        var matrix = Tally();
        Assert.Equal(["linux", "windows-x64", "windows-x86", "macos-x86_64", "macos-arm64"], matrix.Columns.Select(c => c.Label));
        Assert.Equal(("macos", "arm64", "x86_64"), (matrix.Columns[4].Os, matrix.Columns[4].Arch, matrix.Columns[3].Member));
    }

    [Fact]
    public void Names_missing_somewhere_come_first_those_on_the_most_builds_first()
    {
        var matrix = Tally();
        Assert.Equal(["tally_load_fd", "tally_load_wide"], matrix.Rows.Take(2).Select(r => r.Name));
        Assert.Equal(["windows-x64", "windows-x86"], matrix.Rows[0].MissingOn);
        Assert.Equal(["linux", "macos-x86_64", "macos-arm64"], matrix.Rows[1].MissingOn);
        Assert.All(matrix.Rows.Skip(2), r => Assert.True(r.Everywhere));
        Assert.Equal(
            ["tally_add", "tally_count", "tally_default_capacity", "tally_fast_sum", "tally_free", "tally_mean", "tally_new", "tally_version"],
            matrix.Rows.Skip(2).Select(r => r.Name));
        Assert.Equal((10, 8, 2, 7), (matrix.Summary.Names, matrix.Summary.Everywhere, matrix.Summary.NotEverywhere, matrix.Summary.OtherSpelling));
    }

    [Fact]
    public void Underscores_and_versions_are_the_same_spelling_and_stdcall_decoration_is_another()
    {
        var add = Row(Tally(), "tally_add");
        Assert.Equal(["present", "present", "as tally_add@12", "present", "present"], add.Cells.Select(c => Cell(add, c.Platform)));
        Assert.Equal(new MatrixSpelling("tally_add", "TALLY_1.0", null), add.Cells[0].Spellings.Single());
        Assert.Equal("_tally_add", add.Cells[3].Spellings.Single().Name);
        Assert.Equal("as @tally_fast_sum@8", Cell(Row(Tally(), "tally_fast_sum"), "windows-x86"));
        // cdecl and data keep their names on 32-bit Windows.
        Assert.Equal("present", Cell(Row(Tally(), "tally_version"), "windows-x86"));
        Assert.Equal("present", Cell(Row(Tally(), "tally_default_capacity"), "windows-x86"));
    }

    [Fact]
    public void The_version_node_symbol_and_hidden_functions_are_no_rows()
    {
        var names = Tally().Rows.Select(r => r.Name).ToList();
        Assert.DoesNotContain("TALLY_1.0", names);
        Assert.DoesNotContain("tally_internal_check", names);
    }

    [Fact]
    public void Without_kill_at_and_with_it_are_the_same_names_spelled_two_ways()
    {
        var matrix = ExportMatrixBuilder.Build(Read((null, "tally-x86.dll"), (null, "tally-x86-killat.dll")));
        Assert.Equal(["windows-i386 (tally-x86.dll)", "windows-i386 (tally-x86-killat.dll)"], matrix.Columns.Select(c => c.Label));
        Assert.Equal(0, matrix.Summary.NotEverywhere);
        var add = Row(matrix, "tally_add");
        Assert.Equal((MatrixPresence.OtherSpelling, MatrixPresence.Present), (add.Cells[0].State, add.Cells[1].State));
    }

    [Fact]
    public void A_GNU_import_library_lists_the_DLL_names_without_its_plumbing()
    {
        var matrix = ExportMatrixBuilder.Build(Read(("dll", "tally-x86.dll"), ("implib", "libtally-x86.dll.a")));
        Assert.Equal(0, matrix.Summary.NotEverywhere);
        Assert.Equal(9, matrix.Summary.Names);
        Assert.Equal("as _tally_add@12", Cell(Row(matrix, "tally_add"), "implib"));
        Assert.Equal("as __imp__tally_default_capacity", Cell(Row(matrix, "tally_default_capacity"), "implib"));
    }

    [Fact]
    public void Cpp_names_match_across_the_Itanium_and_Microsoft_manglings()
    {
        var matrix = Counter();
        var add = Row(matrix, "tally::Counter::add(int)");
        Assert.Equal(["present", "as ?add@Counter@tally@@QEAAXH@Z", "present"], add.Cells.Select(c => Cell(add, c.Platform)));
        Assert.Equal("_ZN5tally7Counter3addEi", add.Cells[0].Spellings.Single().Name);
        Assert.Equal("__ZN5tally7Counter3addEi", add.Cells[2].Spellings.Single().Name);

        // Complete and base constructors are one name; so are the three Itanium destructors.
        Assert.Equal(2, Row(matrix, "tally::Counter::Counter(int)").Cells[0].Spellings.Count);
        Assert.Equal(3, Row(matrix, "tally::Counter::~Counter()").Cells[0].Spellings.Count);
        Assert.True(Row(matrix, "vtable for tally::Counter").Everywhere);
        Assert.True(Row(matrix, "tally::twice<int>(int)").Everywhere);
    }

    [Fact]
    public void A_size_t_parameter_is_one_function_on_LP64_and_LLP64()
    {
        var hash = Row(Counter(), "tally::hash(char const*, unsigned long)");
        Assert.True(hash.Everywhere);
        Assert.Equal("as ?hash@tally@@YA_KPEBD_K@Z", Cell(hash, "windows"));
    }

    [Fact]
    public void Of_two_data_model_twins_on_as_many_builds_the_earlier_column_names_the_row()
    {
        MatrixPlatform Build(string label, string name)
            => new(new MatrixColumn(label, null, null, null, label), [new MatrixExport(name, null, null, null, SymbolKind.Function, NameScheme.Plain)]);

        // f(long) on LP64 (_ZN2ns1fEl), f(long long) on LLP64 (_ZN2ns1fEx): one function, named as the first column spells it.
        var linuxFirst = ExportMatrixBuilder.Build([Build("linux", "_ZN2ns1fEl"), Build("windows", "_ZN2ns1fEx")]);
        var windowsFirst = ExportMatrixBuilder.Build([Build("windows", "_ZN2ns1fEx"), Build("linux", "_ZN2ns1fEl")]);
        Assert.Equal("ns::f(long)", Assert.Single(linuxFirst.Rows).Name);
        Assert.Equal("ns::f(long long)", Assert.Single(windowsFirst.Rows).Name);
        Assert.True(linuxFirst.Rows[0].Everywhere);
        Assert.Equal(MatrixPresence.OtherSpelling, linuxFirst.Rows[0].Cells[1].State);
    }

    [Fact]
    public void What_one_ABI_exports_and_the_other_does_not_is_listed_first()
    {
        var matrix = Counter();
        Assert.Equal(
            [
                "tally::Counter::dump() const", "typeinfo for tally::Counter", "typeinfo name for tally::Counter",
                "tally::Counter::Counter(tally::Counter const&)", "tally::Counter::operator=(tally::Counter const&)",
            ],
            matrix.Rows.Where(r => !r.Everywhere).Select(r => r.Name));
        Assert.Equal(["windows"], Row(matrix, "tally::Counter::dump() const").MissingOn);
    }

    [Fact]
    public void Filters_pick_gaps_names_spelled_otherwise_and_names_missing_on_one_build()
    {
        var matrix = Tally();
        Assert.Equal(2, new MatrixFilter(MatrixFilter.Gaps).Apply(matrix).Count());
        Assert.Equal(8, new MatrixFilter(MatrixFilter.Everywhere).Apply(matrix).Count());
        Assert.Equal(7, new MatrixFilter(MatrixFilter.OtherSpelling).Apply(matrix).Count());
        Assert.Equal(["tally_load_wide"], new MatrixFilter(MissingOn: "linux").Apply(matrix).Select(r => r.Name));
        Assert.Equal(["tally_fast_sum"], new MatrixFilter(Q: "@TALLY_FAST").Apply(matrix).Select(r => r.Name));
        Assert.Empty(new MatrixFilter(MissingOn: "plan9").Apply(matrix));
        Assert.NotNull(new MatrixFilter(MissingOn: "plan9").Validate(matrix));
        Assert.NotNull(new MatrixFilter("nonsense").Validate(matrix));
        Assert.Null(new MatrixFilter(MatrixFilter.Gaps, "x", "linux").Validate(matrix));
    }

    [Fact]
    public void A_list_of_names_is_answered_per_build_in_any_spelling()
    {
        var report = MatrixNamesReport.For(Counter(), ["tally::Counter::add(int)", "?value@Counter@tally@@QEBAHXZ", "__ZNK5tally7Counter4dumpEv", "tally::hash(char const*, unsigned long long)", "no_such_function"]);
        Assert.False(report.Everywhere);
        Assert.Equal(
            [
                ("tally::Counter::add(int)", true), ("tally::Counter::value() const", true), ("tally::Counter::dump() const", false),
                ("tally::hash(char const*, unsigned long)", true), ((string?)null, false),
            ],
            report.Names.Select(n => (n.Name, n.Everywhere)));
        Assert.Equal(["linux", "windows", "macos"], report.Names[4].MissingOn);
        Assert.True(MatrixNamesReport.For(Tally(), ["tally_add", "_tally_mean", "tally_add@12"]).Everywhere);
    }

    [Fact]
    public void Csv_quotes_signatures_with_commas()
    {
        var matrix = Counter();
        var text = new StringWriter();
        MatrixCsv.Write(text, matrix.Columns, [Row(matrix, "tally::Counter::add(char const*, long long)")]);
        Assert.Equal(
            "name,kind,everywhere,missing_on,linux,windows,macos\r\n"
            + "\"tally::Counter::add(char const*, long long)\",function,yes,,present,as ?add@Counter@tally@@QEAAXPEBD_J@Z,present\r\n",
            text.ToString());
    }

    [Fact]
    public void Json_round_trips()
    {
        var matrix = Counter();
        var back = MatrixJson.Deserialize(MatrixJson.Serialize(matrix));
        Assert.Equal(matrix.Columns, back.Columns);
        Assert.Equal(matrix.Rows.Select(r => (r.Name, r.Everywhere, string.Join(",", r.MissingOn))), back.Rows.Select(r => (r.Name, r.Everywhere, string.Join(",", r.MissingOn))));
        Assert.Equal(matrix.Rows.SelectMany(r => r.Cells.Select(c => c.State)), back.Rows.SelectMany(r => r.Cells.Select(c => c.State)));
    }

    [Fact]
    public void A_long_signature_gets_a_line_of_its_own_in_the_text_table()
    {
        string longName = "ns::Widget::configure(std::vector<int, std::allocator<int>> const&, char const*, unsigned long)";
        MatrixPlatform Build(string label, params string[] names)
            => new(new MatrixColumn(label, null, null, null, label + ".so"), names.Select(n => new MatrixExport(n, null, null, null, SymbolKind.Function, NameScheme.Plain)).ToList());
        var matrix = ExportMatrixBuilder.Build([Build("a", "short_name", longName), Build("b", "short_name")]);
        var text = new StringWriter();
        MatrixTextRenderer.Write(text, matrix);
        string[] lines = text.ToString().Split('\n');
        int at = Array.FindIndex(lines, l => l.Trim() == longName);
        Assert.True(at > 0, text.ToString());
        Assert.Matches(@"^ {64}yes  -$", lines[at + 1].TrimEnd('\r'));
        Assert.All(lines, l => Assert.Equal(l.TrimEnd('\r').TrimEnd(), l.TrimEnd('\r')));
    }

    [Fact]
    public void No_builds_make_an_empty_matrix()
    {
        var matrix = ExportMatrixBuilder.Build([]);
        Assert.Empty(matrix.Columns);
        Assert.Empty(matrix.Rows);
        Assert.Equal(0, matrix.Summary.Names);
    }
}
