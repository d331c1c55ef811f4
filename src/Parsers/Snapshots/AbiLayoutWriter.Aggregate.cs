using System.Globalization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Structs, classes and unions: members in declaration order with pahole's columns, holes and summary.</summary>
internal sealed partial class AbiLayoutWriter
{
    private void WriteAggregate(AbiType type)
    {
        if (type.Declaration)
        {
            w.Write($"{type.Name};\t/* declaration only: opaque, its layout is not in the debug info */\n");
            return;
        }

        string bases = type.Bases.Count == 0 ? string.Empty
            : " : " + string.Join(", ", type.Bases.Select(b => (b.Virtual ? "virtual " : string.Empty) + (b.Access is null ? string.Empty : b.Access + " ") + Bare(index.NameOf(b.Type))));
        w.Write($"{type.Name}{bases} {{\n");
        var stats = new LayoutStats();
        ulong end = WriteMembers(type, "\t", 0, 0, stats);
        WriteVtable(type);
        WriteSummary(type, end, stats);
        w.Write("};\n");
    }

    /// <summary>Writes the bases and fields of <paramref name="type"/> placed at <paramref name="baseBits"/>; returns the bit where the last member ends.</summary>
    private ulong WriteMembers(AbiType type, string indent, ulong baseBits, int depth, LayoutStats stats)
    {
        bool union = type.Kind == AbiTypeKind.Union;
        ulong end = baseBits;
        foreach (var b in type.Bases)
        {
            ulong size = index.SizeOf(b.Type) ?? 0;
            if (b.Offset is not { } offset)
            {
                w.Write($"{indent}/* virtual {Bare(index.NameOf(b.Type))} <ancestor>; */\t/* placed through the vtable, {size} bytes */\n");
                continue;
            }

            ulong start = baseBits + (offset * 8);
            WriteHole(indent, end, start, union, stats);
            w.Write($"{indent}{Pad($"/* {Bare(index.NameOf(b.Type))} <ancestor>; */", 48)} /* {Offset(start / 8)} {size,5} */\n");
            stats.Add(size);
            end = Math.Max(end, start + (size * 8));
        }

        foreach (var f in type.Fields)
        {
            ulong start = baseBits + (f.BitOffset ?? f.Offset * 8);
            ulong size = index.SizeOf(f.Type) ?? 0;
            WriteHole(indent, end, start, union, stats);
            var nested = f.Name is null ? index.Resolve(f.Type) : null;
            if (nested is { Declaration: false, Kind: AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union } && depth < MaxInlineDepth)
            {
                // pahole's way with anonymous members: in place, offsets still from the outermost start.
                w.Write($"{indent}{KeywordOf(nested.Kind)} {{\n");
                WriteMembers(nested, indent + "\t", start, depth + 1, new LayoutStats());
                w.Write($"{indent}{Pad("};", 48)} /* {Offset(start / 8)} {size,5} */\n");
                stats.Add(size);
            }
            else if (f.BitSize is { } bits)
            {
                // pahole shows a bit-field in its storage unit: the unit's offset, the bit within it, the unit's size.
                // A unit is a few bytes; an absurd size from hand-made JSON must not overflow unit * 8.
                ulong unit = size is >= 1 and <= 1 << 16 ? size : 1;
                ulong unitStart = start / (unit * 8) * unit;
                WriteMember(indent, f, $":{bits.ToString(CultureInfo.InvariantCulture)}", $"{Offset(unitStart)}:{start - (unitStart * 8),2} {unit,2}");
                stats.AddBits(bits);
                end = Math.Max(end, start + bits);
                continue;
            }
            else
            {
                WriteMember(indent, f, string.Empty, $"{Offset(start / 8)} {size,5}");
                stats.Add(size);
            }

            end = Math.Max(end, start + (size * 8));
        }

