using System.Runtime.CompilerServices;

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

    private const int KeptCapacity = 1 << 14;

    [ThreadStatic]
    private static ItaniumContext? s_current;

    // A plain array, not List<T>: Rent runs for every node, and precompiled code calls List's
    // indexer and Count instead of inlining them.
    private ItaniumNode[] _pool = new ItaniumNode[256];
    private int _pooled;
    // Plain arrays, not Stack<T>/List<T>: shared generic code costs the precompiled code a runtime
    // lookup per call, and these run for every encoding.
    private NodeStack[] _freeStacks = new NodeStack[8];
    private int _freeStackCount;
    private TemplateParamLevels[] _freeLevels = new TemplateParamLevels[8];
    private int _freeLevelCount;
    private ItaniumNameState[] _nameStates = new ItaniumNameState[8];
    private int _nameStatesUsed;
    private CharBuffer _scratch = new(256);
    private int _used;

    public ItaniumContext()
    {
        TemplateParams = new TemplateParamLevels();
        OuterTemplateParams = new NodeStack();
        Dummy.Reset(ItaniumNodeKind.Name);
        Dummy.Text = string.Empty;
    }

    /// <summary>Backing store of every <see cref="NodeList"/>.</summary>
    public NodeStack Arrays { get; } = new();

    /// <summary>Scratch stack where list elements collect before they become a <see cref="NodeList"/>.</summary>
    public NodeStack Names { get; } = new();

    /// <summary>The substitution table (<c>S_</c>, <c>S0_</c>, ...), Itanium C++ ABI 5.1.10.</summary>
    public NodeStack Subs { get; } = new();

    /// <summary>Forward template references waiting for the arguments they name.</summary>
    public NodeStack ForwardTemplateRefs { get; } = new();

    /// <summary>Template parameter scopes; <c>T_</c> looks in level 0, <c>TL&lt;n&gt;__</c> in level n+1.</summary>
    public TemplateParamLevels TemplateParams { get; set; }

    /// <summary>The arguments of the innermost template-args being read for the encoding's name.</summary>
    public NodeStack OuterTemplateParams { get; set; }

    /// <summary>Counters for invented template parameter names ($T, $N, $TT).</summary>
    public int[] SyntheticCounts { get; } = new int[3];

    /// <summary>Where nodes go once the node cap is reached (the parse then fails).</summary>
    public ItaniumNode Dummy { get; } = new();

    /// <summary>
    /// An empty char buffer for callers that want the text as a string: printed into, then copied out
    /// once. A buffer grown past 64 Ki chars by one huge name is dropped rather than kept.
    /// </summary>
    public CharBuffer TakeScratch()
    {
        if (_scratch.Capacity > 1 << 16)
        {
            _scratch = new CharBuffer(256);
        }

        _scratch.Clear();
        return _scratch;
    }

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
        _nameStatesUsed = 0;
        // A hostile name can leave huge buffers behind; do not keep them alive forever.
        if (_pooled > KeptCapacity)
        {
            Array.Resize(ref _pool, KeptCapacity);
            _pooled = KeptCapacity;
            Arrays.TrimTo(KeptCapacity);
            Names.TrimTo(KeptCapacity);
            Subs.TrimTo(KeptCapacity);
        }
    }

    /// <summary>A cleared node, or null when the per-name node cap is reached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ItaniumNode? Rent(ItaniumNodeKind kind)
    {
        // Inlined into every Make: a pooled node is the common case, a new one the rare one.
        var node = _used < _pooled ? _pool[_used] : AddNode();
        if (node is null)
        {
            return null;
        }

        _used++;
        node.Reset(kind);
        return node;
    }

    /// <summary>A new node for the pool, or null at the per-name node cap.</summary>
    private ItaniumNode? AddNode()
    {
        if (_used >= MaxNodes)
        {
            return null;
        }

        if (_pooled == _pool.Length)
        {
            Array.Resize(ref _pool, _pool.Length * 2);
        }

        var node = new ItaniumNode();
        _pool[_pooled++] = node;
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

        Names.Truncate(begin);
        return new NodeList(start, count);
    }

    /// <summary>The element at <paramref name="index"/> of <paramref name="list"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ItaniumNode At(NodeList list, int index) => Arrays[list.Start + index];

    /// <summary>An empty node stack from the pool.</summary>
    public NodeStack RentStack() => _freeStackCount > 0 ? _freeStacks[--_freeStackCount] : new NodeStack();

    /// <summary>Gives a stack back to the pool.</summary>
    public void ReturnStack(NodeStack stack)
    {
        stack.Clear();
        if (_freeStackCount == _freeStacks.Length)
        {
            Array.Resize(ref _freeStacks, _freeStacks.Length * 2);
        }

        _freeStacks[_freeStackCount++] = stack;
    }

    /// <summary>A cleared name state for the encoding being read; encodings nest, so states are handed out and back in order.</summary>
    public ItaniumNameState RentNameState()
    {
        if (_nameStatesUsed == _nameStates.Length)
        {
            Array.Resize(ref _nameStates, _nameStates.Length * 2);
        }

        var state = _nameStates[_nameStatesUsed] ??= new ItaniumNameState();
        _nameStatesUsed++;
        state.Reset();
        return state;
    }

    /// <summary>Gives back the state of the innermost encoding.</summary>
    public void ReturnNameState() => _nameStatesUsed--;

    /// <summary>
    /// Starts a template parameter scope unrelated to the enclosing one (an encoding, a local entity);
    /// returns the enclosing scope for <see cref="RestoreTemplateParams"/>.
    /// </summary>
    public (TemplateParamLevels Levels, NodeStack Outer) SaveTemplateParams()
    {
        var saved = (TemplateParams, OuterTemplateParams);
        TemplateParams = _freeLevelCount > 0 ? _freeLevels[--_freeLevelCount] : new TemplateParamLevels();
        OuterTemplateParams = RentStack();
        return saved;
    }

    /// <summary>Ends the scope started by <see cref="SaveTemplateParams"/>.</summary>
    public void RestoreTemplateParams((TemplateParamLevels Levels, NodeStack Outer) saved)
    {
        TemplateParams.Clear();
        if (_freeLevelCount == _freeLevels.Length)
        {
            Array.Resize(ref _freeLevels, _freeLevels.Length * 2);
        }

        _freeLevels[_freeLevelCount++] = TemplateParams;
        ReturnStack(OuterTemplateParams);
        (TemplateParams, OuterTemplateParams) = saved;
    }
}
