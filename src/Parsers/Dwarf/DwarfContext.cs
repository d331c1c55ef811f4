using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Reads DIEs out of the binary's debug info and, when there is one, its DWZ supplementary file:
/// units found by offset, references made global (<see cref="DwarfRef"/>), type unit signatures
/// resolved, strings and addresses looked up through their sections. Every read goes through
/// <see cref="ByteReader"/>, counts against the <see cref="DwarfBudget"/>, and reports damage once
/// per unit instead of throwing.
/// </summary>
internal sealed partial class DwarfContext
{
    private readonly HashSet<ulong> _reportedUnits = [];
    private readonly DwarfDie _rootDie = new();
    private Dictionary<ulong, DwarfUnit>? _signatures;

    public DwarfContext(DwarfFile main, DwarfFile? supplementary, DwarfBudget budget, DiagnosticBag bag)
    {
        Main = main;
        Supplementary = supplementary;
        Budget = budget;
        Bag = bag;
    }

    public DwarfFile Main { get; }

    public DwarfFile? Supplementary { get; }

    public DwarfBudget Budget { get; }

    public DiagnosticBag Bag { get; }

    /// <summary>The file a reference points into (null for a supplementary reference without the file).</summary>
    public DwarfFile? FileOf(ulong reference) => DwarfRef.IsSupplementary(reference) ? Supplementary : Main;

    /// <summary>The unit holding the DIE at <paramref name="reference"/>, or null.</summary>
    public DwarfUnit? UnitOf(ulong reference)
    {
        if (reference == DwarfRef.None || FileOf(reference) is not { } file)
        {
            return null;
        }

        return file.UnitAt(DwarfRef.IsTypes(reference) ? DwarfSection.Types : DwarfSection.Info, DwarfRef.Offset(reference));
    }

    /// <summary>Reads the DIE at a global reference into <paramref name="die"/>; false (not reported) when there is none.</summary>
    public bool ReadDieAt(ulong reference, DwarfDie die)
    {
        var unit = UnitOf(reference);
        return unit is not null && ReadDie(unit, DwarfRef.Offset(reference), die);
    }

    /// <summary>Reads one DIE (abbreviation code and attributes) at a section offset inside <paramref name="unit"/>. False for a null entry, damage or a spent budget.</summary>
    public bool ReadDie(DwarfUnit unit, ulong offset, DwarfDie die)
    {
        if (!EnsureRoot(unit) || !unit.Contains(offset))
        {
            return false;
        }

        var r = unit.File.Reader(unit.Section);
        ulong pos = offset;
        return ReadEntry(r, unit, ref pos, die) is not null;
    }

    /// <summary>
    /// Reads the entry at <paramref name="pos"/> into <paramref name="die"/> and moves past it.
    /// Returns its abbreviation, or null for a null entry (code 0; <paramref name="pos"/> still
    /// moves), damage (reported) or a spent budget; <see cref="EntryFailed"/> tells the last two apart from a null entry.
    /// </summary>
    public DwarfAbbreviation? ReadEntry(ByteReader r, DwarfUnit unit, ref ulong pos, DwarfDie die)
    {
        ulong start = pos;
        var abbrev = ReadCode(r, unit, ref pos);
        return abbrev is not null && ReadAttributes(r, unit, abbrev, start, ref pos, die) ? abbrev : null;
    }

    /// <summary>Reads the attributes of an entry whose code was read at <paramref name="start"/>.</summary>
    public bool ReadAttributes(ByteReader r, DwarfUnit unit, DwarfAbbreviation abbrev, ulong start, ref ulong pos, DwarfDie die)
    {
        die.Clear();
        die.Unit = unit;
        die.Offset = start;
        die.Tag = abbrev.Tag;
        die.HasChildren = abbrev.HasChildren;
        var specs = unit.Abbreviations!.Specs;
        for (int i = abbrev.First, n = abbrev.First + abbrev.Count; i < n; i++)
        {
            var spec = specs[i];
            if (!ReadValue(r, unit, ref pos, spec.Form, spec.ImplicitConst, out var value))
            {
                return Fail() is not null;
            }

            if (spec.Slot != DwarfSlot.None)
            {
                die.Set(spec.Slot, value);
            }
        }

        die.Next = pos;
        return true;
    }

    /// <summary>Skips the entry at <paramref name="pos"/>; returns its abbreviation (null as <see cref="ReadEntry"/>).</summary>
    public DwarfAbbreviation? SkipEntry(ByteReader r, DwarfUnit unit, ref ulong pos)
    {
        var abbrev = ReadCode(r, unit, ref pos);
        return abbrev is not null && SkipAttributes(r, unit, abbrev, ref pos) ? abbrev : null;
    }

