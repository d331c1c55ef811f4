using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// How an aggregate passed or returned by value travels. System V x86-64: the classification of
/// psABI 3.2.3 (each eightbyte INTEGER, SSE, X87 or MEMORY; aggregates over 16 bytes, unaligned
/// fields, long double and non-trivially-copyable C++ types go to memory or by invisible
/// reference; a MEMORY return comes through a hidden pointer, the sret, in rdi). Microsoft x64:
/// aggregates of 1, 2, 4 or 8 bytes travel as an integer in one register, any other by a pointer
/// to a caller-made copy, and are returned through a hidden pointer.
/// </summary>
internal static class AggregatePassing
{
    private enum ArgClass { None, Integer, Sse, X87, Memory }

    /// <summary>A phrase: "in two general-purpose registers (INTEGER, INTEGER)", "through a hidden pointer (sret)".</summary>
    public static string Describe(LintContext context, AbiType type, bool isReturn, CallingAbi abi)
    {
        ulong size = type.Size ?? 0;
        if (abi == CallingAbi.Windows)
        {
            return size is 1 or 2 or 4 or 8
                ? isReturn ? "returned in rax, as an integer" : "passed in one general-purpose register (or its stack slot), as an integer"
                : isReturn ? "returned through a hidden pointer to caller memory (sret, in rcx)" : "passed as a pointer to a copy the caller makes";
        }

        if (abi != CallingAbi.SysV)
        {
            return "passed as the platform ABI decides for its size and members";
        }

        if (type.PassedBy == "reference")
        {
            return "passed by invisible reference, as C++ does for a type that is not trivially copyable";
        }

        var classes = new ArgClass[2];
        string? reason = size > 16 ? "larger than 16 bytes" : null;
        if (reason is null && !Classify(context, type.Id, 0, classes, 0, out reason))
        {
            reason ??= "members the debug info does not describe";
        }

        if (reason is not null || classes.Contains(ArgClass.Memory) || classes.Contains(ArgClass.X87))
        {
            reason ??= classes.Contains(ArgClass.X87) ? "it holds a long double (X87 class)" : "an unaligned member";
            return isReturn
                ? $"returned through a hidden pointer to caller memory (sret: MEMORY class, {reason}; the pointer goes in rdi and comes back in rax)"
                : $"copied onto the stack (MEMORY class, {reason})";
        }

        var used = classes.Take((int)Math.Min(2, (size + 7) / 8)).Where(c => c != ArgClass.None).ToList();
        if (used.Count == 0)
        {
            return "passed in no register: it holds no data";
        }

        int integer = used.Count(c => c == ArgClass.Integer), sse = used.Count(c => c == ArgClass.Sse);
        string words = string.Join(", ", used.Select(c => c == ArgClass.Integer ? "INTEGER" : "SSE"));
        if (isReturn)
        {
            // Returned eightbytes take rax, rdx (INTEGER) and xmm0, xmm1 (SSE) in order.
            int gpr = 0, xmm = 0;
            var registers = used.Select(c => c == ArgClass.Integer ? (gpr++ == 0 ? "rax" : "rdx") : $"xmm{xmm++}");
            return $"returned in {string.Join(" and ", registers)} ({words})";
        }

        if (integer > 0 && sse > 0)
        {
            return $"passed split across a general-purpose and an SSE register ({words})";
        }

        return integer > 0
            ? $"passed in {Count(integer)} general-purpose register{(integer > 1 ? "s" : "")} ({words})"
            : $"passed in {Count(sse)} SSE register{(sse > 1 ? "s" : "")} ({words})";
    }

    private static string Count(int n) => n == 1 ? "one" : "two";

