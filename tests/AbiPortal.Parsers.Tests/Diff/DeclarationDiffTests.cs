using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>Functions, variables and typedefs: which type each place names, by structure (typedefs seen through, qualifiers told apart).</summary>
public sealed class DeclarationDiffTests
{
    private static AbiDiff Compare(Func<bool, AbiSurfaceBuilder> build) => TypeDiffTests.Compare(build(false), build(true));

    [Fact]
    public void Parameters_added_removed_retyped_and_renamed()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), l = b.Base("long", 8);
            return changed
                ? b.Function("f", i, ("a", l), ("b2", i), ("c", i)).Function("g", i)
                : b.Function("f", i, ("a", i), ("b", i)).Function("g", i, ("x", i));
        });

        Assert.Equal(Verdict.Incompatible, diff.Verdict);
        var added = Snap.Single(diff, ChangeKind.ParameterAdded);
        Assert.Equal(("f", "parameter 3 `c`", "int", ChangeSeverity.Incompatible), (added.Symbol, added.Item, added.After, added.Severity));
        Assert.Equal(("g", "parameter 1 `x`"), (Snap.Single(diff, ChangeKind.ParameterRemoved).Symbol, Snap.Single(diff, ChangeKind.ParameterRemoved).Item));
        var retyped = Snap.Single(diff, ChangeKind.ParameterTypeChanged);
        Assert.Equal(("parameter 1 `a`", "int", "long", ChangeSeverity.Incompatible), (retyped.Item, retyped.Before, retyped.After, retyped.Severity));
        var renamed = Snap.Single(diff, ChangeKind.ParameterRenamed);
        Assert.Equal(("parameter 2", "b", "b2", ChangeSeverity.Info), (renamed.Item, renamed.Before, renamed.After, renamed.Severity));
        Assert.Equal("f: parameter 1 `a` type int -> long", ChangeText.Describe(retyped));
    }

    [Fact]
    public void Typedef_spellings_are_info_and_qualifiers_are_told_apart_by_direction()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), c = b.Base("char", 1, "signed-char");
            string myint = b.Typedef("myint", i);
            string text = b.Pointer(c), constText = b.Pointer(b.Const(c));
            string textList = b.Pointer(text), constTextList = b.Pointer(constText);
            return changed
                ? b.Function("spell", i, ("v", myint)).Function("put", null, ("s", constText)).Function("get", constText).Function("take", null, ("s", text)).Function("all", null, ("l", constTextList)).Function("cv", null, ("v", b.Const(i)))
                : b.Function("spell", i, ("v", i)).Function("put", null, ("s", text)).Function("get", text).Function("take", null, ("s", constText)).Function("all", null, ("l", textList)).Function("cv", null, ("v", i));
        });

        ChangeSeverity Of(string symbol) => Assert.Single(diff.Changes, c => c.Symbol == symbol).Severity;
        Assert.Equal(ChangeSeverity.Info, Of("spell"));
        Assert.Equal(ChangeSeverity.Info, Of("put"));
        Assert.Equal(ChangeSeverity.ApiBreak, Of("get"));
        Assert.Equal(ChangeSeverity.ApiBreak, Of("take"));
        Assert.Equal(ChangeSeverity.ApiBreak, Of("all"));
        Assert.DoesNotContain(diff.Changes, c => c.Symbol == "cv");
        Assert.Equal(Verdict.ApiBreak, diff.Verdict);
    }

    [Fact]
    public void A_struct_renamed_with_the_same_layout_is_an_api_break_and_another_struct_is_incompatible()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), l = b.Base("long", 8);
            string old = b.Struct("pt", 8, ("x", i, 0), ("y", i, 4));
            string renamed = changed ? b.Struct("point", 8, ("x", i, 0), ("y", i, 4)) : old;
            string other = changed ? b.Struct("wide", 16, ("x", l, 0), ("y", l, 8)) : old;
            return b.Function("f", null, ("p", b.Pointer(renamed))).Function("g", null, ("p", b.Pointer(other)));
        });

        var f = Assert.Single(diff.Changes, c => c.Symbol == "f");
        Assert.Equal((ChangeKind.ParameterTypeChanged, ChangeSeverity.ApiBreak, "struct pt *", "struct point *"), (f.Kind, f.Severity, f.Before, f.After));
        Assert.Equal(ChangeSeverity.Incompatible, Assert.Single(diff.Changes, c => c.Symbol == "g").Severity);
    }

    [Fact]
    public void Return_type_variadic_calling_convention_and_noreturn()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), l = b.Base("long", 8);
            return b.Function(new AbiFunction { Symbol = "r", Name = "r", Return = changed ? l : i })
                .Function(new AbiFunction { Symbol = "v", Name = "v", Return = i, Parameters = [new AbiParameter("fmt", i)], Variadic = changed })
                .Function(new AbiFunction { Symbol = "cc", Name = "cc", CallingConvention = changed ? "stdcall" : null })
                .Function(new AbiFunction { Symbol = "die", Name = "die", NoReturn = !changed })
                .Function(new AbiFunction { Symbol = "stop", Name = "stop", NoReturn = changed });
        });

        Assert.Equal(("int", "long", ChangeSeverity.Incompatible), (Snap.Single(diff, ChangeKind.ReturnTypeChanged).Before, Snap.Single(diff, ChangeKind.ReturnTypeChanged).After, Snap.Single(diff, ChangeKind.ReturnTypeChanged).Severity));
        Assert.Equal(("fixed arguments", "variadic (...)"), (Snap.Single(diff, ChangeKind.VariadicChanged).Before, Snap.Single(diff, ChangeKind.VariadicChanged).After));
        Assert.Equal(("default", "stdcall"), (Snap.Single(diff, ChangeKind.CallingConventionChanged).Before, Snap.Single(diff, ChangeKind.CallingConventionChanged).After));
        var noreturn = diff.Changes.Where(c => c.Kind == ChangeKind.NoReturnChanged).ToDictionary(c => c.Symbol!, c => c.Severity);
        Assert.Equal(ChangeSeverity.Incompatible, noreturn["die"]);
        Assert.Equal(ChangeSeverity.Compatible, noreturn["stop"]);
    }

    [Fact]
    public void Member_functions_hide_this_but_a_member_turned_static_is_a_parameter_change()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            string c = b.Add(new AbiType { Id = "class C", Kind = AbiTypeKind.Class, Name = "C", Size = 4, Fields = [new AbiField { Name = "v", Type = i }] });
            var self = new AbiParameter("this", b.Pointer(c), Artificial: true);
            return b.Function(new AbiFunction { Symbol = "_ZN1C3getEv", Name = "C::get", Return = i, Class = c, Parameters = changed ? [] : [self] });
        });

        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.ParameterRemoved, "`this`"), (change.Kind, change.Item));
    }

    [Fact]
    public void Variables_and_typedefs_change_type()
    {
        var diff = Compare(changed =>
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int(), l = b.Base("long", 8);
            string handle = b.Typedef("handle_t", changed ? l : i);
            string alias = b.Typedef("alias_t", changed ? b.Typedef("int_t", i) : i);
            return b.Variable("counter", changed ? l : i).Function("open_it", handle).Function("keep", alias);
        });

        Assert.Equal(("int", "long", ChangeSeverity.Incompatible), (Snap.Single(diff, ChangeKind.VariableTypeChanged).Before, Snap.Single(diff, ChangeKind.VariableTypeChanged).After, Snap.Single(diff, ChangeKind.VariableTypeChanged).Severity));
        var typedefs = diff.Changes.Where(c => c.Kind == ChangeKind.TypedefChanged).ToDictionary(c => c.Type!, c => c);
        Assert.Equal(ChangeSeverity.Incompatible, typedefs["typedef handle_t"].Severity);
        Assert.Equal(["open_it"], typedefs["typedef handle_t"].Symbols!.Select(s => s.Name));
        Assert.Equal(("int", "int_t", ChangeSeverity.Info), (typedefs["typedef alias_t"].Before, typedefs["typedef alias_t"].After, typedefs["typedef alias_t"].Severity));
        Assert.Equal("typedef handle_t: names long (was int)", ChangeText.Describe(typedefs["typedef handle_t"]));
    }
}
