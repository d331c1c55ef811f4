using System.Text;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>
/// Assembles a well-formed export trie from nodes, for tests. Offsets are kept under 128 so
/// each is one ULEB128 byte, which lets node sizes be known before offsets are assigned.
/// </summary>
internal sealed class TrieBuilder
{
    /// <summary>A trie node: optional terminal bytes (flags and payload, already ULEB-encoded) and labelled children.</summary>
    public sealed class Node
    {
        public byte[]? Terminal { get; init; }

        public List<(string Label, Node Child)> Children { get; } = [];

        public Node Add(string label, Node child)
        {
            Children.Add((label, child));
            return this;
        }
    }

    /// <summary>A terminal for a regular export: flags then address.</summary>
    public static byte[] Export(byte flags, byte address) => [flags, address];

    public static byte[] Uleb(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        }
        while (value != 0);
        return [.. bytes];
    }

    public static byte[] Serialize(Node root)
    {
        var order = new List<Node>();
        var queue = new Queue<Node>([root]);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            order.Add(n);
            n.Children.ForEach(c => queue.Enqueue(c.Child));
        }

        var offsets = new Dictionary<Node, int>();
        int offset = 0;
        foreach (var n in order)
        {
            offsets[n] = offset;
            offset += Size(n);
        }

        if (offset >= 128)
        {
            throw new InvalidOperationException("TrieBuilder keeps offsets in one ULEB128 byte; make the test trie smaller.");
        }

        var output = new List<byte>();
        foreach (var n in order)
        {
            int terminal = n.Terminal?.Length ?? 0;
            output.Add((byte)terminal);
            output.AddRange(n.Terminal ?? []);
            output.Add((byte)n.Children.Count);
            foreach (var (label, child) in n.Children)
            {
                output.AddRange(Encoding.UTF8.GetBytes(label));
                output.Add(0);
                output.Add((byte)offsets[child]);
            }
        }

        return [.. output];
    }

    private static int Size(Node n) => 1 + (n.Terminal?.Length ?? 0) + 1 + n.Children.Sum(c => Encoding.UTF8.GetByteCount(c.Label) + 2);
}
