using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Queries.Abi;

/// <summary>
/// One artifact's exports and ABI surface ready for the pages: each export with its declaration,
/// types by id, and the named types each declaration and type refers to. Immutable once built.
/// </summary>
public sealed class AbiSurfaceView
{
    /// <summary>Steps followed through pointers, qualifiers and arrays to a named type; bounded because the JSON may come from anyone.</summary>
    private const int MaxChain = 64;

    private readonly Dictionary<string, AbiType> types = new(StringComparer.Ordinal);

    public AbiSurfaceView(Snapshot snapshot)
    {
        Surface = snapshot.Abi;
        Evidence = AbiEvidenceText.Of(snapshot);
        ExportCount = snapshot.Exports.Count;
        if (Surface is not null)
        {
            foreach (var type in Surface.Types)
            {
                types.TryAdd(type.Id, type);
            }
        }

        var declarations = Surface is null ? null : new AbiDeclarations(Surface);
        var functions = Surface?.Functions.ToLookup(f => f.Symbol, StringComparer.Ordinal);
        var variables = Surface?.Variables.ToLookup(v => v.Symbol, StringComparer.Ordinal);
        var rows = new List<AbiDeclarationRow>(snapshot.Exports.Count);
        foreach (var export in snapshot.Exports)
        {
            if (export.Name is not { } name)
            {
                continue;
            }

            string? text = null;
            IReadOnlyList<AbiTypeLink> links = [];
            string? at = null;
            if (functions is not null && Pick(functions[name], f => f.Address, export.Address) is { } function)
            {
                text = declarations!.Signature(function);
                links = LinksOf([function.Return, .. function.Parameters.Where(p => !p.Artificial).Select(p => p.Type)]);
                at = Where(function.DeclFile, function.DeclLine);
            }
            else if (variables is not null && Pick(variables[name], v => v.Address, export.Address) is { } variable)
            {
                text = declarations!.Declaration(variable);
                links = LinksOf([variable.Type]);
                at = Where(variable.DeclFile, variable.DeclLine);
            }

            rows.Add(new AbiDeclarationRow(name, export.Demangled, EnumNames.Of(export.Kind), export.Address, text, links, at));
        }

        Declarations = rows;
    }

    /// <summary>The surface; null when the snapshot has no debug info.</summary>
    public AbiSurface? Surface { get; }

    /// <summary>The evidence line ("symbols only", "symbols + debug info (DWARF 5, 1 unit)").</summary>
    public string Evidence { get; }

    /// <summary>Every top-level export, in snapshot order, with its declaration when the debug info has one.</summary>
    public IReadOnlyList<AbiDeclarationRow> Declarations { get; }

    /// <summary>Exports of the snapshot (top level).</summary>
    public int ExportCount { get; }

    /// <summary>What the cache counts against its limit.</summary>
    public int Weight => Declarations.Count + types.Count;

    /// <summary>A type by id, or null.</summary>
    public AbiType? Find(string? id) => id is not null && types.TryGetValue(id, out var type) ? type : null;

    /// <summary>Struct, class, union, enum and typedef: the types with a page of their own.</summary>
    public static bool IsNamed(AbiTypeKind kind) => kind is AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union or AbiTypeKind.Enum or AbiTypeKind.Typedef;

    /// <summary>The named types the given type ids lead to through pointers, references, qualifiers, arrays and function types, each once, in order.</summary>
    public IReadOnlyList<AbiTypeLink> LinksOf(IEnumerable<string?> ids)
    {
        var found = new List<AbiTypeLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<(string Id, int Depth)>(ids.Where(i => i is not null).Reverse().Select(i => (i!, 0)));
        while (work.Count > 0)
        {
            var (id, depth) = work.Pop();
            if (depth > MaxChain || !seen.Add(id) || Find(id) is not { } type)
            {
                continue;
            }

            if (IsNamed(type.Kind))
            {
                found.Add(new AbiTypeLink(type.Id, type.Name));
                continue;
            }

            if (type.Kind == AbiTypeKind.Function)
            {
                foreach (string p in type.Parameters.Reverse())
                {
                    work.Push((p, depth + 1));
                }
            }

            if (type.ContainingType is { } owner)
            {
                work.Push((owner, depth + 1));
            }

            if (type.Target is { } target)
            {
                work.Push((target, depth + 1));
            }
        }

        return found;
    }

    /// <summary>The type ids a type's layout refers to: bases, fields, its target (typedef, enum underlying type).</summary>
    public static IEnumerable<string?> Referenced(AbiType type)
        => type.Bases.Select(b => b.Type).Concat(type.Fields.Select(f => f.Type)).Append(type.Target).Concat(type.Parameters);

    /// <summary>The type as a list row.</summary>
    public static AbiTypeRow RowOf(AbiType type)
        => new(type.Id, EnumNames.Of(type.Kind), type.Name, type.Size, type.Declaration, type.Fields.Count + type.Bases.Count + type.VirtualMethods.Count + type.Enumerators.Count);

    /// <summary>The definition at the export's address when the name has several (ELF symbol versions); else the first.</summary>
    private static T? Pick<T>(IEnumerable<T> candidates, Func<T, ulong?> address, ulong? exportAddress) where T : class
    {
        T? first = null;
        foreach (var c in candidates)
        {
            first ??= c;
            if (exportAddress is not null && address(c) == exportAddress)
            {
                return c;
            }
        }

        return first;
    }

    private static string? Where(string? file, int? line) => file is null ? null : line is { } l ? $"{file}:{l}" : file;
}