    /// <summary>Skips the attributes of an entry, in one step when every form has a fixed size.</summary>
    public bool SkipAttributes(ByteReader r, DwarfUnit unit, DwarfAbbreviation abbrev, ref ulong pos)
    {
        if (abbrev.FixedSize >= 0)
        {
            if (pos > unit.End || (ulong)abbrev.FixedSize > unit.End - pos)
            {
                Damage(unit, pos, DiagnosticCodes.DwarfTruncatedAttribute, "a DIE's attributes run past the unit");
                return Fail() is not null;
            }

            pos += (ulong)abbrev.FixedSize;
            return true;
        }

        var specs = unit.Abbreviations!.Specs;
        for (int i = abbrev.First, n = abbrev.First + abbrev.Count; i < n; i++)
        {
            var spec = specs[i];
            if (spec.FixedSize >= 0)
            {
                if (pos > unit.End || (ulong)spec.FixedSize > unit.End - pos)
                {
                    Damage(unit, pos, DiagnosticCodes.DwarfTruncatedAttribute, "a DIE's attributes run past the unit");
                    return Fail() is not null;
                }

                pos += (ulong)spec.FixedSize;
            }
            else if (!ReadValue(r, unit, ref pos, spec.Form, spec.ImplicitConst, out _))
            {
                return Fail() is not null;
            }
        }

        return true;
    }

    /// <summary>True when the last <see cref="ReadEntry"/>/<see cref="SkipEntry"/> returned null for damage or budget, not for a null entry.</summary>
    public bool EntryFailed { get; private set; }

    private DwarfAbbreviation? Fail()
    {
        EntryFailed = true;
        return null;
    }

    /// <summary>Reads an abbreviation code; null for a null entry, or (with <see cref="EntryFailed"/>) damage or a spent budget.</summary>
    public DwarfAbbreviation? ReadCode(ByteReader r, DwarfUnit unit, ref ulong pos)
    {
        EntryFailed = false;
        if (!Budget.Step())
        {
            return Fail();
        }

        ulong at = pos;
        if (!r.TryReadUleb128(ref pos, unit.End, out ulong code))
        {
            Damage(unit, at, DiagnosticCodes.DwarfTruncatedAttribute, "a DIE's abbreviation code runs past the unit");
            return Fail();
        }

        if (code == 0)
        {
            return null;
        }

        var abbrev = unit.Abbreviations?.Get(code);
        if (abbrev is null)
        {
            Damage(unit, at, DiagnosticCodes.DwarfUnknownAbbreviationCode, $"abbreviation code {code} is not in the unit's table");
            return Fail();
        }

        return abbrev;
    }

    /// <summary>Reports damage in a unit once (the first problem is the one worth reading) and marks the surface partial.</summary>
    public void Damage(DwarfUnit unit, ulong at, DiagnosticCode code, string message)
    {
        Budget.Partial = true;
        if (_reportedUnits.Add(unit.Ref(unit.Offset)))
        {
            Bag.Warning(code, unit.File.IsSupplementary ? null : (long)Math.Min(at, long.MaxValue), $"{(unit.File.IsSupplementary ? "Supplementary file: " : string.Empty)}unit at 0x{unit.Offset:x}, DIE data at 0x{at:x}: {message}.");
        }
    }

    /// <summary>Reads the unit's abbreviations and root DIE (for its string, address and line table bases) once. False when the unit is unusable.</summary>
    public bool EnsureRoot(DwarfUnit unit)
    {
        if (unit.RootRead)
        {
            return unit.Abbreviations is not null;
        }

        unit.RootRead = true;
        if (unit.File.Abbreviations(unit) is null)
        {
            Budget.Partial = true;
            return false;
        }

        var die = _rootDie;
        var r = unit.File.Reader(unit.Section);
        ulong pos = unit.DieStart;
        if (ReadEntry(r, unit, ref pos, die) is null)
        {
            return !EntryFailed;
        }

        unit.RootTag = die.Tag;
        if (die.TryGet(DwarfSlot.StrOffsetsBase, out var sb))
        {
            unit.StrOffsetsBase = sb.Value;
        }

        if (die.TryGet(DwarfSlot.AddrBase, out var ab))
        {
            unit.AddrBase = ab.Value;
        }

        if (die.TryGet(DwarfSlot.StmtList, out var sl) && !sl.IsBlock)
        {
            unit.StmtList = sl.Value;
        }

        unit.CompDir = String(die, DwarfSlot.CompDir);
        return true;
    }
}
