namespace AbiPortal.Parsers.Lint.X86;

/// <summary>What one walk over an exported function's code found, for the three code rules.</summary>
internal sealed class FunctionFacts
{
    /// <summary>Callee-saved registers written without being saved anywhere in the walked code: the first write of each.</summary>
    public List<CodeFinding> Clobbers { get; } = [];

    /// <summary>Calls made with rsp not 16-byte aligned (StackValue: rsp mod 16 at the call).</summary>
    public List<CodeFinding> MisalignedCalls { get; } = [];

    /// <summary>Windows x64: calls made with fewer than 32 bytes allocated below the last push (StackValue: bytes allocated).</summary>
    public List<CodeFinding> CallsWithoutShadowSpace { get; } = [];

    /// <summary>Some path leaves the function to its caller (ret, or a jump to other code: a tail call).</summary>
    public bool Returns { get; set; }

    /// <summary>Instructions decoded.</summary>
    public int Instructions { get; set; }

    /// <summary>A budget ended the walk before every path was followed.</summary>
    public bool Truncated { get; set; }

    /// <summary>Bytes that are not a valid instruction were reached.</summary>
    public bool InvalidCode { get; set; }
}
