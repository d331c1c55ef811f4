using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Archives;

/// <summary>
/// Builds the snapshot of an ar archive: every member read by whichever reader its bytes call
/// for (ELF, COFF, short import, Mach-O) into <see cref="Snapshot.Members"/>, thin members
/// listed but not read, and the symbol index checked against what the members define.
/// </summary>
internal static partial class ArchiveSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var archive = ArArchive.Read(data, context.Budget);
        var diagnostics = new DiagnosticBag(context.Budget);
        diagnostics.AddRange(archive.Diagnostics);

        var members = new List<Snapshot>(archive.Members.Count);
        var byHeaderOffset = new Dictionary<long, Snapshot>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in archive.Members)
        {
            // Each member is a row of the file and a snapshot of its own: both come out of the file's budget.
            if (context.Budget.TakeRows(1) == 0)
            {
                diagnostics.Limit(DiagnosticCodes.LimitExceeded, member.HeaderOffset, $"The file has more than ParseLimits.MaxRows ({context.Limits.MaxRows}) rows; member '{DiagnosticText.Short(member.Name)}' and the ones after it are not read.", nameof(ParseLimits.MaxRows));
                break;
            }

            if (!context.Budget.TryTakeEntry())
            {
                diagnostics.WorkSpent(member.HeaderOffset, $"member '{DiagnosticText.Short(member.Name)}' and the ones after it are");
                break;
            }

            // Duplicate names are legal (and common in .lib files): number the repeats.
            string name = seen.TryGetValue(member.Name, out int n) ? $"{member.Name}#{n + 1}" : member.Name;
            seen[member.Name] = n + 1;
            var snapshot = member.IsExternal
                ? External(member, name)
                : context.ReadNested(data.Slice((int)member.DataOffset, (int)member.Size), name);
            members.Add(snapshot);
            byHeaderOffset[member.HeaderOffset] = snapshot;
        }

        if (archive.SymbolIndexName is not null)
        {
            CheckSymbolIndex(archive, byHeaderOffset, diagnostics);
        }

        var described = members.Where(m => m.Arch is not null).ToList();
        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.Archive,
            Kind = IsImportLibrary(members) ? BinaryKind.ImportLibrary : BinaryKind.StaticLibrary,
            Arch = Agreed(described, m => m.Arch),
            Bits = Agreed(described, m => m.Bits),
            Endian = Agreed(described, m => m.Endian),
            Members = members,
            Diagnostics = diagnostics.ToList(),
        };
    }

    /// <summary>
    /// An import library holds short import members plus, from MSVC's lib and llvm-lib, the
    /// import descriptor objects (named after the DLL, like the import members).
    /// </summary>
    private static bool IsImportLibrary(List<Snapshot> members)
    {
        // The nested reader already detected each member: its snapshot says CoffImport (even
        // when the member's header then proved bad), so there is no need to sniff the bytes again.
        var dlls = members.Where(m => m.Format == BinaryFormat.CoffImport).Select(m => BaseName(m.Member)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return dlls.Count > 0 && members.All(m => m.Format == BinaryFormat.CoffImport || (m.Format is BinaryFormat.Coff or BinaryFormat.Unknown && dlls.Contains(BaseName(m.Member))));
    }

    /// <summary>The member name without the <c>#2</c> suffix added for repeats.</summary>
    private static string BaseName(string? member)
    {
        string name = member ?? string.Empty;
        int hash = name.LastIndexOf('#');
        return hash > 0 && name.AsSpan(hash + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? name[..hash] : name;
    }

    private static T? Agreed<T>(List<Snapshot> members, Func<Snapshot, T?> field)
    {
        if (members.Count == 0)
        {
            return default;
        }

        var first = field(members[0]);
        return members.All(m => EqualityComparer<T?>.Default.Equals(field(m), first)) ? first : default;
    }

    /// <summary>A thin archive member: named and sized, its outside file never opened (a server must not follow paths from uploads).</summary>
    private static Snapshot External(ArMember member, string name) => new()
    {
        File = new SnapshotFile(member.Name, member.Size, null),
        Member = name,
        Format = BinaryFormat.Unknown,
        Kind = BinaryKind.Unknown,
        Diagnostics = [new Diagnostic(DiagnosticCodes.ArExternalMemberNotRead, DiagnosticSeverity.Info, member.HeaderOffset, $"Thin archive member '{member.Name}' lives outside the archive and is not read.")],
    };
}
