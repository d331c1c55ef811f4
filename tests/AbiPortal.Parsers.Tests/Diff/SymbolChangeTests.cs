using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class SymbolChangeTests
{
    [Fact]
    public void Identical_snapshots_have_no_changes_and_verdict_none()
    {
        var s = ElfLib("libfoo.so.1", Fn("foo"), Data("table", 8));
        var diff = SnapshotDiffer.Compare(s, s);
        Assert.Empty(diff.Changes);
        Assert.Equal(Verdict.None, diff.Verdict);
    }

    [Fact]
    public void Export_removed_is_breaking()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("libfoo.so.1", Fn("foo"), Fn("bar")), ElfLib("libfoo.so.1", Fn("foo")));
        var change = Single(diff, ChangeKind.ExportRemoved);
        Assert.Equal("bar", change.Symbol);
        Assert.Equal(ChangeSeverity.Incompatible, change.Severity);
        Assert.Equal(Verdict.Incompatible, diff.Verdict);
        Assert.Equal(1, diff.Summary.Incompatible);
        Assert.Equal(1, diff.Summary.ByKind["export-removed"]);
    }

    [Fact]
    public void Export_added_is_compatible()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("libfoo.so.1", Fn("foo")), ElfLib("libfoo.so.1", Fn("foo"), Fn("bar")));
        Assert.Equal("bar", Single(diff, ChangeKind.ExportAdded).Symbol);
        Assert.Equal(Verdict.Compatible, diff.Verdict);
    }

    [Fact]
    public void Kind_changed_from_function_to_object_is_breaking()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("x")), ElfLib("l", Fn("x") with { Kind = SymbolKind.Object }));
        var change = Single(diff, ChangeKind.KindChanged);
        Assert.Equal(("function", "object"), (change.Before, change.After));
        Assert.Equal(ChangeSeverity.Incompatible, change.Severity);
    }

    [Fact]
    public void Kind_changed_to_tls_is_breaking_but_function_to_ifunc_is_info()
    {
        Assert.Equal(ChangeSeverity.Incompatible, Single(SnapshotDiffer.Compare(ElfLib("l", Data("v", 4)), ElfLib("l", Data("v", 4) with { Kind = SymbolKind.Tls })), ChangeKind.KindChanged).Severity);
        Assert.Equal(ChangeSeverity.Info, Single(SnapshotDiffer.Compare(ElfLib("l", Fn("f")), ElfLib("l", Fn("f") with { Kind = SymbolKind.IFunc })), ChangeKind.KindChanged).Severity);
    }

    [Fact]
    public void Unknown_kind_on_one_side_is_no_evidence_of_a_change()
        => Assert.Empty(SnapshotDiffer.Compare(ElfLib("l", Fn("f")), ElfLib("l", Fn("f") with { Kind = SymbolKind.None })).Changes);

    [Fact]
    public void Binding_changed_is_compatible()
    {
        var change = Single(SnapshotDiffer.Compare(ElfLib("l", Fn("f")), ElfLib("l", Fn("f") with { Binding = SymbolBinding.Weak })), ChangeKind.BindingChanged);
        Assert.Equal(("global", "weak", ChangeSeverity.Compatible), (change.Before, change.After, change.Severity));
    }

    [Fact]
    public void Visibility_changed_to_protected_breaks_data_but_not_functions()
    {
        Assert.Equal(ChangeSeverity.Compatible, Single(SnapshotDiffer.Compare(ElfLib("l", Fn("f")), ElfLib("l", Fn("f") with { Visibility = SymbolVisibility.Protected })), ChangeKind.VisibilityChanged).Severity);
        Assert.Equal(ChangeSeverity.Incompatible, Single(SnapshotDiffer.Compare(ElfLib("l", Data("d", 4)), ElfLib("l", Data("d", 4) with { Visibility = SymbolVisibility.Protected })), ChangeKind.VisibilityChanged).Severity);
    }

    [Fact]
    public void Data_object_size_changed_is_breaking_function_size_is_not_a_change()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Data("table", 16), Fn("f")), ElfLib("l", Data("table", 32), Fn("f") with { Size = 64 }));
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.SizeChanged, "table", "16", "32", ChangeSeverity.Incompatible), (change.Kind, change.Symbol, change.Before, change.After, change.Severity));
    }

    [Fact]
    public void Cpp_function_with_same_qualified_name_and_new_parameters_is_one_signature_change()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN2ns5Codec6encodeEPKci", demangled: "ns::Codec::encode(char const*, int)")),
            ElfLib("l", Fn("_ZN2ns5Codec6encodeEPKcm", demangled: "ns::Codec::encode(char const*, unsigned long)")));
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.SignatureChanged, change.Kind);
        Assert.Equal(ChangeSeverity.Incompatible, change.Severity);
        Assert.Equal("ns::Codec::encode(char const*, int)", change.Before);
        Assert.Equal("ns::Codec::encode(char const*, unsigned long)", change.After);
        Assert.Equal(["_ZN2ns5Codec6encodeEPKci", "_ZN2ns5Codec6encodeEPKcm"], change.Symbols!.Select(s => s.Name));
    }

    [Fact]
    public void Cpp_functions_with_different_qualified_names_stay_a_removal_and_an_addition()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN2ns1fEi", demangled: "ns::f(int)")),
            ElfLib("l", Fn("_ZN2ns1gEi", demangled: "ns::g(int)")));
        Assert.Equal([ChangeKind.ExportRemoved, ChangeKind.ExportAdded], Kinds(diff));
    }

    [Fact]
    public void Rust_symbol_with_a_new_hash_is_an_info_rebuild()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN5mycrate5parse17h0123456789abcdefE")),
            ElfLib("l", Fn("_ZN5mycrate5parse17hfedcba9876543210E")));
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.RustHashChanged, ChangeSeverity.Info), (change.Kind, change.Severity));
        Assert.Equal(Verdict.None, diff.Verdict);
    }

    [Fact]
    public void Rust_v0_symbol_with_a_new_crate_disambiguator_is_an_info_rebuild()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("_RNvCs1234_7mycrate5parse")), ElfLib("l", Fn("_RNvCsXyZ9_7mycrate5parse")));
        Assert.Equal(ChangeKind.RustHashChanged, Assert.Single(diff.Changes).Kind);
    }

    [Fact]
    public void Rust_symbol_with_a_new_path_is_a_removal()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("_ZN5mycrate5parse17h0123456789abcdefE")), ElfLib("l", Fn("_ZN5mycrate6parse217h0123456789abcdefE")));
        Assert.Equal([ChangeKind.ExportRemoved, ChangeKind.ExportAdded], Kinds(diff));
    }

    [Fact]
    public void Changes_are_ordered_breaking_first()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("a"), Fn("b") with { Binding = SymbolBinding.Weak }), ElfLib("l", Fn("b"), Fn("c")));
        Assert.Equal([ChangeSeverity.Incompatible, ChangeSeverity.Compatible, ChangeSeverity.Compatible], diff.Changes.Select(c => c.Severity));
    }

    [Fact]
    public void Linker_defined_symbols_coming_and_going_are_info()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("foo"), Data("_edata", 0), Data("__bss_start", 0), Fn("_init")), ElfLib("l", Fn("foo"), Fn("_fini")));
        Assert.All(diff.Changes, c => Assert.Equal(ChangeSeverity.Info, c.Severity));
        Assert.Equal(4, diff.Changes.Count);
        Assert.Equal(Verdict.None, diff.Verdict);
    }

    [Fact]
    public void Names_are_demangled_on_demand_only_for_reported_symbols()
    {
        var asked = new List<string>();
        string? Demangle(string name)
        {
            asked.Add(name);
            return name switch { "_Z1fi" => "f(int)", "_Z1fl" => "f(long)", _ => null };
        }

        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("kept1"), Fn("kept2"), Fn("_Z1fi")),
            ElfLib("l", Fn("kept1"), Fn("kept2"), Fn("_Z1fl")),
            new DiffOptions { Demangle = Demangle });
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.SignatureChanged, "f(int)", "f(long)"), (change.Kind, change.Before, change.After));
        Assert.DoesNotContain("kept1", asked);
    }
}
