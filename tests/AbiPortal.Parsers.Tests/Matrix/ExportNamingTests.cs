using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Parsers.Tests.Matrix;

/// <summary>The decorations of each platform, as the fixtures of tests/fixtures/matrix show them, taken off.</summary>
public sealed class ExportNamingTests
{
    public static TheoryData<string, NameScheme, string, string> Decorated => new()
    {
        // Mach-O: every C name has an underscore, which dlsym adds itself.
        { "_tally_add", NameScheme.MachO, "tally_add", "tally_add" },
        { "tally_add", NameScheme.MachO, "tally_add", "tally_add" },
        // 32-bit Windows DLL exports: mingw-w64 stdcall, MSVC stdcall, fastcall, vectorcall, cdecl.
        { "tally_add@12", NameScheme.Windows32, "tally_add", "tally_add@12" },
        { "_tally_add@12", NameScheme.Windows32, "tally_add", "_tally_add@12" },
        { "@tally_fast_sum@8", NameScheme.Windows32, "tally_fast_sum", "@tally_fast_sum@8" },
        { "vector_sum@@16", NameScheme.Windows32, "vector_sum", "vector_sum@@16" },
        { "tally_version", NameScheme.Windows32, "tally_version", "tally_version" },
        { "_leading", NameScheme.Windows32, "_leading", "_leading" },
        // 32-bit COFF link names (objects, GNU import libraries): the cdecl underscore too.
        { "_tally_version", NameScheme.Coff32, "tally_version", "_tally_version" },
        { "_tally_add@12", NameScheme.Coff32, "tally_add", "_tally_add@12" },
        { "__imp__tally_add@12", NameScheme.Coff32, "tally_add", "_tally_add@12" },
        { "__imp_@tally_fast_sum@8", NameScheme.Coff32, "tally_fast_sum", "@tally_fast_sum@8" },
        // ELF and 64-bit Windows: nothing to take off; an '@' there is part of the name.
        { "tally_add", NameScheme.Plain, "tally_add", "tally_add" },
        { "_tally_add", NameScheme.Plain, "_tally_add", "_tally_add" },
        { "odd@12", NameScheme.Plain, "odd@12", "odd@12" },
        { "__imp_tally_add", NameScheme.Plain, "tally_add", "tally_add" },
        // Not a decoration: an '@' without a byte count.
        { "mail@host", NameScheme.Windows32, "mail@host", "mail@host" },
        { "trailing@", NameScheme.Windows32, "trailing@", "trailing@" },
    };

    [Theory]
    [MemberData(nameof(Decorated))]
    public void Decoration_comes_off_the_key_and_stays_in_the_lookup_name(string name, NameScheme scheme, string key, string lookup)
    {
        var normalized = ExportNaming.Normalize(name, null, null, null, scheme);
        Assert.NotNull(normalized);
        Assert.Equal((key, lookup, false), (normalized.Value.Key, normalized.Value.Lookup, normalized.Value.IsCpp));
    }

    [Fact]
    public void An_import_member_is_named_by_the_DLL_export_it_carries()
    {
        // llvm-dlltool's short import member for StdFunc@8 with name type UNDECORATE (gnu32-dlltool.lib).
        var thunk = ExportNaming.Normalize("_StdFunc@8", null, "StdFunc", null, NameScheme.Coff32);
        var pointer = ExportNaming.Normalize("__imp__StdFunc@8", null, "StdFunc", null, NameScheme.Coff32);
        Assert.Equal(("StdFunc", "StdFunc"), (thunk!.Value.Key, thunk.Value.Lookup));
        Assert.Equal(thunk, pointer);
    }

