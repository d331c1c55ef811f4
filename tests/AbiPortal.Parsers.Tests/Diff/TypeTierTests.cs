using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>
/// The tier rules of docs/diff.md for layout changes: by value, through pointers with and without
/// a library that hands out instances, types private to a source file, and members kept in place.
/// </summary>
public sealed class TypeTierTests
{
    private static AbiDiff Compare(Func<bool, AbiSurfaceBuilder> build) => TypeDiffTests.Compare(build(false), build(true));

    /// <summary><c>struct Obj</c>, grown by a field appended when <paramref name="grown"/>.</summary>
    private static string Obj(AbiSurfaceBuilder b, bool grown, string? declFile = null)
    {
        string i = b.Int();
        string id = grown ? b.Struct("Obj", 12, ("a", i, 0), ("b", i, 4), ("c", i, 8)) : b.Struct("Obj", 8, ("a", i, 0), ("b", i, 4));
        if (declFile is not null)
        {
            b.Add(b.Type(id) with { DeclFile = declFile });
        }

        return id;
    }

    [Fact]
    public void Growth_of_a_type_passed_by_value_is_incompatible()
    {
        var diff = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            return b.Function("obj_area", b.Int(), ("o", Obj(b, grown)));
        });

        var size = Snap.Single(diff, ChangeKind.TypeSizeChanged);
        Assert.Equal(ChangeSeverity.Incompatible, size.Severity);
        Assert.StartsWith("callers hold struct Obj itself", size.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_at_the_end_of_a_type_the_library_hands_out_and_callers_only_point_to_is_a_risk()
    {
        var diff = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            string p = b.Pointer(Obj(b, grown));
            return b.Function("obj_new", p).Function("obj_free", null, ("o", p));
        });

        Assert.Equal(Verdict.Risk, diff.Verdict);
        var size = Snap.Single(diff, ChangeKind.TypeSizeChanged);
        Assert.Equal(ChangeSeverity.Risk, size.Severity);
        Assert.Contains("obj_new hands out instances", size.Rationale, StringComparison.Ordinal);
        Assert.Equal(ChangeSeverity.Risk, Snap.Single(diff, ChangeKind.FieldAdded).Severity);
    }

    [Fact]
    public void An_out_parameter_hands_out_instances_too_but_an_exported_constructor_lets_callers_allocate()
    {
        var outParameter = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            string p = b.Pointer(Obj(b, grown));
            return b.Function("obj_open", b.Int(), ("out", b.Pointer(p))).Function("obj_close", null, ("o", p));
        });
        Assert.Equal(ChangeSeverity.Risk, Snap.Single(outParameter, ChangeKind.TypeSizeChanged).Severity);

        var constructed = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            string obj = Obj(b, grown);
            string p = b.Pointer(obj);
            return b.Function("obj_new", p)
                .Function(new AbiFunction { Symbol = "_ZN3ObjC1Ev", Name = "Obj::Obj", Class = obj, Parameters = [new AbiParameter("this", p, Artificial: true)] });
        });
        Assert.Equal(ChangeSeverity.Incompatible, Snap.Single(constructed, ChangeKind.TypeSizeChanged).Severity);
    }

    [Fact]
    public void Members_moving_inside_a_handed_out_type_are_incompatible()
    {
        var diff = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            string obj = grown ? b.Struct("Obj", 12, ("a", i, 0), ("new_one", i, 4), ("b", i, 8)) : b.Struct("Obj", 8, ("a", i, 0), ("b", i, 4));
            return b.Function("obj_new", b.Pointer(obj));
        });

        Assert.Equal(ChangeSeverity.Incompatible, Snap.Single(diff, ChangeKind.TypeSizeChanged).Severity);
        Assert.Equal(ChangeSeverity.Incompatible, Snap.Single(diff, ChangeKind.FieldMoved).Severity);
        Assert.Equal(ChangeSeverity.Incompatible, Snap.Single(diff, ChangeKind.FieldAdded).Severity);
    }

    [Fact]
    public void A_type_defined_in_a_source_file_and_reached_through_pointers_is_out_of_callers_sight()
    {
        var diff = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            return b.Function("obj_use", null, ("o", b.Pointer(Obj(b, grown, "src/obj.c"))));
        });

        Assert.Equal(Verdict.Compatible, diff.Verdict);
        Assert.Contains("defined in src/obj.c, a source file", Snap.Single(diff, ChangeKind.TypeSizeChanged).Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_added_in_old_padding_or_a_union_member_no_larger_than_the_rest_is_compatible()
    {
        var diff = Compare(grown =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), c = b.Base("char", 1), d = b.Base("double", 8, "float");
            string s = grown ? b.Struct("S", 16, ("d", d, 0), ("c", c, 8), ("spare", c, 9)) : b.Struct("S", 16, ("d", d, 0), ("c", c, 8));
            string u = b.Add(new AbiType
            {
                Id = "union U", Kind = AbiTypeKind.Union, Name = "union U", Size = 8,
                Fields = grown ? [new AbiField { Name = "d", Type = d }, new AbiField { Name = "i", Type = i }] : [new AbiField { Name = "d", Type = d }],
            });
            return b.Function("use", null, ("s", s), ("u", u));
        });

        Assert.Equal([ChangeKind.FieldAdded, ChangeKind.FieldAdded], diff.Changes.Select(c => c.Kind));
        Assert.All(diff.Changes, c => Assert.Equal(ChangeSeverity.Compatible, c.Severity));
    }

    [Fact]
    public void Member_changes_have_their_kinds()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), u = b.Base("unsigned int", 4, "unsigned"), l = b.Base("long", 8);
            string s = b.Add(new AbiType
            {
                Id = "struct S", Kind = AbiTypeKind.Struct, Name = "struct S", Size = 24, Alignment = changed ? 16UL : 8UL, PassedBy = changed ? "reference" : "value",
                Fields = changed
                    ? [new AbiField { Name = "count", Type = i }, new AbiField { Name = "f", Type = u, Offset = 4, BitOffset = 34, BitSize = 4 }, new AbiField { Name = "v", Type = i, Offset = 8 }, new AbiField { Name = "w", Type = l, Offset = 16 }]
                    : [new AbiField { Name = "n", Type = i }, new AbiField { Name = "f", Type = u, Offset = 4, BitOffset = 32, BitSize = 3 }, new AbiField { Name = "v", Type = l, Offset = 8 }, new AbiField { Name = "gone", Type = i, Offset = 16 }],
            });
            return b.Function("take", null, ("s", s));
        });

        Assert.Equal(
            [ChangeKind.TypeAlignmentChanged, ChangeKind.TypePassingChanged, ChangeKind.FieldAdded, ChangeKind.FieldRemoved, ChangeKind.FieldTypeChanged, ChangeKind.FieldRenamed, ChangeKind.BitFieldChanged],
            diff.Changes.Select(c => c.Kind).Order());
        Assert.Equal(ChangeSeverity.ApiBreak, Snap.Single(diff, ChangeKind.FieldRenamed).Severity);
        Assert.Equal(("n", "count"), (Snap.Single(diff, ChangeKind.FieldRenamed).Before, Snap.Single(diff, ChangeKind.FieldRenamed).After));
        Assert.Equal(("bit offset 32, 3 bits", "bit offset 34, 4 bits"), (Snap.Single(diff, ChangeKind.BitFieldChanged).Before, Snap.Single(diff, ChangeKind.BitFieldChanged).After));
        Assert.Equal(("long", "int"), (Snap.Single(diff, ChangeKind.FieldTypeChanged).Before, Snap.Single(diff, ChangeKind.FieldTypeChanged).After));
        Assert.Equal(("by value", "by reference", ChangeSeverity.Incompatible), (Snap.Single(diff, ChangeKind.TypePassingChanged).Before, Snap.Single(diff, ChangeKind.TypePassingChanged).After, Snap.Single(diff, ChangeKind.TypePassingChanged).Severity));
    }

    [Fact]
    public void Bases_vtable_slots_and_definitions()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            string a = b.Add(new AbiType { Id = "class A", Kind = AbiTypeKind.Class, Name = "A", Size = 4, Fields = [new AbiField { Name = "a", Type = i }] });
            string x = b.Add(new AbiType { Id = "class X", Kind = AbiTypeKind.Class, Name = "X", Size = 4, Fields = [new AbiField { Name = "x", Type = i }] });
            string m = b.Add(new AbiType { Id = "class M", Kind = AbiTypeKind.Class, Name = "M", Size = 1 });
            string shape = b.Add(new AbiType
            {
                Id = "class Shape", Kind = AbiTypeKind.Class, Name = "Shape", Size = 24,
                Bases = changed ? [new AbiBase(a, 8), new AbiBase(m, 0)] : [new AbiBase(a, 8), new AbiBase(x, 12)],
                VirtualMethods = changed
                    ? [new AbiVirtualMethod("~Shape()", "_ZN5ShapeD1Ev", 0), new AbiVirtualMethod("draw()", "_ZN5Shape4drawEv", 2), new AbiVirtualMethod("grow()", "_ZN5Shape4growEv", 3)]
                    : [new AbiVirtualMethod("~Shape()", "_ZN5ShapeD1Ev", 0), new AbiVirtualMethod("area() const", "_ZNK5Shape4areaEv", 2), new AbiVirtualMethod("draw()", "_ZN5Shape4drawEv", 3)],
            });
            string handle = changed ? b.Opaque("Handle") : b.Struct("Handle", 4, ("fd", i, 0));
            string later = changed ? b.Struct("Later", 4, ("v", i, 0)) : b.Opaque("Later");
            return b.Function("paint", null, ("s", b.Pointer(shape))).Function("h", null, ("h", b.Pointer(handle))).Function("l", null, ("l", b.Pointer(later)));
        });

        Assert.Equal(
            [ChangeKind.BaseAdded, ChangeKind.BaseRemoved, ChangeKind.VirtualMethodAdded, ChangeKind.VirtualMethodRemoved, ChangeKind.VirtualMethodMoved, ChangeKind.TypeBecameOpaque, ChangeKind.TypeBecameDefined],
            diff.Changes.Select(c => c.Kind).Order());
        Assert.Equal(("draw()", "slot 3", "slot 2", ChangeSeverity.Incompatible), (Snap.Single(diff, ChangeKind.VirtualMethodMoved).Item, Snap.Single(diff, ChangeKind.VirtualMethodMoved).Before, Snap.Single(diff, ChangeKind.VirtualMethodMoved).After, Snap.Single(diff, ChangeKind.VirtualMethodMoved).Severity));
        Assert.Equal(ChangeSeverity.Incompatible, Snap.Single(diff, ChangeKind.VirtualMethodAdded).Severity);
        Assert.Equal(ChangeSeverity.ApiBreak, Snap.Single(diff, ChangeKind.TypeBecameOpaque).Severity);
        Assert.Equal(ChangeSeverity.Compatible, Snap.Single(diff, ChangeKind.TypeBecameDefined).Severity);
        Assert.Equal(("X", "offset 12"), (Snap.Single(diff, ChangeKind.BaseRemoved).Item, Snap.Single(diff, ChangeKind.BaseRemoved).Before));
    }

    [Fact]
    public void A_base_that_moves_and_a_struct_that_becomes_a_class_of_the_same_name()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            string a = b.Add(new AbiType { Id = changed ? "class A" : "struct A", Kind = changed ? AbiTypeKind.Class : AbiTypeKind.Struct, Name = "A", Size = 4, Fields = [new AbiField { Name = "a", Type = i }] });
            string d = b.Add(new AbiType { Id = "class D", Kind = AbiTypeKind.Class, Name = "D", Size = 8, Bases = [new AbiBase(a, changed ? 4UL : 0UL)] });
            return b.Function("f", null, ("d", b.Pointer(d))).Function("g", null, ("a", b.Pointer(a)));
        });

        // g's parameter changed id (struct A to class A) but not type: no change there.
        var moved = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.BaseMoved, "A", "offset 0", "offset 4"), (moved.Kind, moved.Item, moved.Before, moved.After));
    }
}
