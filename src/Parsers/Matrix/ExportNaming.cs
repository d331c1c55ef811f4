using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// The name normalizer of the export matrix: takes each platform's decoration off an exported
/// name so the same function compares equal across ELF, PE and Mach-O builds.
/// <list type="bullet">
/// <item>Mach-O: the leading underscore of every C-level name (<c>_tally_add</c>, <c>__ZN...</c>).</item>
/// <item>32-bit x86 Windows: <c>_name@N</c> (MSVC <c>__stdcall</c>), <c>name@N</c> (mingw-w64
/// without <c>--kill-at</c>), <c>@name@N</c> (<c>__fastcall</c>), <c>name@@N</c>
/// (<c>__vectorcall</c>), and in COFF objects and libraries the <c>__cdecl</c> underscore.</item>
/// <item>Import libraries: the <c>__imp_</c> prefix; a short import member is named by the DLL's
/// own export name it carries. Their plumbing (<c>__IMPORT_DESCRIPTOR_*</c>,
/// <c>*_NULL_THUNK_DATA</c>, GNU <c>_head_*</c>, <c>*_iname</c>, <c>__nm_*</c>) is left out.</item>
/// <item>ELF: the symbol version is kept apart by the reader already; the version-node symbols
/// GNU ld adds (<c>TALLY_1.0@@TALLY_1.0</c>) and the linker's own symbols (<c>_init</c>,
/// <c>_end</c>, see <see cref="LinkerSymbols"/>) are left out.</item>
/// <item>C++ (Itanium <c>_Z</c>, Microsoft <c>?</c>): compared by demangled signature, see <see cref="CppSignatureKey"/>.</item>
/// </list>
/// Not undecorated: <c>__vectorcall</c> on 64-bit Windows and ARM64EC's <c>#name</c> (rare in
/// DLL exports), and a 32-bit MSVC <c>__stdcall</c> function whose own name starts with an
/// underscore (<c>__name@4</c> loses one underscore, as MSVC's undecoration does).
/// </summary>
public static class ExportNaming
{
    private const string ImportPrefix = "__imp_";

    /// <summary>
    /// The normalized form of one export, or null when it is no name to compare: nameless (PE
    /// ordinal only), a version-node or linker symbol, or import-library plumbing.
    /// </summary>
    /// <param name="name">The raw name as stored.</param>
    /// <param name="demangled">Its demangled text when the reader already has it; demangled here when null and needed.</param>
    /// <param name="importedName">Import-library entries: the name the DLL exports.</param>
    /// <param name="version">ELF symbol version.</param>
    /// <param name="scheme">How the file's platform decorates names.</param>
    public static NormalizedName? Normalize(string? name, string? demangled, string? importedName, string? version, NameScheme scheme)
    {
        if (string.IsNullOrEmpty(name) || name == version || IsImportPlumbing(name))
        {
            return null;
        }

        string raw = name.StartsWith(ImportPrefix, StringComparison.Ordinal) ? name[ImportPrefix.Length..] : name;
        bool viaImport = !ReferenceEquals(raw, name) || importedName is not null;
        string lookup;
        string undecorated;
        if (!string.IsNullOrEmpty(importedName))
        {
            // The import member says what the DLL exports; undecorate that as a DLL export name.
            lookup = importedName;
            undecorated = scheme is NameScheme.Coff32 or NameScheme.Windows32 ? Undecorate32(importedName, cdeclUnderscore: false) : importedName;
        }
        else
        {
            switch (scheme)
            {
                case NameScheme.MachO:
                    lookup = raw.Length > 1 && raw[0] == '_' ? raw[1..] : raw;
                    undecorated = lookup;
                    break;
                case NameScheme.Windows32:
                    lookup = raw;
                    undecorated = Undecorate32(raw, cdeclUnderscore: false);
                    break;
                case NameScheme.Coff32:
                    lookup = raw;
                    undecorated = Undecorate32(raw, cdeclUnderscore: true);
                    break;
                default:
                    lookup = raw;
                    undecorated = raw;
                    break;
            }
        }

        if (LinkerSymbols.Contains(lookup))
        {
            return null;
        }

        if (IsCppMangled(undecorated))
        {
            // A stored demangling fits only the name as stored: an __imp_ entry's says "import thunk for".
            string? text = demangled is not null && !viaImport ? demangled : Demangler.Demangle(undecorated);
            if (CppSignatureKey.From(text) is { } key)
            {
                string loose = CppSignatureKey.Loose(key);
                return new NormalizedName(key, lookup, true, loose == key ? null : loose);
            }
        }

        return new NormalizedName(undecorated, lookup, false, null);
    }

