using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>
/// Reads the export trie (mach-o/loader.h, "export trie"; dyld's ImageLoader trie walk). Each
/// node is: a ULEB128 terminal size; if non-zero, the terminal (flags ULEB128, then either a
/// library ordinal ULEB128 and an imported-name C string for a re-export, or an address
/// ULEB128 and, for stub-and-resolver, a resolver ULEB128); then a child count byte and, per
/// child, an edge label C string and the child's ULEB128 offset from the start of the trie.
/// </summary>
/// <remarks>
/// Tries come from strangers and LIEF has hung on crafted ones, so the walk is an explicit
/// depth-first stack (no recursion), visits every node at most once (which rules out cycles
/// and shared nodes whatever way the child offsets point), stops at
/// <see cref="ParseLimits.MaxTrieDepth"/> and <see cref="ParseLimits.MaxTrieNodes"/>, and keeps
/// the symbol name in one buffer capped at <see cref="ParseLimits.MaxStringLength"/>. A bad
/// node is diagnosed and its subtree skipped; its siblings are still read.
/// </remarks>
internal static class MachOExportTrie
{
    /// <summary>One node being visited: where its next child edge is and how many remain.</summary>
    private struct Frame
    {
        public ulong Cursor;
        public int ChildrenLeft;
        public int PrefixLength;
    }

    /// <summary>Reads every terminal of the trie in <paramref name="trie"/>; <paramref name="baseOffset"/> is its file offset (for diagnostics).</summary>
    public static List<MachOExportEntry> Read(ReadOnlySpan<byte> trie, long baseOffset, DiagnosticBag diagnostics)
    {
        var budget = diagnostics.Budget;
        var limits = budget.Limits;
        var entries = new List<MachOExportEntry>();
        if (trie.IsEmpty)
        {
            return entries;
        }

        var reader = new ByteReader(trie);
        ulong end = (ulong)trie.Length;
        var visited = new HashSet<ulong>();
        var stack = new Stack<Frame>();
        byte[] name = new byte[Math.Min(256, limits.MaxStringLength)];

        // The root is node 0 with an empty prefix.
        if (!Enter(reader, 0, 0))
        {
            return entries;
        }

        while (stack.Count > 0)
        {
            var top = stack.Pop();
            if (top.ChildrenLeft == 0)
            {
                continue;
            }

            ulong cursor = top.Cursor;
            if (!reader.TryReadCString(cursor, limits.MaxStringLength, out var label))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadChild, baseOffset + (long)cursor, "Export trie edge label is unterminated or overlong; the node's remaining children are skipped.");
                continue;
            }

