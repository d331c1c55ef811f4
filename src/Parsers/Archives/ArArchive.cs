using System.Globalization;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Archives;

/// <summary>
/// An ar archive: GNU/System V, BSD/Darwin, GNU thin and Windows .lib variants (ar.h; the
/// PE/COFF spec, "Archive (Library) File Format"). Members are listed with resolved names and
/// their byte ranges; the symbol index is decoded. Member bytes are not interpreted here.
/// Immutable once read.
/// </summary>
public sealed partial class ArArchive
{
    private const int MagicSize = 8;

    private readonly List<ArMember> _members = [];
    private readonly List<ArSymbol> _symbols = [];
    private readonly DiagnosticBag _diagnostics;
    private readonly ParseLimits _limits;
    private readonly ParseBudget _budget;
    private ReadOnlyMemory<byte> _longNames;
    private int _linkerMembers;

    private ArArchive(bool thin, ParseBudget budget)
    {
        IsThin = thin;
        _budget = budget;
        _limits = budget.Limits;
        _diagnostics = new DiagnosticBag(budget);
    }

    /// <summary>The variant, judged from the special members and name encoding.</summary>
    public ArArchiveKind Kind { get; private set; }

    /// <summary>True for <c>!&lt;thin&gt;</c> archives.</summary>
    public bool IsThin { get; }

    /// <summary>Regular members in archive order (special members excluded).</summary>
    public IReadOnlyList<ArMember> Members => _members;

    /// <summary>The symbol index entries; empty when the archive has none.</summary>
    public IReadOnlyList<ArSymbol> Symbols => _symbols;

    /// <summary>Which index was read: <c>/</c>, <c>/SYM64/</c>, <c>__.SYMDEF</c>..., or null for none.</summary>
    public string? SymbolIndexName { get; private set; }

    /// <summary>Problems found while reading; none of them is fatal.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.ToList();

    /// <summary>Reads an archive; throws <see cref="BinaryFormatException"/> when the magic is wrong.</summary>
    public static ArArchive Read(ReadOnlyMemory<byte> data, ParseLimits? limits = null) => Read(data, ParseBudget.For(limits, data.Length));

    /// <summary>Reads an archive on the budget of the file it belongs to.</summary>
    internal static ArArchive Read(ReadOnlyMemory<byte> data, ParseBudget budget)
    {
        var span = data.Span;
        bool thin = span.StartsWith("!<thin>\n"u8);
        if (!thin && !span.StartsWith("!<arch>\n"u8))
        {
            throw new BinaryFormatException(DiagnosticCodes.ArBadMagic, 0, "Not an ar archive: the magic is neither !<arch> nor !<thin>.");
        }

        var archive = new ArArchive(thin, budget) { Kind = thin ? ArArchiveKind.Thin : ArArchiveKind.Gnu };
        archive.ReadMembers(data);
        return archive;
    }

    /// <summary>Reads an archive, returning the fatal diagnostic instead of throwing.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> data, out ArArchive? archive, out Diagnostic? error, ParseLimits? limits = null)
        => BinaryFormatException.TryRead(data, limits, Read, out archive, out error);

