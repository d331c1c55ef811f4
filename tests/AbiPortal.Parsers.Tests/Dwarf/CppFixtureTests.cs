using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>
/// The C++ fixture (shapes.cpp) from gcc (DWARF 5, and 4 in a relocatable object) and clang
/// (DWARF 4 .debug_types and DWARF 5 type units): classes, vtables, bases, member pointers,
/// references, templates, enum classes, static members.
/// </summary>
public sealed class CppFixtureTests
{
    [Theory]
    [InlineData("libshapes-gcc5.so")]
    [InlineData("libshapes-clang4-types.so")]
    [InlineData("libshapes-clang5-types.so")]
    [InlineData("shapes-gcc.o")]
    public void Classes_have_layouts_bases_and_virtual_methods_in_vtable_order(string name)
    {
        var surface = DwarfFixtures.Surface(name);
        var shape = surface.Type("class shapes::Shape");
        Assert.Equal((AbiTypeKind.Class, 32UL), (shape.Kind, shape.Size!.Value));
        Assert.Equal(["kind_@8:protected", "origin_@16:protected"], shape.Fields.Skip(1).Select(f => $"{f.Name}@{f.Offset}:{f.Access}"));
        Assert.StartsWith("_vptr", shape.Fields[0].Name, StringComparison.Ordinal);
        // Itanium vtable: the destructor pair at 0 and 1 (gcc states no slot for it; it is placed), then area, name, scale.
        Assert.Equal(["~Shape()@0", "area() const@2", "name() const@3", "scale(double)@4"], shape.VirtualMethods.Select(m => $"{m.Name}@{m.VtableIndex}"));

        var circle = surface.Type("class shapes::Circle");
        Assert.Equal(40UL, circle.Size);
        Assert.Equal([new AbiBase("class shapes::Shape", 0, false, "public")], circle.Bases);
        Assert.Equal(["r_@32"], circle.Fields.Select(f => $"{f.Name}@{f.Offset}"));

        var tagged = surface.Type("struct shapes::Tagged");
        var virtualBase = Assert.Single(tagged.Bases);
        Assert.Equal(("struct shapes::Origin", null, true), (virtualBase.Type, virtualBase.Offset, virtualBase.Virtual));
    }

    [Theory]
    [InlineData("libshapes-gcc5.so")]
    [InlineData("libshapes-clang5-types.so")]
    public void Member_functions_name_their_class_and_mark_this(string name)
    {
        var surface = DwarfFixtures.Surface(name);
        var area = surface.Function("_ZNK6shapes6Circle4areaEv");
        Assert.Equal(("shapes::Circle::area", "class shapes::Circle", "double"), (area.Name, area.Class, area.Return));
        var self = Assert.Single(area.Parameters);
        // Top-level const is dropped: gcc writes `this` as `const Circle *const`, clang as `const Circle *`.
        Assert.Equal(("ptr(const(class shapes::Circle))", true), (self.Type, self.Artificial));
        Assert.Equal(2, area.VtableIndex);

        var scale = surface.Function("_ZN6shapes6Circle5scaleEd");
        Assert.Equal(["ptr(class shapes::Circle)", "double"], scale.Parameters.Select(p => p.Type));
        Assert.Null(surface.Function("_ZN6shapes10total_areaEPKPKNS_5ShapeEm").Class);
        Assert.Equal("c_area", surface.Function("c_area").Name);
    }

    [Theory]
    [InlineData("libshapes-gcc5.so")]
    [InlineData("libshapes-clang4-types.so")]
    public void References_member_pointers_templates_and_enum_classes(string name)
    {
        var surface = DwarfFixtures.Surface(name);
        Assert.Equal(["ref(const(class shapes::Shape))", "typedef shapes::Measure"], surface.Function("_ZN6shapes5applyERKNS_5ShapeEMS0_KFdvE").Parameters.Select(p => p.Type));
        var measure = surface.Type("typedef shapes::Measure");
        var memptr = surface.Type(measure.Target!);
        Assert.Equal((AbiTypeKind.MemberPointer, "class shapes::Shape", 16UL), (memptr.Kind, memptr.ContainingType, memptr.Size!.Value));
        Assert.Equal("double (shapes::Shape::*)(const class shapes::Shape *)", memptr.Name);

        var dataMember = surface.Type(surface.Function("_ZN6shapes11kind_offsetEv").Return!);
        Assert.Equal(("memptr(class shapes::Shape;int)", 8UL, "int shapes::Shape::*"), (dataMember.Id, dataMember.Size!.Value, dataMember.Name));

        Assert.Equal(["rref(double)"], surface.Function("_ZN6shapes8make_boxEOd").Parameters.Select(p => p.Type));
        Assert.Equal("struct shapes::Box<double>", surface.Function("_ZN6shapes8make_boxEOd").Return);
        Assert.Equal(["value:double@0"], surface.Type("struct shapes::Box<double>").Fields.Select(f => $"{f.Name}:{f.Type}@{f.Offset}"));

        var kind = surface.Type("enum shapes::Kind");
        Assert.Equal((2UL, "short"), (kind.Size!.Value, kind.Target));
        Assert.Equal(["Circle=1", "Square=2", "Other=-1"], kind.Enumerators.Select(e => $"{e.Name}={e.Value}"));

        var nothing = surface.Type(surface.Function("_ZN6shapes7nothingEv").Return!);
        Assert.Equal(("typedef std::nullptr_t", "decltype(nullptr)"), (nothing.Id, nothing.Target));
        Assert.Equal(AbiTypeKind.Unspecified, surface.Type("decltype(nullptr)").Kind);
    }

    [Fact]
    public void Static_data_members_are_variables_with_qualified_names()
    {
        foreach (string name in DwarfFixtures.Shapes)
        {
            var instances = Assert.Single(DwarfFixtures.Surface(name).Variables);
            Assert.Equal(("_ZN6shapes5Shape9instancesE", "shapes::Shape::instances", "int"), (instances.Symbol, instances.Name, instances.Type));
        }
    }

    [Fact]
    public void Gcc_and_clang_agree_on_every_function_signature()
    {
        // The vtable pointer's type differs by compiler (gcc: int (**)(...), clang: int (**)()), so only signatures are compared.
        static string Signatures(AbiSurface s) => string.Join("\n", s.Functions.Select(f => $"{f.Symbol} {f.Name} ({string.Join(",", f.Parameters.Select(p => p.Type))}) -> {f.Return} {f.Class}"));
        string gcc = Signatures(DwarfFixtures.Surface("libshapes-gcc5.so"));
        string clang = Signatures(DwarfFixtures.Surface("libshapes-clang5-types.so"));
        // clang folds Circle's complete destructor (D2) into D0 and does not export it.
        Assert.Equal(gcc.Split('\n').Where(l => !l.StartsWith("_ZN6shapes6CircleD2Ev", StringComparison.Ordinal)), clang.Split('\n'));
    }
}
