using AbiPortal.Client.Components.Pages.Diff;

namespace AbiPortal.Ui.Tests.Components;

public sealed class SignatureDiffTests
{
    private static string Marked(IReadOnlyList<SignatureDiff.Piece> pieces)
        => string.Concat(pieces.Select(p => p.Changed ? "[" + p.Text + "]" : p.Text));

    [Fact]
    public void Only_the_parameter_that_changed_is_marked()
    {
        var (old, @new) = SignatureDiff.Compare("shapes::scale(double, int)", "shapes::scale(double, double)");
        Assert.Equal("shapes::scale(double, [int])", Marked(old));
        Assert.Equal("shapes::scale(double, [double])", Marked(@new));
    }

    [Fact]
    public void Commas_inside_templates_and_function_pointers_do_not_split_parameters()
    {
        var (old, @new) = SignatureDiff.Compare(
            "f(std::map<int, long> const&, void (*)(int, char))",
            "f(std::map<int, long> const&, void (*)(int, char), bool)");
        Assert.Equal("f(std::map<int, long> const&, void (*)(int, char))", Marked(old));
        Assert.Equal("f(std::map<int, long> const&, void (*)(int, char), [bool])", Marked(@new));
    }

    [Fact]
    public void Qualifiers_after_the_list_and_a_different_name_are_marked()
    {
        var (old, @new) = SignatureDiff.Compare("C::get() const", "C::get()");
        Assert.Equal("C::get()[ const]", Marked(old));
        Assert.Equal("C::get()", Marked(@new));
    }

    [Fact]
    public void Text_that_is_no_signature_is_marked_whole()
    {
        var (old, @new) = SignatureDiff.Compare("LLVM_14", "LLVM_15");
        Assert.Equal("[LLVM_14]", Marked(old));
        Assert.Equal("[LLVM_15]", Marked(@new));
    }
}
