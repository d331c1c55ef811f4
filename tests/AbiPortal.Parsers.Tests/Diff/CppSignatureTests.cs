using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class CppSignatureTests
{
    [Theory]
    [InlineData("ns::Codec::encode(char const*, int)", "ns::Codec::encode")]
    [InlineData("ns::Codec::size() const", "ns::Codec::size")]
    [InlineData("void ns::apply<int>(int, void (*)(int))", "ns::apply<int>")]
    [InlineData("std::vector<int, std::allocator<int> >::push_back(int const&)", "std::vector<int, std::allocator<int> >::push_back")]
    [InlineData("public: void __cdecl ns::Codec::encode(char const *, int)", "ns::Codec::encode")]
    [InlineData("ns::Foo::operator()(int)", "ns::Foo::operator()")]
    [InlineData("ns::Foo::operator new(unsigned long)", "ns::Foo::operator new")]
    [InlineData("ns::Foo::operator<(ns::Foo const&) const", "ns::Foo::operator<")]
    public void Qualified_name_drops_return_type_and_parameters(string demangled, string expected)
        => Assert.Equal(expected, CppSignature.QualifiedName(demangled));

    [Theory]
    [InlineData("vtable for ns::Foo")]
    [InlineData("ns::counter")]
    [InlineData("")]
    [InlineData(null)]
    public void Non_functions_have_no_qualified_name(string? demangled)
        => Assert.Null(CppSignature.QualifiedName(demangled));

    [Theory]
    [InlineData("_ZN4core3fmt5write17h0123456789abcdefE", "_ZN4core3fmt5write")]
    [InlineData("__ZN4core3fmt5write17h0123456789abcdefE", "__ZN4core3fmt5write")]
    [InlineData("_ZN2ns1fEv", null)]
    [InlineData("_RNvCs1234_7mycrate5parse", "_RNvC7mycrate5parse")]
    [InlineData("_RNvC7mycrate5parse", null)]
    [InlineData("plain", null)]
    public void Rust_hash_key(string name, string? expected)
        => Assert.Equal(expected, RustSymbolHash.Key(name));
}
