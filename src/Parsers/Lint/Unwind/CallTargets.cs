using AbiPortal.Parsers.Lint.X86;
using Iced.Intel;

namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>The functions called in a range of x86-64 code, by name where the file says: direct calls to definitions, and PLT stubs followed to their GOT slot's relocation.</summary>
internal sealed class CallTargets(LintImage image, RelocationIndex relocations)
{
    private readonly MemoryCodeReader _reader = new();

    /// <summary>Names of the calls in [<paramref name="start"/>, +<paramref name="length"/>); null for a call whose target has no name (indirect, or unresolved).</summary>
    public List<string?> In(ulong start, ulong length, int maxInstructions)
    {
        var names = new List<string?>();
        if (!image.TryGetBytes(start, length, executableOnly: true, out var code))
        {
            names.Add(null);
            return names;
        }

        _reader.Reset(code, 0);
        var decoder = Decoder.Create(64, _reader, start, DecoderOptions.None);
        for (int i = 0; i < maxInstructions && decoder.IP < start + (ulong)code.Length; i++)
        {
            decoder.Decode(out var instruction);
            if (instruction.IsInvalid)
            {
                break;
            }

            if (instruction.FlowControl == FlowControl.Call)
            {
                names.Add(Name(instruction.NearBranchTarget));
            }
            else if (instruction.FlowControl == FlowControl.IndirectCall)
            {
                names.Add(instruction.MemoryBase == Register.RIP ? relocations.Slot(instruction.MemoryDisplacement64) : null);
            }
        }

        return names;
    }

    /// <summary>A definition's name, else a PLT stub's: its first rip-relative jump (after endbr64 / bnd) reads the GOT slot the loader fills.</summary>
    private string? Name(ulong target)
    {
        if (relocations.Function(target) is { } name)
        {
            return name;
        }

        if (!image.TryGetBytes(target, 16, executableOnly: true, out var stub))
        {
            return null;
        }

        var reader = new MemoryCodeReader();
        reader.Reset(stub, 0);
        var decoder = Decoder.Create(64, reader, target, DecoderOptions.None);
        for (int i = 0; i < 3; i++)
        {
            decoder.Decode(out var instruction);
            if (instruction.FlowControl == FlowControl.IndirectBranch && instruction.Op0Kind == OpKind.Memory && instruction.MemoryBase == Register.RIP)
            {
                return relocations.Slot(instruction.MemoryDisplacement64);
            }

            if (instruction.IsInvalid || instruction.FlowControl != FlowControl.Next)
            {
                break;
            }
        }

        return null;
    }
}