    /// <summary>
    /// A name as someone asks for it (a binding generator's list): a C name, a mangled name in
    /// any scheme and decoration, a demangled C++ signature, or a name with an ELF
    /// <c>@VERSION</c>. Gives the keys it may have in the matrix, most specific first.
    /// </summary>
    public static IReadOnlyList<string> QueryKeys(string query)
    {
        string text = query.Trim();
        var keys = new List<string>(3);
        if (text.Length == 0)
        {
            return keys;
        }

        // A demangled signature as people paste it from c++filt or undname.
        if (text.Contains('(') || text.Contains("::", StringComparison.Ordinal))
        {
            if (CppSignatureKey.From(text) is { } signature)
            {
                Add(signature);
                Add(CppSignatureKey.Loose(signature));
            }
        }

        // "name@@VERS_1" / "name@VERS_1" from nm -D: the version is not part of the name.
        int at = text.IndexOf('@', 1);
        if (at > 0 && text[0] != '?' && !char.IsAsciiDigit(text[at + 1 < text.Length ? at + 1 : at]))
        {
            text = text[..at];
        }

        foreach (var scheme in (ReadOnlySpan<NameScheme>)[NameScheme.Plain, NameScheme.Windows32, NameScheme.MachO])
        {
            if (Normalize(text, null, null, null, scheme) is { } normalized)
            {
                Add(normalized.Key);
                Add(normalized.LooseKey);
            }
        }

        return keys;

        void Add(string? key)
        {
            if (key is not null && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }
    }

    /// <summary>Itanium (<c>_Z</c>, but not a Rust legacy symbol, which is the same on every platform) or Microsoft (<c>?</c>) C++.</summary>
    private static bool IsCppMangled(string name)
        => (name.StartsWith("_Z", StringComparison.Ordinal) && !Demangler.IsRustLegacy(name)) || (name.Length > 1 && name[0] == '?');

    /// <summary>
    /// Takes the 32-bit x86 decorations off a C name; C++ names (<c>?</c>) are left alone. See
    /// Microsoft's "Decorated names" (C functions): <c>__cdecl</c> <c>_name</c>,
    /// <c>__stdcall</c> <c>_name@N</c>, <c>__fastcall</c> <c>@name@N</c>,
    /// <c>__vectorcall</c> <c>name@@N</c>, N the argument bytes in decimal.
    /// </summary>
    private static string Undecorate32(string name, bool cdeclUnderscore)
    {
        if (name.Length < 2 || name[0] == '?')
        {
            return name;
        }

        int at = name.LastIndexOf('@');
        if (at > 0 && at < name.Length - 1 && IsDigits(name.AsSpan(at + 1)))
        {
            if (name[0] == '@')
            {
                return name.Substring(1, at - 1);
            }

            if (name[at - 1] == '@' && at > 1)
            {
                return name[..(at - 1)];
            }

            // MSVC writes _name@N, mingw-w64 name@N (its DLLs have no cdecl underscore either).
            return name[0] == '_' && at > 1 ? name[1..at] : name[..at];
        }

        return cdeclUnderscore && name[0] == '_' ? name[1..] : name;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Symbols that import libraries define for the linker, never a function of the DLL:
    /// <c>__IMPORT_DESCRIPTOR_x</c>, <c>__NULL_IMPORT_DESCRIPTOR</c>, <c>\x7Fx_NULL_THUNK_DATA</c>
    /// (MSVC and LLVM), <c>_head_x</c>, <c>x_iname</c> and <c>__nm_name</c> (GNU dlltool/ld).
    /// </summary>
    private static bool IsImportPlumbing(string name)
        => name.StartsWith("__IMPORT_DESCRIPTOR_", StringComparison.Ordinal)
           || name == "__NULL_IMPORT_DESCRIPTOR"
           || name.EndsWith("_NULL_THUNK_DATA", StringComparison.Ordinal)
           || name.StartsWith("__head_", StringComparison.Ordinal)
           || name.StartsWith("_head_", StringComparison.Ordinal)
           || name.EndsWith("_iname", StringComparison.Ordinal)
           || name.StartsWith("__nm_", StringComparison.Ordinal);
}