        return end;
    }

    private void WriteMember(string indent, AbiField f, string bits, string place)
    {
        var (head, tail) = AbiDeclarations.Split(index.NameOf(f.Type), f.Name ?? string.Empty);
        w.Write($"{indent}{Pad(head, 26)} {Pad(tail + bits + ";", 21)} /* {place} */\n");
    }

    /// <summary>A gap between the end of the previous member and the start of the next: whole bytes, and the bits of a bit-field's unfinished byte.</summary>
    private void WriteHole(string indent, ulong end, ulong start, bool union, LayoutStats stats)
    {
        if (union || start <= end)
        {
            return;
        }

        ulong gap = start - end;
        ulong leadingBits = end % 8 == 0 ? 0 : Math.Min(gap, 8 - (end % 8));
        ulong bytes = (gap - leadingBits) / 8;
        ulong trailingBits = (gap - leadingBits) % 8;
        if (leadingBits + trailingBits > 0)
        {
            w.Write($"\n{indent}/* XXX {leadingBits + trailingBits} bit{(leadingBits + trailingBits == 1 ? string.Empty : "s")} hole, try to pack */\n");
            stats.BitHoles++;
            stats.SumBitHoles += leadingBits + trailingBits;
        }

        if (bytes > 0)
        {
            w.Write($"\n{indent}/* XXX {bytes} byte{(bytes == 1 ? string.Empty : "s")} hole, try to pack */\n\n");
            stats.Holes++;
            stats.SumHoles += bytes;
        }
    }

    private void WriteVtable(AbiType type)
    {
        if (type.VirtualMethods.Count == 0)
        {
            return;
        }

        w.Write($"\n\t/* vtable: {type.VirtualMethods.Count} virtual method{(type.VirtualMethods.Count == 1 ? string.Empty : "s")}: {{\n");
        foreach (var m in type.VirtualMethods.OrderBy(m => m.VtableIndex))
        {
            w.Write($"\t   [{m.VtableIndex}] = {m.Name}{(m.Pure ? " (pure)" : string.Empty)}\n");
        }

        w.Write("\t} */\n");
    }

    private void WriteSummary(AbiType type, ulong end, LayoutStats stats)
    {
        w.Write($"\n\t/* size: {SizeText(type.Size)}, cachelines: {(type.Size is { } s ? ((s + CacheLine - 1) / CacheLine).ToString(CultureInfo.InvariantCulture) : "unknown")}, members: {stats.Members} */\n");
        if (stats.Holes > 0)
        {
            w.Write($"\t/* sum members: {stats.SumMembers}, holes: {stats.Holes}, sum holes: {stats.SumHoles} */\n");
        }

        if (stats.BitHoles > 0)
        {
            w.Write($"\t/* sum bitfield members: {stats.SumBitFields} bits, bit holes: {stats.BitHoles}, sum bit holes: {stats.SumBitHoles} bits */\n");
        }

        if (type.Size is { } size && type.Kind != AbiTypeKind.Union && size <= ulong.MaxValue / 8 && size * 8 > end)
        {
            ulong padding = (size * 8) - end;
            // pahole counts tail padding after bit-fields in bits.
            w.Write(padding % 8 == 0 ? $"\t/* padding: {padding / 8} */\n" : $"\t/* bit_padding: {padding} bits */\n");
        }

        if (type.Size is { } total && total % CacheLine != 0)
        {
            w.Write($"\t/* last cacheline: {total % CacheLine} bytes */\n");
        }
    }

    private static string Offset(ulong bytes) => bytes.ToString(CultureInfo.InvariantCulture).PadLeft(5);

    private static string Pad(string text, int width) => text.Length >= width ? text : text.PadRight(width);

    private static string KeywordOf(AbiTypeKind kind) => kind switch { AbiTypeKind.Union => "union", AbiTypeKind.Class => "class", _ => "struct" };

    /// <summary>A base class as C++ writes it after the colon: without its <c>struct</c>/<c>class</c> keyword.</summary>
    private static string Bare(string name)
        => name.StartsWith("struct ", StringComparison.Ordinal) ? name[7..] : name.StartsWith("class ", StringComparison.Ordinal) ? name[6..] : name;

    /// <summary>pahole's counters for the summary lines.</summary>
    private sealed class LayoutStats
    {
        public int Members { get; private set; }

        public ulong SumMembers { get; private set; }

        public int BitFields { get; private set; }

        public ulong SumBitFields { get; private set; }

        public int Holes { get; set; }

        public ulong SumHoles { get; set; }

        public int BitHoles { get; set; }

        public ulong SumBitHoles { get; set; }

        public void Add(ulong size)
        {
            Members++;
            SumMembers += size;
        }

        public void AddBits(ulong bits)
        {
            Members++;
            BitFields++;
            SumBitFields += bits;
        }
    }
}