            cursor += (ulong)label.Length + 1;
            if (!reader.TryReadUleb128(ref cursor, end, out ulong childOffset))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadUleb, baseOffset + (long)cursor, "Export trie child offset is not a valid ULEB128; the node's remaining children are skipped.");
                continue;
            }

            // Come back to this node's next child after the current child's subtree.
            stack.Push(top with { Cursor = cursor, ChildrenLeft = top.ChildrenLeft - 1 });

            if (childOffset >= end)
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadChild, baseOffset + (long)cursor, $"Export trie child offset 0x{childOffset:x} is outside the trie (size 0x{end:x}).");
                continue;
            }

            if (stack.Count >= limits.MaxTrieDepth)
            {
                diagnostics.Limit(DiagnosticCodes.MachOExportTrieTooDeep, baseOffset + (long)childOffset, $"Export trie deeper than {limits.MaxTrieDepth}; the subtree is skipped.", nameof(ParseLimits.MaxTrieDepth));
                continue;
            }

            int prefixLength = top.PrefixLength + label.Length;
            if (prefixLength > limits.MaxStringLength)
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieNameTooLong, baseOffset + (long)childOffset, $"Export trie name longer than {limits.MaxStringLength} bytes; the subtree is skipped.");
                continue;
            }

            if (prefixLength > name.Length)
            {
                Array.Resize(ref name, Math.Min(Math.Max(prefixLength, name.Length * 2), limits.MaxStringLength));
            }

            label.CopyTo(name.AsSpan(top.PrefixLength));
            if (!Enter(reader, childOffset, prefixLength))
            {
                return entries;
            }
        }

        return entries;

        // Visits one node: records its terminal (if any) and pushes a frame for its children.
        // Returns false only when the node cap is hit and the whole walk must stop.
        bool Enter(ByteReader r, ulong node, int prefixLength)
        {
            if (!visited.Add(node))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieCycle, baseOffset + (long)node, $"Export trie node 0x{node:x} is reached twice (a cycle or shared node); skipped.");
                return true;
            }

            if (visited.Count > limits.MaxTrieNodes)
            {
                diagnostics.Limit(DiagnosticCodes.MachOExportTrieTooManyNodes, baseOffset + (long)node, $"Export trie has more than {limits.MaxTrieNodes} nodes; the rest are skipped.", nameof(ParseLimits.MaxTrieNodes));
                return false;
            }

            // Each node may end in an export whose name is the whole path to it: a long shared
            // prefix fanning out to many terminals would build that prefix once per terminal.
            if (!budget.TryTakeEntry())
            {
                diagnostics.WorkSpent(baseOffset + (long)node, "the rest of the export trie is");
                return false;
            }

            ulong p = node;
            if (!r.TryReadUleb128(ref p, end, out ulong terminalSize))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadUleb, baseOffset + (long)node, "Export trie terminal size is not a valid ULEB128; node skipped.");
                return true;
            }

            // terminalSize <= end - p, written so that a huge size cannot wrap.
            if (terminalSize > end - p)
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, baseOffset + (long)node, $"Export trie terminal size 0x{terminalSize:x} runs past the trie; node skipped.");
                return true;
            }

            ulong childrenStart = p + terminalSize;
            if (terminalSize != 0 && ReadTerminal(r, p, childrenStart, prefixLength, out var entry))
            {
                entries.Add(entry);
            }

            if (!r.TryReadUInt8(childrenStart, out byte childCount))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, baseOffset + (long)childrenStart, "Export trie node has no child count byte; node's children skipped.");
                return true;
            }

            stack.Push(new Frame { Cursor = childrenStart + 1, ChildrenLeft = childCount, PrefixLength = prefixLength });
            return true;
        }

        bool ReadTerminal(ByteReader r, ulong p, ulong limit, int prefixLength, out MachOExportEntry entry)
        {
            entry = default;
            long at = baseOffset + (long)p;
            if (!r.TryReadUleb128(ref p, limit, out ulong flags))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, at, "Export trie flags run past the terminal; export skipped.");
                return false;
            }

            budget.TakeString(prefixLength);
            string symbol = TextDecoding.Utf8String(name.AsSpan(0, prefixLength));
            if ((flags & MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_MASK) == 3)
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadFlags, at, $"Export '{DiagnosticText.Short(symbol)}' has unknown kind 3 in flags 0x{flags:x}.");
            }

            if ((flags & MachOConstants.EXPORT_SYMBOL_FLAGS_REEXPORT) != 0)
            {
                if (!r.TryReadUleb128(ref p, limit, out ulong ordinal))
                {
                    diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, at, $"Re-export '{DiagnosticText.Short(symbol)}' has no valid library ordinal inside its terminal; skipped.");
                    return false;
                }

                // The imported name must end inside the terminal: search only up to its end.
                if (!r.TrySlice(p, limit - p, out var rest) || rest.IndexOf((byte)0) is var nul && nul < 0)
                {
                    diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, at, $"Re-export '{DiagnosticText.Short(symbol)}' has an unterminated imported name; skipped.");
                    return false;
                }

                budget.TakeString(nul);
                string? imported = nul == 0 ? null : TextDecoding.Utf8String(rest[..nul]);
                entry = new MachOExportEntry(symbol, flags, 0, ordinal > int.MaxValue ? int.MaxValue : (int)ordinal, imported, null);
                return true;
            }

            if (!r.TryReadUleb128(ref p, limit, out ulong address))
            {
                diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, at, $"Export '{DiagnosticText.Short(symbol)}' has no valid address inside its terminal; skipped.");
                return false;
            }

            ulong? resolver = null;
            if ((flags & MachOConstants.EXPORT_SYMBOL_FLAGS_STUB_AND_RESOLVER) != 0)
            {
                if (!r.TryReadUleb128(ref p, limit, out ulong resolverOffset))
                {
                    diagnostics.Warning(DiagnosticCodes.MachOExportTrieBadTerminal, at, $"Export '{DiagnosticText.Short(symbol)}' has no valid resolver offset inside its terminal; skipped.");
                    return false;
                }

                resolver = resolverOffset;
            }

            entry = new MachOExportEntry(symbol, flags, address, 0, null, resolver);
            return true;
        }
    }
}