    private void ReadMembers(ReadOnlyMemory<byte> data)
    {
        var reader = new ByteReader(data.Span);
        ulong offset = MagicSize;
        ulong length = (ulong)reader.Length;
        while (offset < length)
        {
            // A lone trailing newline pads some archives to an even size.
            if (length - offset == 1 && reader.TryReadUInt8(offset, out byte pad) && pad == (byte)'\n')
            {
                break;
            }

            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)offset, "the members from here on are");
                return;
            }

            if (!ArMemberHeader.TryRead(reader, offset, out var header))
            {
                _diagnostics.Warning(DiagnosticCodes.ArBadMemberHeader, (long)offset, "Member header is truncated, lacks its \"`\\n\" terminator or has a non-decimal size; the rest of the archive is skipped.");
                return;
            }

            ulong dataOffset = offset + ArMemberHeader.Size;
            bool special = IsSpecialName(header.ar_name);

            // Thin archives store only the index and the long-name table inline (GNU ar docs).
            bool external = IsThin && !special;
            ulong storedSize = external ? 0 : header.ar_size;
            if (!reader.IsValidRange(dataOffset, storedSize))
            {
                _diagnostics.Warning(DiagnosticCodes.ArMemberOutOfRange, (long)offset, $"Member '{header.ar_name}' size {header.ar_size} runs past the end of the archive; the rest is skipped.");
                return;
            }

            if (special)
            {
                ReadSpecialMember(header.ar_name, (long)offset, data.Slice((int)dataOffset, (int)storedSize));
            }
            else if (!AddMember(data, header, (long)offset, (long)dataOffset, external))
            {
                return;
            }

            // Member data is padded to an even offset (ar.h).
            ulong next = dataOffset + storedSize;
            offset = next + (next & 1);
        }
    }

    /// <summary>Names whose member is part of the archive's machinery rather than a member.</summary>
    private static bool IsSpecialName(string name) => name is "/" or "//" or "/SYM64/" or "/<ECSYMBOLS>/" or "/<HYBRIDMAP>/" or "__.LIBDEP/";

    private bool AddMember(ReadOnlyMemory<byte> data, ArMemberHeader header, long headerOffset, long dataOffset, bool external)
    {
        long size = (long)header.ar_size;
        string? name = ResolveName(data.Span, header.ar_name, headerOffset, external, ref dataOffset, ref size);
        if (name is null)
        {
            name = $"[member at 0x{headerOffset:x}]";
        }

        if (name.StartsWith("__.SYMDEF", StringComparison.Ordinal))
        {
            Kind = ArArchiveKind.Bsd;
            ReadBsdIndex(data.Slice((int)dataOffset, (int)size), name, dataOffset);
            return true;
        }

        if (_members.Count >= _limits.MaxArchiveMembers)
        {
            _diagnostics.Limit(DiagnosticCodes.ArTooManyMembers, headerOffset, $"More than {_limits.MaxArchiveMembers} members; the rest are skipped.", nameof(ParseLimits.MaxArchiveMembers));
            return false;
        }

        _members.Add(new ArMember(name, headerOffset, dataOffset, size, external));
        return true;
    }

    /// <summary>Resolves GNU short (<c>name/</c>), GNU/COFF long (<c>/123</c>) and BSD (<c>#1/NN</c>) names.</summary>
    private string? ResolveName(ReadOnlySpan<byte> data, string rawName, long headerOffset, bool external, ref long dataOffset, ref long size)
    {
        if (rawName.StartsWith("#1/", StringComparison.Ordinal))
        {
            Kind = IsThin ? Kind : ArArchiveKind.Bsd;
            // A thin archive's external member has no bytes here to hold a BSD name.
            if (external || !int.TryParse(rawName.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out int nameLength) || nameLength > size)
            {
                _diagnostics.Warning(DiagnosticCodes.ArBadBsdName, headerOffset, $"BSD name '{rawName}' has a bad length for a {size}-byte member.");
                return null;
            }

            // The name leads the member data and is NUL-padded; the data proper follows it.
            string name = TextDecoding.FixedField(data.Slice((int)dataOffset, nameLength));
            _budget.TakeString(name.Length);
            dataOffset += nameLength;
            size -= nameLength;
            return name;
        }

        if (rawName.Length > 1 && rawName[0] == '/' && char.IsAsciiDigit(rawName[1]))
        {
            return LongName(rawName, headerOffset);
        }

        // GNU ends short names with '/'; BSD pads with spaces only.
        return rawName.EndsWith('/') ? rawName[..^1] : rawName;
    }

    private string? LongName(string rawName, long headerOffset)
    {
        var table = _longNames.Span;
        if (!int.TryParse(rawName.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int start) || start >= table.Length)
        {
            _diagnostics.Warning(DiagnosticCodes.ArBadLongName, headerOffset, $"Long name reference '{rawName}' is outside the // table ({table.Length} bytes).");
            return null;
        }

        // GNU entries end "/\n"; Windows longnames entries end with NUL.
        var rest = table[start..];
        int end = rest.IndexOfAny((byte)'\n', (byte)0);
        var entry = end < 0 ? rest : rest[..end];
        if (entry.Length > _limits.MaxStringLength)
        {
            entry = entry[.._limits.MaxStringLength];
        }

        if (!entry.IsEmpty && entry[^1] == (byte)'/')
        {
            entry = entry[..^1];
        }

        // Every member may name the same long entry: the name comes out of the work budget each time.
        _budget.TakeString(entry.Length);
        return TextDecoding.Utf8String(entry);
    }

    private void ReadSpecialMember(string name, long headerOffset, ReadOnlyMemory<byte> body)
    {
        switch (name)
        {
            case "//":
                _longNames = body;
                break;
            case "/":
                // The first "/" is the GNU index or Windows first linker member (same layout); a
                // second "/" is the Windows second linker member.
                _linkerMembers++;
                if (_linkerMembers == 1)
                {
                    ReadGnuIndex(body, is64: false, headerOffset + ArMemberHeader.Size);
                }
                else
                {
                    Kind = ArArchiveKind.Coff;
                    ReadSecondLinkerMember(body, headerOffset + ArMemberHeader.Size);
                }

                break;
            case "/SYM64/":
                ReadGnuIndex(body, is64: true, headerOffset + ArMemberHeader.Size);
                break;
        }
    }
}
