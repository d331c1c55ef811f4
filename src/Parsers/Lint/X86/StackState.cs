namespace AbiPortal.Parsers.Lint.X86;

/// <summary>
/// What is known about rsp on one path: its value mod 16, and how many bytes were allocated
/// (<c>sub rsp</c>) since the last push, for the Windows shadow space; the same two saved when
/// <c>mov rbp, rsp</c> made rbp a frame pointer. -1 means unknown (a computed allocation, <c>mov
/// rsp, rax</c>): the rules say nothing about a call made then.
/// </summary>
internal readonly record struct StackState(int Mod16, long Allocated, int FrameMod16, long FrameAllocated)
{
    /// <summary>At a function's first instruction: the caller's call pushed 8 bytes onto a 16-byte aligned stack (SysV psABI 3.2.2; Microsoft x64 "Stack allocation").</summary>
    public static StackState Entry { get; } = new(8, 0, -1, -1);

    /// <summary>rsp moved down by <paramref name="bytes"/> (negative: up).</summary>
    public StackState Move(long bytes, bool push)
    {
        int mod = Mod16 < 0 ? -1 : (int)((Mod16 - bytes) & 15);
        long allocated = push ? 0 : Allocated < 0 ? -1 : Math.Max(0, Allocated + bytes);
        return this with { Mod16 = mod, Allocated = allocated };
    }

    /// <summary>rsp rounded down by <paramref name="mask"/> (<c>and rsp, -32</c>).</summary>
    public StackState Align(long mask)
        => this with { Mod16 = (mask & 15) == 0 ? 0 : Mod16 < 0 ? -1 : (int)(Mod16 & mask & 15) };

    /// <summary>rsp set to something not followed.</summary>
    public StackState Unknown() => this with { Mod16 = -1, Allocated = -1 };

    /// <summary><c>mov rbp, rsp</c>.</summary>
    public StackState SaveFrame() => this with { FrameMod16 = Mod16, FrameAllocated = Allocated };

    /// <summary><c>mov rsp, rbp</c> (or <c>lea rsp, [rbp+disp]</c> with <paramref name="displacement"/>).</summary>
    public StackState RestoreFrame(long displacement)
        => this with
        {
            Mod16 = FrameMod16 < 0 ? -1 : (int)((FrameMod16 + displacement) & 15),
            Allocated = FrameAllocated < 0 ? -1 : Math.Max(0, FrameAllocated - displacement),
        };
}
