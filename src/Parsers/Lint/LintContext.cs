using AbiPortal.Parsers.Lint.Unwind;
using AbiPortal.Parsers.Lint.X86;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint;

/// <summary>Everything the rules read about one binary (or one archive member or fat slice).</summary>
internal sealed class LintContext
{
    private readonly Dictionary<string, AbiType> _types;
    private Dictionary<string, AbiFunction>? _functionsBySymbol;

    public LintContext(Snapshot snapshot, LintImage? image, LintOptions options)
    {
        Snapshot = snapshot;
        Image = image;
        Options = options;
        Abi = snapshot.Abi;
        _types = snapshot.Abi?.Types.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
    }

    public Snapshot Snapshot { get; }

    /// <summary>Mapped bytes of a shared library or executable; null for objects, archives and Mach-O.</summary>
    public LintImage? Image { get; }

    /// <summary>The type surface from debug info; null when the binary has none.</summary>
    public AbiSurface? Abi { get; }

    public LintOptions Options { get; }

    /// <summary>Facts from decoding each exported function, by address (filled by <see cref="CodeScan"/>).</summary>
    public IReadOnlyDictionary<ulong, FunctionFacts> Code { get; set; } = new Dictionary<ulong, FunctionFacts>();

    /// <summary>Unwind entries by function start (filled by <see cref="EhFrameReader"/>); empty when the file has no <c>.eh_frame</c>.</summary>
    public IReadOnlyDictionary<ulong, UnwindEntry> Unwind { get; set; } = new Dictionary<ulong, UnwindEntry>();

    /// <summary>Exports that are code: functions with an address, not forwarders.</summary>
    public IEnumerable<SnapshotExport> FunctionExports
        => Snapshot.Exports.Where(e => e.Kind == SymbolKind.Function && e.Address is not null && e.Forwarder is null && e.Name is not null);

    /// <summary>The debug info's declaration of an exported function, by symbol.</summary>
    public AbiFunction? Declaration(string symbol)
    {
        if (Abi is null)
        {
            return null;
        }

        // An assembler's debug info describes a label as a function with no parameters and no
        // return type: that is no declaration, and a signature made from it would mislead.
        _functionsBySymbol ??= Abi.Functions.Where(f => !IsAssembly(f.DeclFile)).GroupBy(f => f.Symbol, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _functionsBySymbol.GetValueOrDefault(symbol);
    }

    private static bool IsAssembly(string? file)
        => file is not null && (file.EndsWith(".S", StringComparison.Ordinal) || file.EndsWith(".s", StringComparison.Ordinal) || file.EndsWith(".asm", StringComparison.OrdinalIgnoreCase));

    /// <summary>A type by id; null for <c>void</c> or an id the surface lacks.</summary>
    public AbiType? Type(string? id) => id is null ? null : _types.GetValueOrDefault(id);

    /// <summary>The type with typedefs and cv-qualifiers peeled off (bounded, so a cycle in damaged input ends).</summary>
    public AbiType? Strip(string? id)
    {
        var type = Type(id);
        for (int i = 0; i < 64 && type is not null; i++)
        {
            if (type.Kind is not (AbiTypeKind.Typedef or AbiTypeKind.Const or AbiTypeKind.Volatile or AbiTypeKind.Restrict or AbiTypeKind.Atomic))
            {
                return type;
            }

            type = Type(type.Target);
        }

        return type;
    }

    /// <summary>How C spells a type id: its <see cref="AbiType.Name"/>, or the id itself.</summary>
    public string Spell(string? id) => id is null ? "void" : Type(id)?.Name ?? id;

    /// <summary>A C-like declaration: <c>int thing_sum(struct pair p)</c>.</summary>
    public string Signature(AbiFunction function)
    {
        var parameters = function.Parameters.Where(p => !p.Artificial).Select(p => Declarator(Spell(p.Type), p.Name)).ToList();
        if (function.Variadic)
        {
            parameters.Add("...");
        }

        string list = parameters.Count == 0 ? "void" : string.Join(", ", parameters);
        return $"{Spell(function.Return)} {function.Name}({list})";
    }

    /// <summary>Puts a name into a type: <c>int x</c>, <c>void (*log)(const char *)</c>.</summary>
    public static string Declarator(string type, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return type;
        }

        int star = type.IndexOf("(*)", StringComparison.Ordinal);
        return star >= 0 ? type[..(star + 2)] + name + type[(star + 2)..] : type.EndsWith('*') ? type + name : type + " " + name;
    }

    /// <summary>The demangled form of a symbol, when the options give a demangler and the name is mangled.</summary>
    public string? Demangled(SnapshotExport export)
        => export.Demangled ?? (export.Name is { } name && Options.Demangle is { } demangle ? demangle(name) : null);

    /// <summary>A finding about a group of exports (bundled names, std:: instantiations, loose exports): the first names it, all are listed (at most 100).</summary>
    public LintFinding GroupFinding(LintRuleInfo rule, IReadOnlyList<SnapshotExport> exports, string message)
        => new()
        {
            Rule = rule.Id,
            Level = rule.Level,
            Symbol = exports[0].Name,
            Demangled = Demangled(exports[0]),
            Address = exports[0].Address,
            Symbols = exports.Select(e => e.Name!).Distinct().Take(100).ToList(),
            Message = message,
            Member = Snapshot.Member,
        };

    /// <summary>A finding about one export, with its address and, when the debug info has it, its declaration.</summary>
    public LintFinding Finding(LintRuleInfo rule, SnapshotExport export, string message, ulong? address = null, string? instruction = null)
        => new()
        {
            Rule = rule.Id,
            Level = rule.Level,
            Symbol = export.Name,
            Demangled = Demangled(export),
            Address = address ?? export.Address,
            Signature = export.Name is { } name && Declaration(name) is { } f ? Signature(f) : null,
            Instruction = instruction,
            Message = message,
            Member = Snapshot.Member,
        };
}