    /// <summary>Merges the class of every scalar in the type into the eightbytes it covers (psABI 3.2.3, "Classification", steps 4-5).</summary>
    private static bool Classify(LintContext context, string id, ulong offset, ArgClass[] classes, int depth, out string? reason)
    {
        reason = null;
        var type = context.Strip(id);
        if (type is null || depth > 32)
        {
            return false;
        }

        switch (type.Kind)
        {
            case AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union:
                if (type.Declaration)
                {
                    return false;
                }

                foreach (var b in type.Bases)
                {
                    if (b.Virtual || b.Offset is null)
                    {
                        reason = "a virtual base";
                        return false;
                    }

                    if (!Classify(context, b.Type, offset + b.Offset.Value, classes, depth + 1, out reason))
                    {
                        return false;
                    }
                }

                foreach (var f in type.Fields)
                {
                    ulong at = offset + (f.BitOffset is { } bits ? bits / 8 : f.Offset);
                    var fieldType = context.Strip(f.Type);
                    ulong align = Alignment(context, fieldType, 0);
                    if (f.BitSize is null && align > 1 && (offset + f.Offset) % align != 0)
                    {
                        reason = "an unaligned member";
                        classes[0] = ArgClass.Memory;
                        return true;
                    }

                    if (!Classify(context, f.Type, at, classes, depth + 1, out reason))
                    {
                        return false;
                    }
                }

                return true;
            case AbiTypeKind.Array:
                var element = context.Strip(type.Target);
                ulong elementSize = element?.Size ?? 0;
                if (elementSize == 0)
                {
                    return type.Count is 0 or null;
                }

                for (ulong i = 0; i < (type.Count ?? 0) && offset + i * elementSize < 16; i++)
                {
                    if (!Classify(context, type.Target!, offset + i * elementSize, classes, depth + 1, out reason))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var scalar = ScalarClass(type);
                if (scalar == ArgClass.None)
                {
                    return false;
                }

                ulong size = Math.Max(1, type.Size ?? 8);
                for (ulong b = offset / 8; b <= (offset + size - 1) / 8 && b < 2; b++)
                {
                    classes[b] = Merge(classes[b], scalar);
                }

                return true;
        }
    }

    private static ArgClass ScalarClass(AbiType type) => type.Kind switch
    {
        AbiTypeKind.Pointer or AbiTypeKind.Reference or AbiTypeKind.RvalueReference or AbiTypeKind.Enum or AbiTypeKind.MemberPointer => ArgClass.Integer,
        AbiTypeKind.Base when type.Encoding is "float" or "complex-float" => type.Name.Contains("long double", StringComparison.Ordinal) ? ArgClass.X87 : ArgClass.Sse,
        AbiTypeKind.Base or AbiTypeKind.Unspecified => ArgClass.Integer,
        _ => ArgClass.None,
    };

    /// <summary>psABI 3.2.3 step 4: equal classes stay; NO_CLASS yields; MEMORY wins, then INTEGER, then X87 (to memory), else SSE.</summary>
    private static ArgClass Merge(ArgClass a, ArgClass b)
        => a == b ? a : a == ArgClass.None ? b : b == ArgClass.None ? a
            : a == ArgClass.Memory || b == ArgClass.Memory ? ArgClass.Memory
            : a == ArgClass.Integer || b == ArgClass.Integer ? ArgClass.Integer
            : a == ArgClass.X87 || b == ArgClass.X87 ? ArgClass.Memory
            : ArgClass.Sse;

    /// <summary>A type's natural alignment: stated, else its largest scalar (bounded).</summary>
    private static ulong Alignment(LintContext context, AbiType? type, int depth)
    {
        if (type is null || depth > 16)
        {
            return 1;
        }

        if (type.Alignment is { } stated)
        {
            return stated;
        }

        return type.Kind switch
        {
            AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union =>
                type.Fields.Select(f => Alignment(context, context.Strip(f.Type), depth + 1)).DefaultIfEmpty(1UL).Max(),
            AbiTypeKind.Array => Alignment(context, context.Strip(type.Target), depth + 1),
            _ => Math.Clamp(type.Size ?? 1, 1, 16),
        };
    }
}
