using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Parsers.Tests.Matrix;

/// <summary>
/// The same C++ declarations mangled by clang for the Itanium ABI (x86_64-linux-gnu) and for the
/// Microsoft ABI (x86_64-pc-windows-msvc), taken from tests/fixtures/matrix/src/counter.cpp and
/// from a scratch file of standard-library-shaped types: each pair, demangled by our demanglers,
/// must give one key.
/// </summary>
public sealed class CppSignatureKeyTests
{
    public static TheoryData<string, string, string> Pairs => new()
    {
        { "_ZN5tally7Counter3addEi", "?add@Counter@tally@@QEAAXH@Z", "tally::Counter::add(int)" },
        { "_ZNK5tally7Counter5valueEv", "?value@Counter@tally@@QEBAHXZ", "tally::Counter::value() const" },
        { "_ZN5tally7CounterC1Ei", "??0Counter@tally@@QEAA@H@Z", "tally::Counter::Counter(int)" },
        { "_ZN5tally7CounterC2Ev", "??0Counter@tally@@QEAA@XZ", "tally::Counter::Counter()" },
        { "_ZN5tally7CounterD2Ev", "??1Counter@tally@@UEAA@XZ", "tally::Counter::~Counter()" },
        { "_ZN5tally7Counter3addEPKcx", "?add@Counter@tally@@QEAAXPEBD_J@Z", "tally::Counter::add(char const*, long long)" },
        { "_ZN5tally5twiceIiEET_S1_", "??$twice@H@tally@@YAHH@Z", "tally::twice<int>(int)" },
        { "_ZN5tally5visitEPFviPvES0_", "?visit@tally@@YAXP6AXHPEAX@Z0@Z", "tally::visit(void (*)(int, void*), void*)" },
        { "_ZN5tally7CounterpLERKS0_", "??YCounter@tally@@QEAAAEAV01@AEBV01@@Z", "tally::Counter::operator+=(tally::Counter const&)" },
        { "_ZNK5tally7CountereqERKS0_", "??8Counter@tally@@QEBA_NAEBV01@@Z", "tally::Counter::operator==(tally::Counter const&) const" },
        { "_ZNK5tally7Counter4nameEv", "?name@Counter@tally@@UEBAPEBDXZ", "tally::Counter::name() const" },
        { "_ZN5tally7Counter9instancesEv", "?instances@Counter@tally@@SAHXZ", "tally::Counter::instances()" },
        { "_ZN5tally7Counter7createdE", "?created@Counter@tally@@2HA", "tally::Counter::created" },
        { "_ZTVN5tally7CounterE", "??_7Counter@tally@@6B@", "vtable for tally::Counter" },
        { "_ZN5tally7Counter4moveERKNS_5PointENS_4ModeE", "?move@Counter@tally@@QEAAXAEBUPoint@2@W4Mode@2@@Z", "tally::Counter::move(tally::Point const&, tally::Mode)" },
        { "_ZN2ns1fERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", "?f@ns@@YAXAEBV?$basic_string@DU?$char_traits@D@std@@V?$allocator@D@2@@std@@@Z", "ns::f(std::basic_string<char, std::char_traits<char>, std::allocator<char>> const&)" },
        { "_ZN2ns1gEPSt6vectorIiSaIiEE", "?g@ns@@YAXPEAV?$vector@HV?$allocator@H@std@@@std@@@Z", "ns::g(std::vector<int, std::allocator<int>>*)" },
        { "_ZN2nslsERNS_6StreamEi", "??6ns@@YAAEAUStream@0@AEAU10@H@Z", "ns::operator<<(ns::Stream&, int)" },
        { "_ZN2nsltERKNS_6StreamES2_", "??Mns@@YA_NAEBUStream@0@0@Z", "ns::operator<(ns::Stream const&, ns::Stream const&)" },
        { "_ZNK2ns2FnclEi", "??RFn@ns@@QEBAHH@Z", "ns::Fn::operator()(int) const" },
        { "_ZNK2ns2FncviEv", "??BFn@ns@@QEBAHXZ", "ns::Fn::operator int() const" },
        // Itanium's abbreviations of the standard library (So, Ss) against MSVC's full names.
        { "_ZN2ns1hERSo", "?h@ns@@YAXAEAV?$basic_ostream@DU?$char_traits@D@std@@@std@@@Z", "ns::h(std::basic_ostream<char, std::char_traits<char>>&)" },
        { "_ZN2ns1sERKSs", "?s@ns@@YAXAEBV?$basic_string@DU?$char_traits@D@std@@V?$allocator@D@2@@std@@@Z", "ns::s(std::basic_string<char, std::char_traits<char>, std::allocator<char>> const&)" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Itanium_and_Microsoft_manglings_of_one_declaration_have_one_key(string itanium, string microsoft, string key)
    {
        string? fromItanium = CppSignatureKey.From(Demangler.Demangle(itanium));
        string? fromMicrosoft = CppSignatureKey.From(Demangler.Demangle(microsoft));
        Assert.Equal(key, fromItanium);
        Assert.Equal(key, fromMicrosoft);
    }

    [Theory]
    [InlineData("public: virtual char const * __ptr64 __cdecl ns::C::name(void) const __ptr64", "ns::C::name() const")]
    [InlineData("protected: static class std::vector<int,class std::allocator<int> > __cdecl ns::C::all(void)", "ns::C::all()")]
    [InlineData("int __cdecl ns::apply(int (__cdecl tally::Counter::*)(void), enum ns::Mode)", "ns::apply(int (tally::Counter::*)(), ns::Mode)")]
    [InlineData("std::__1::basic_string<char, std::__1::char_traits<char>, std::__1::allocator<char>>::size() const", "std::basic_string<char, std::char_traits<char>, std::allocator<char>>::size() const")]
    [InlineData("ns::Buffer::data() &&", "ns::Buffer::data() &&")]
    [InlineData("void __cdecl ns::free(void *)", "ns::free(void*)")]
    [InlineData("unsigned __int64 __cdecl tally::hash(char const *, unsigned __int64)", "tally::hash(char const*, unsigned long long)")]
    public void Words_that_only_one_demangler_prints_are_taken_off(string demangled, string key)
        => Assert.Equal(key, CppSignatureKey.From(demangled));

    [Theory]
    [InlineData("non-virtual thunk to tally::Counter::name() const")]
    [InlineData("typeinfo for tally::Counter")]
    [InlineData("guard variable for ns::instance()::cache")]
    public void Itanium_special_names_are_keyed_whole(string demangled)
        => Assert.Equal(demangled, CppSignatureKey.From(demangled));

    [Fact]
    public void A_thunk_is_not_the_function_it_adjusts()
        => Assert.NotEqual(CppSignatureKey.From("tally::Counter::name() const"), CppSignatureKey.From("non-virtual thunk to tally::Counter::name() const"));

    [Fact]
    public void The_loose_key_reads_long_long_as_long()
    {
        Assert.Equal("tally::hash(char const*, unsigned long)", CppSignatureKey.Loose("tally::hash(char const*, unsigned long long)"));
        Assert.Equal("f(long)", CppSignatureKey.Loose("f(long)"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_has_no_key(string? demangled) => Assert.Null(CppSignatureKey.From(demangled));

    [Theory]
    [InlineData("(((")]
    [InlineData(")))")]
    [InlineData("<<<>")]
    [InlineData("operator")]
    [InlineData("`unterminated")]
    [InlineData("{lambda(int)#1")]
    [InlineData("a::::b(")]
    public void Odd_text_still_gets_a_key_without_throwing(string text)
        => Assert.False(string.IsNullOrEmpty(CppSignatureKey.From(text)));
}
