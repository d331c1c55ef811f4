using Iced.Intel;

namespace AbiPortal.Parsers.Lint.X86;

/// <summary>
/// Decodes one exported x86-64 function along its control flow (direct jumps and branches inside
/// the function; calls and jumps elsewhere are not followed) and records what the code rules need:
/// callee-saved registers written but never saved, calls with rsp misaligned, and on Windows x64
/// calls without shadow space. Bounded by <see cref="LintLimits"/>. Not thread-safe: one per thread.
/// </summary>
/// <remarks>
/// A register counts as saved when anything in the walked code pushes it, stores it to memory,
/// or copies it to another register (hand-written assembly often keeps rbx in r8 around a cpuid).
/// That is deliberately lenient: a finding means the function writes the register and no code
/// that could preserve it exists, which is true on inspection; a function that saves on one path
/// and clobbers on another is not reported.
/// </remarks>
internal sealed partial class FunctionAnalyzer
{
    private readonly LintImage _image;
    private readonly LintLimits _limits;
    private readonly bool[] _calleeSaved;
    private readonly MemoryCodeReader _reader = new();
    private readonly Decoder _decoder;
    private readonly InstructionInfoFactory _info = new();
    private readonly Stack<(ulong Address, StackState State)> _work = new();
    private readonly bool[] _saved = new bool[32];
    private readonly Instruction[] _firstWrite = new Instruction[32];
    private readonly bool[] _written = new bool[32];
    private ulong[] _visited = new ulong[256];
    private int _credit;

    public FunctionAnalyzer(LintImage image, LintLimits limits)
    {
        _image = image;
        _limits = limits;
        _calleeSaved = CalleeSaved.Mask(image.Abi);
        _decoder = Decoder.Create(64, _reader, 0, DecoderOptions.None);
    }

    /// <summary>Instructions left for the whole file; shared by every analyzer of one lint.</summary>
    public required InstructionBudget Budget { get; init; }

    /// <summary>Walks the function at <paramref name="start"/>, at most <paramref name="length"/> bytes long; null when its address is not code in the file.</summary>
    public FunctionFacts? Analyze(ulong start, ulong length)
    {
        if (!_image.TryGetBytes(start, length, executableOnly: true, out var code) || code.Length == 0)
        {
            return null;
        }

        var facts = new FunctionFacts();
        ResetVisited(code.Length);
        Array.Clear(_saved);
        Array.Clear(_written);
        _work.Clear();
        _reader.Reset(code, 0);
        _work.Push((start, StackState.Entry));
        int blocks = 0;
        ulong end = start + (ulong)code.Length;
        while (_work.Count > 0)
        {
            if (++blocks > _limits.MaxBlocksPerFunction)
            {
                facts.Truncated = true;
                break;
            }

            var (address, state) = _work.Pop();
            if (!WalkBlock(address, state, start, end, facts))
            {
                facts.Truncated = true;
                break;
            }
        }

        for (int slot = 0; slot < _written.Length; slot++)
        {
            if (_written[slot] && !_saved[slot])
            {
                // Formatted only now: most first writes follow a save and are never reported.
                facts.Clobbers.Add(new CodeFinding(_firstWrite[slot].IP, Format(_firstWrite[slot]), slot, 0));
            }
        }

        facts.Clobbers.Sort((a, b) => a.Address.CompareTo(b.Address));
        return facts;
    }

