using Iced.Intel;

namespace AbiPortal.Parsers.Lint.X86;

internal sealed partial class FunctionAnalyzer
{
    /// <summary>Mnemonics that write a callee-saved register without naming it as an operand.</summary>
    private static readonly bool[] ImplicitWriters = MnemonicSet(Mnemonic.Cpuid, Mnemonic.Leave, Mnemonic.Enter, Mnemonic.Vzeroall, Mnemonic.Xchg);

    /// <summary>Moves: a move of a register to memory saves it.</summary>
    private static readonly bool[] Moves = BuildMoves();

    private static readonly Formatter IntelSyntax = CreateFormatter();

    private static int MnemonicCount => (int)Enum.GetValues<Mnemonic>().Max() + 1;

    private void TrackRegisters(in Instruction instruction, bool recordWrites)
    {
        // Only a callee-saved register neither saved nor written yet can still change the outcome,
        // so the costly access analysis runs for few instructions once a prologue has saved them.
        bool named = false, open = instruction.IsStringInstruction || ImplicitWriters[(int)instruction.Mnemonic];
        int count = instruction.OpCount;
        for (int i = 0; i < count; i++)
        {
            if (instruction.GetOpKind(i) == OpKind.Register && CalleeSaved.Slot(instruction.GetOpRegister(i)) is int slot and >= 0 && _calleeSaved[slot])
            {
                named = true;
                open |= !_saved[slot] && !_written[slot];
            }
        }

        if (named || open)
        {
            RecordSaves(instruction);
        }

        if (!open || !recordWrites)
        {
            return;
        }

        ref readonly var info = ref _info.GetInfo(instruction, InstructionInfoOptions.NoMemoryUsage);
        foreach (var used in info.GetUsedRegisters())
        {
            if (used.Access is not (OpAccess.Write or OpAccess.ReadWrite or OpAccess.CondWrite or OpAccess.ReadCondWrite))
            {
                continue;
            }

            int slot = CalleeSaved.Slot(used.Register);
            if (slot >= 0 && _calleeSaved[slot] && !_written[slot] && !IsRestore(instruction, slot))
            {
                _written[slot] = true;
                _firstWrite[slot] = instruction;
            }
        }
    }

    /// <summary>Pushes, stores to memory and copies to another register keep a register's value for later.</summary>
    private void RecordSaves(in Instruction instruction)
    {
        switch (instruction.Mnemonic)
        {
            case Mnemonic.Push when instruction.Op0Kind == OpKind.Register:
                Save(instruction.Op0Register);
                return;
            case Mnemonic.Enter:
                Save(Register.RBP);
                return;
            case Mnemonic.Xchg when instruction.Op0Kind == OpKind.Register && instruction.Op1Kind == OpKind.Register:
                Save(instruction.Op0Register);
                Save(instruction.Op1Register);
                return;
        }

        if (instruction.OpCount < 2 || !Moves[(int)instruction.Mnemonic] || instruction.Op1Kind != OpKind.Register)
        {
            return;
        }

        if (instruction.Op0Kind == OpKind.Memory)
        {
            Save(instruction.Op1Register);
        }
        else if (instruction.Op0Kind == OpKind.Register && !IsCalleeSaved(instruction.Op0Register)
                 && CalleeSaved.Slot(instruction.Op1Register) is int slot and >= 0 && !_written[slot])
        {
            // A copy to a scratch register keeps the caller's value only when made before any write.
            Save(instruction.Op1Register);
        }
    }

    /// <summary><c>leave</c> and <c>pop rbp</c> restore rbp; the write is the end of a save, not a clobber.</summary>
    private static bool IsRestore(in Instruction instruction, int slot)
        => instruction.Mnemonic == Mnemonic.Leave && slot == CalleeSaved.Slot(Register.RBP);

    private void Save(Register register)
    {
        int slot = CalleeSaved.Slot(register);
        if (slot >= 0)
        {
            _saved[slot] = true;
        }
    }

    private bool IsCalleeSaved(Register register)
    {
        int slot = CalleeSaved.Slot(register);
        return slot >= 0 && _calleeSaved[slot];
    }