    [Theory]
    [InlineData("TALLY_1.0", "TALLY_1.0")]
    [InlineData("__IMPORT_DESCRIPTOR_widget", null)]
    [InlineData("__NULL_IMPORT_DESCRIPTOR", null)]
    [InlineData("\u007fwidget_NULL_THUNK_DATA", null)]
    [InlineData("__head_tally_x86_dll", null)]
    [InlineData("_tally_x86_dll_iname", null)]
    [InlineData("__nm__tally_default_capacity", null)]
    [InlineData("_init", null)]
    [InlineData("__bss_start", null)]
    [InlineData("", null)]
    public void Linker_and_import_plumbing_is_no_name_to_compare(string name, string? version)
        => Assert.Null(ExportNaming.Normalize(name, null, null, version, NameScheme.Plain));

    [Fact]
    public void A_nameless_export_is_no_name_to_compare()
        => Assert.Null(ExportNaming.Normalize(null, null, null, null, NameScheme.Windows32));

    [Theory]
    [InlineData("_ZN5tally7Counter3addEi", NameScheme.Plain)]
    [InlineData("__ZN5tally7Counter3addEi", NameScheme.MachO)]
    [InlineData("?add@Counter@tally@@QEAAXH@Z", NameScheme.Plain)]
    [InlineData("__ZN5tally7Counter3addEi", NameScheme.Coff32)]
    [InlineData("__imp_?add@Counter@tally@@QEAAXH@Z", NameScheme.Plain)]
    public void A_cpp_name_is_keyed_by_its_signature_in_every_scheme(string name, NameScheme scheme)
    {
        var normalized = ExportNaming.Normalize(name, null, null, null, scheme);
        Assert.Equal(("tally::Counter::add(int)", true), (normalized!.Value.Key, normalized.Value.IsCpp));
    }

    [Fact]
    public void A_stored_demangling_is_used_but_not_one_of_an_import_pointer()
    {
        var stored = ExportNaming.Normalize("_ZN5tally7Counter3addEi", "tally::Counter::add(int)", null, null, NameScheme.Plain);
        var imported = ExportNaming.Normalize("__imp_?add@Counter@tally@@QEAAXH@Z", "import thunk for public: void __cdecl tally::Counter::add(int)", null, null, NameScheme.Plain);
        Assert.Equal(stored!.Value.Key, imported!.Value.Key);
    }

    [Fact]
    public void A_rust_legacy_name_is_compared_as_it_is_spelled()
    {
        var rust = ExportNaming.Normalize("__ZN7mycrate5parse17h0123456789abcdefE", null, null, null, NameScheme.MachO);
        Assert.Equal(("_ZN7mycrate5parse17h0123456789abcdefE", false), (rust!.Value.Key, rust.Value.IsCpp));
    }

    [Fact]
    public void A_size_t_parameter_gets_a_loose_key()
    {
        var windows = ExportNaming.Normalize("?hash@tally@@YA_KPEBD_K@Z", null, null, null, NameScheme.Plain);
        var linux = ExportNaming.Normalize("_ZN5tally4hashEPKcm", null, null, null, NameScheme.Plain);
        Assert.Equal("tally::hash(char const*, unsigned long long)", windows!.Value.Key);
        Assert.Equal(linux!.Value.Key, windows.Value.LooseKey);
        Assert.Null(linux.Value.LooseKey);
    }

    [Theory]
    [InlineData("tally_add", "tally_add")]
    [InlineData("tally_add@@TALLY_1.0", "tally_add")]
    [InlineData("memcpy@GLIBC_2.2.5", "memcpy")]
    [InlineData("tally_add@12", "tally_add")]
    [InlineData("@tally_fast_sum@8", "tally_fast_sum")]
    [InlineData("tally::Counter::add(int)", "tally::Counter::add(int)")]
    [InlineData("public: void __cdecl tally::Counter::add(int)", "tally::Counter::add(int)")]
    [InlineData("?add@Counter@tally@@QEAAXH@Z", "tally::Counter::add(int)")]
    [InlineData("__ZN5tally7Counter3addEi", "tally::Counter::add(int)")]
    [InlineData("tally::hash(char const*, unsigned long long)", "tally::hash(char const*, unsigned long)")]
    public void Asked_for_names_give_the_keys_they_may_have(string query, string key)
        => Assert.Contains(key, ExportNaming.QueryKeys(query));
}