    /// <summary>Follows straight-line code from <paramref name="address"/>; false when a budget ran out.</summary>
    private bool WalkBlock(ulong address, StackState state, ulong start, ulong end, FunctionFacts facts)
    {
        CodeFinding? pendingMisaligned = null, pendingShadow = null;
        while (true)
        {
            if (address < start || address >= end)
            {
                // Fell through past the symbol's end: as far as this function goes, control left it.
                facts.Returns = true;
                break;
            }

            int offset = (int)(address - start);
            if (IsVisited(offset))
            {
                break;
            }

            if (_credit == 0)
            {
                _credit = Budget.TakeBatch();
            }

            if (facts.Instructions >= _limits.MaxInstructionsPerFunction || _credit == 0)
            {
                Commit(facts, pendingMisaligned, pendingShadow);
                return false;
            }

            _credit--;
            MarkVisited(offset);
            _reader.Seek(offset);
            _decoder.IP = address;
            _decoder.Decode(out var instruction);
            facts.Instructions++;
            if (instruction.IsInvalid)
            {
                facts.InvalidCode = true;
                break;
            }

            // A call followed by `sub rsp, rax` is a stack probe (__chkstk, ___chkstk_ms): it runs
            // before the frame exists and takes no arguments, so it needs neither alignment nor shadow space.
            if (pendingMisaligned is not null || pendingShadow is not null)
            {
                if (!IsProbeAllocation(instruction))
                {
                    Commit(facts, pendingMisaligned, pendingShadow);
                }

                pendingMisaligned = pendingShadow = null;
            }

            // Once rsp is loaded from memory or a register (setcontext), the code runs for another
            // context: what it writes is that context's, not this caller's.
            TrackRegisters(instruction, recordWrites: state.Mod16 >= 0);
            if (instruction.FlowControl == FlowControl.IndirectCall || (instruction.FlowControl == FlowControl.Call && IsPublicTarget(instruction.NearBranchTarget)))
            {
                if (state.Mod16 > 0)
                {
                    pendingMisaligned = new CodeFinding(address, Format(instruction), -1, state.Mod16);
                }

                if (_image.Abi == CallingAbi.Windows && state.Allocated >= 0 && state.Allocated < 32)
                {
                    pendingShadow = new CodeFinding(address, Format(instruction), -1, (int)state.Allocated);
                }
            }

            state = TrackStack(instruction, state);
            switch (instruction.FlowControl)
            {
                case FlowControl.UnconditionalBranch:
                    if (instruction.Op0Kind is OpKind.NearBranch64 && InRange(instruction.NearBranchTarget, start, end))
                    {
                        _work.Push((instruction.NearBranchTarget, state));
                    }
                    else
                    {
                        facts.Returns = true;
                    }

                    Commit(facts, pendingMisaligned, pendingShadow);
                    return true;
                case FlowControl.ConditionalBranch:
                    if (InRange(instruction.NearBranchTarget, start, end))
                    {
                        _work.Push((instruction.NearBranchTarget, state));
                    }
                    else
                    {
                        facts.Returns = true;
                    }

                    break;
                case FlowControl.IndirectBranch:
                    // `jmp [rip+slot]` is a tail call through the GOT or the IAT; `jmp rax` is a
                    // jump table (or a longjmp), whose targets are not followed.
                    if (instruction.Op0Kind == OpKind.Memory && instruction.MemoryBase == Register.RIP)
                    {
                        facts.Returns = true;
                    }

                    Commit(facts, pendingMisaligned, pendingShadow);
                    return true;
                case FlowControl.Return:
                    // A ret with rsp loaded from somewhere (setcontext, swapcontext) goes to another
                    // context, not back to this function's caller, who is owed nothing.
                    facts.Returns |= state.Mod16 >= 0;
                    Commit(facts, pendingMisaligned, pendingShadow);
                    return true;
                case FlowControl.Interrupt:
                case FlowControl.Exception:
                    Commit(facts, pendingMisaligned, pendingShadow);
                    return true;
            }

            address = instruction.NextIP;
        }

        Commit(facts, pendingMisaligned, pendingShadow);
        return true;
    }

    /// <summary>
    /// Whether a direct call's target is code the compiler did not see: a PLT stub, which the
    /// loader binds to another file. A direct call into the same file binds to code compiled with
    /// it, and GCC's interprocedural stack alignment calls a function it knows needs no alignment
    /// with rsp misaligned (OpenSSL 3's EVP_EncodeFinal calls a static helper so, glibc's envz_get
    /// calls envz_entry so), which no caller can observe; such calls are left alone.
    /// </summary>
    private bool IsPublicTarget(ulong target)
        => _image.SectionOf(target) is { } name && name.StartsWith(".plt", StringComparison.Ordinal);

    private static bool InRange(ulong target, ulong start, ulong end) => target >= start && target < end;

    private static void Commit(FunctionFacts facts, CodeFinding? misaligned, CodeFinding? shadow)
    {
        if (misaligned is { } m)
        {
            facts.MisalignedCalls.Add(m);
        }

        if (shadow is { } s)
        {
            facts.CallsWithoutShadowSpace.Add(s);
        }
    }

    private static bool IsProbeAllocation(in Instruction instruction)
        => instruction.Mnemonic == Mnemonic.Sub && instruction.Op0Kind == OpKind.Register && instruction.Op0Register == Register.RSP
           && instruction.Op1Kind == OpKind.Register;

    private void ResetVisited(int length)
    {
        int words = (length + 63) >> 6;
        if (_visited.Length < words)
        {
            _visited = new ulong[Math.Max(words, _visited.Length * 2)];
        }

        Array.Clear(_visited, 0, words);
    }

    private bool IsVisited(int offset) => (_visited[offset >> 6] & (1UL << (offset & 63))) != 0;

    private void MarkVisited(int offset) => _visited[offset >> 6] |= 1UL << (offset & 63);
}