    /// <summary>How the instruction moves rsp (SysV psABI 3.2.2, Microsoft x64 prolog and epilog rules).</summary>
    private static StackState TrackStack(in Instruction instruction, StackState state)
    {
        switch (instruction.Mnemonic)
        {
            case Mnemonic.Push or Mnemonic.Pushfq or Mnemonic.Pushf:
                return state.Move(-instruction.StackPointerIncrement, push: true);
            case Mnemonic.Pop or Mnemonic.Popfq or Mnemonic.Popf:
                return state.Move(-instruction.StackPointerIncrement, push: false);
            case Mnemonic.Call or Mnemonic.Ret or Mnemonic.Jmp:
                return state;
            case Mnemonic.Leave:
                return state.RestoreFrame(0).Move(-8, push: false);
            case Mnemonic.Enter:
                return state.Move(8, push: true).SaveFrame().Move(instruction.Immediate16, push: false);
        }

        if (instruction.Op0Kind != OpKind.Register)
        {
            return state;
        }

        var target = instruction.Op0Register;
        if (target == Register.RBP && instruction.Mnemonic == Mnemonic.Mov && instruction.Op1Kind == OpKind.Register && instruction.Op1Register == Register.RSP)
        {
            return state.SaveFrame();
        }

        if (target == Register.RBP && instruction.Mnemonic != Mnemonic.Push && WritesOp0(instruction))
        {
            // rbp no longer holds the frame.
            return state with { FrameMod16 = -1, FrameAllocated = -1 };
        }

        if (target is not (Register.RSP or Register.ESP))
        {
            return state;
        }

        bool immediate = instruction.Op1Kind is OpKind.Immediate8to64 or OpKind.Immediate32to64 or OpKind.Immediate32 or OpKind.Immediate8;
        switch (instruction.Mnemonic)
        {
            case Mnemonic.Sub when immediate:
                return state.Move((long)instruction.GetImmediate(1), push: false);
            case Mnemonic.Add when immediate:
                return state.Move(-(long)instruction.GetImmediate(1), push: false);
            case Mnemonic.And when immediate:
                return state.Align((long)instruction.GetImmediate(1));
            case Mnemonic.Mov when instruction.Op1Kind == OpKind.Register && instruction.Op1Register == Register.RBP:
                return state.RestoreFrame(0);
            case Mnemonic.Lea when instruction.MemoryIndex == Register.None && instruction.MemoryBase == Register.RSP:
                return state.Move(-(long)instruction.MemoryDisplacement64, push: false);
            case Mnemonic.Lea when instruction.MemoryIndex == Register.None && instruction.MemoryBase == Register.RBP:
                return state.RestoreFrame((long)instruction.MemoryDisplacement64);
            case Mnemonic.Cmp or Mnemonic.Test:
                return state;
            default:
                return state.Unknown();
        }
    }

    private static bool WritesOp0(in Instruction instruction)
        => instruction.Mnemonic is not (Mnemonic.Cmp or Mnemonic.Test or Mnemonic.Bt);

    private static string Format(in Instruction instruction)
    {
        var output = new StringOutput();
        IntelSyntax.Format(instruction, output);
        return output.ToStringAndReset();
    }

    private static Formatter CreateFormatter()
    {
        var formatter = new IntelFormatter();
        formatter.Options.HexPrefix = "0x";
        formatter.Options.HexSuffix = null;
        formatter.Options.UppercaseHex = false;
        formatter.Options.SpaceAfterOperandSeparator = true;
        formatter.Options.BranchLeadingZeros = false;
        formatter.Options.RipRelativeAddresses = true;
        return formatter;
    }

    private static bool[] MnemonicSet(params Mnemonic[] mnemonics)
    {
        var set = new bool[MnemonicCount];
        foreach (var m in mnemonics)
        {
            set[(int)m] = true;
        }

        return set;
    }

    private static bool[] BuildMoves()
    {
        var set = new bool[MnemonicCount];
        foreach (var m in Enum.GetValues<Mnemonic>())
        {
            string name = m.ToString();
            set[(int)m] = name.StartsWith("Mov", StringComparison.Ordinal) || name.StartsWith("Vmov", StringComparison.Ordinal);
        }

        return set;
    }
}
