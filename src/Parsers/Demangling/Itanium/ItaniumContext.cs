namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// The parse state that outlives a single call: pooled nodes, the node-list store, the substitution
/// table, template parameter scopes and forward references. One per thread, reused by every demangle,
/// so steady-state demangling allocates only the result string.
/// </summary>
internal sealed class ItaniumContext
{
    /// <summary>At most this many nodes per name; real symbols need a few hundred.</summary>
    public const int MaxNodes = 1 << 18;

    [ThreadStatic]
    private static ItaniumContext? s_current;

    private readonly List<ItaniumNode> _pool = new();
    private int _used;

    /// <summary>Backing store of every <see cref="NodeList"/>.</summary>
    public readonly List<ItaniumNode> Arrays = new();

    /// <summary>Scratch stack where list elements collect before they become a <see cref="NodeList"/>.</summary>
    public readonly List<ItaniumNode> Names = new();

    /// <summary>The substitution table (<c>S_</c>, <c>S0_</c>, ...), Itanium C++ ABI 5.1.10.</summary>
    public readonly List<ItaniumNode> Subs = new();

    /// <summary>Forward template references waiting for the arguments they name.</summary>
    public readonly List<ItaniumNode> ForwardTemplateRefs = new();

    /// <summary>Template parameter scopes; <c>T_</c> looks in level 0, <c>TL&lt;n&gt;__</c> in level n+1.</summary>
    public List<List<ItaniumNode>?> TemplateParams = new();

    /// <summary>The arguments of the innermost template-args being read for the encoding's name.</summary>
    public List<ItaniumNode> OuterTemplateParams = new();

    /// <summary>Counters for invented template parameter names ($T, $N, $TT).</summary>
    public readonly int[] SyntheticCounts = new int[3];

    /// <summary>The context of the calling thread.</summary>
    public static ItaniumContext Current => s_current ??= new ItaniumContext();

    /// <summary>Forgets the previous name, keeping the allocated capacity.</summary>
    public void Reset()
    {
        _used = 0;
        Arrays.Clear();
        Names.Clear();
        Subs.Clear();
        ForwardTemplateRefs.Clear();
        TemplateParams.Clear();
        OuterTemplateParams.Clear();
        Array.Clear(SyntheticCounts);
        // A hostile name can leave huge lists behind; do not keep them alive forever.
        if (_pool.Count > 1 << 14)
        {
            _pool.RemoveRange(1 << 14, _pool.Count - (1 << 14));
            _pool.TrimExcess();
        }
    }

    /// <summary>A cleared node, or null when the per-name node cap is reached.</summary>
    public ItaniumNode? Rent(ItaniumNodeKind kind)
    {
        if (_used >= MaxNodes)
        {
            return null;
        }

        ItaniumNode node;
        if (_used < _pool.Count)
        {
            node = _pool[_used];
        }
        else
        {
            node = new ItaniumNode();
            _pool.Add(node);
        }

        _used++;
        node.Reset(kind);
        return node;
    }

    /// <summary>Moves the names pushed since <paramref name="begin"/> into a list.</summary>
    public NodeList PopTrailing(int begin)
    {
        int count = Names.Count - begin;
        int start = Arrays.Count;
        for (int i = begin; i < Names.Count; i++)
        {
            Arrays.Add(Names[i]);
        }

        Names.RemoveRange(begin, count);
        return new NodeList(start, count);
    }

    /// <summary>The element at <paramref name="index"/> of <paramref name="list"/>.</summary>
    public ItaniumNode At(NodeList list, int index) => Arrays[list.Start + index];
}
