using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The snapshot of a COFF object: defined external symbols are its exports, undefined ones its
/// imports (weak externals that only fall back to a symbol of the object among them, as weak
/// aliases with their default), and <c>/EXPORT:</c> directives mark (or add, for aliases) what a
/// DLL linked from it would export.
/// </summary>
internal static class CoffSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var obj = CoffObject.Read(data, context.Budget);
        var directives = obj.DirectiveExports;
        var exports = new List<SnapshotExport>();
        var imports = new List<SnapshotImport>();
        var exported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var symbol in obj.Symbols)
        {
            if (symbol.IsUndefined)
            {
                imports.Add(new SnapshotImport
                {
                    Name = symbol.Name,
                    Kind = SymbolKind.None,
                    Binding = symbol.IsWeak ? SymbolBinding.Weak : SymbolBinding.Global,
                    Default = symbol.WeakDefault,
                    Flags = symbol.WeakDefault is null ? [] : [ExportFlags.WeakAlias],
                });
                continue;
            }

            var directive = DirectiveFor(directives, symbol.Name, obj.Machine);
            exported.Add(symbol.Name);
            exports.Add(new SnapshotExport
            {
                Name = symbol.Name,
                Kind = symbol.IsCommon ? SymbolKind.Common : symbol.SectionNumber < 0 ? SymbolKind.Absolute : symbol.IsFunction ? SymbolKind.Function : SymbolKind.Object,
                Binding = symbol.IsWeak ? SymbolBinding.Weak : SymbolBinding.Global,
                Address = symbol.IsCommon ? null : symbol.Value,
                Size = symbol.IsCommon ? symbol.Value : null,
                Section = symbol.Section,
                Ordinal = directive?.Ordinal,
                Flags = directive is null ? [] : DirectiveFlags(directive),
            });
        }

        // Aliases (/EXPORT:name=internal) and exports of symbols defined elsewhere.
        foreach (var d in directives.Where(d => d.InternalName is not null || !IsDefined(exported, d.Name, obj.Machine)))
        {
            exports.Add(new SnapshotExport
            {
                Name = d.Name,
                Kind = d.IsData ? SymbolKind.Object : SymbolKind.Function,
                Binding = SymbolBinding.Global,
                Ordinal = d.Ordinal,
                ImportedName = d.InternalName,
                Flags = DirectiveFlags(d),
            });
        }

        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.Coff,
            Arch = PEMachine.Arch(obj.Machine),
            Bits = PEMachine.Bits(obj.Machine),
            Endian = Endianness.Little,
            Kind = BinaryKind.Object,
            Identity = new SnapshotIdentity { Machine = PEMachine.Name(obj.Machine), Timestamp = obj.TimeDateStamp },
            Exports = exports,
            Imports = imports,
            Diagnostics = obj.Diagnostics,
        };
    }

    /// <summary>On i386 C symbols carry a leading underscore that /EXPORT names leave off.</summary>
    private static bool MatchesSymbol(string directiveName, string symbol, ushort machine)
        => symbol == directiveName || (machine == PEMachine.I386 && symbol.Length == directiveName.Length + 1 && symbol[0] == '_' && symbol.AsSpan(1).SequenceEqual(directiveName));

    /// <summary>
    /// The first plain <c>/EXPORT:name</c> (not an alias) naming this symbol, or null. Runs for
    /// every defined symbol of every object in a library, so it is a plain loop: no closure or
    /// enumerator per symbol, and nothing at all for the usual object without directives.
    /// </summary>
    private static CoffDirectiveExport? DirectiveFor(IReadOnlyList<CoffDirectiveExport> directives, string symbol, ushort machine)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            var d = directives[i];
            if (d.InternalName is null && MatchesSymbol(d.Name, symbol, machine))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary><see cref="MatchesSymbol"/> against every defined name, as two set lookups instead of a scan of the set.</summary>
    private static bool IsDefined(HashSet<string> defined, string directiveName, ushort machine)
        => defined.Contains(directiveName) || (machine == PEMachine.I386 && defined.Contains("_" + directiveName));

    private static string[] DirectiveFlags(CoffDirectiveExport d)
        => PESnapshotBuilder.Flags(ExportFlags.Directive, d.IsData ? ExportFlags.Data : null, d.IsNoName ? ExportFlags.NoName : null);
}
