namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// A pointer, reference, rvalue reference or pointer to member. Pointers to functions and arrays
/// need parentheses around the declarator, and the calling convention moves inside them.
/// </summary>
internal sealed class PointerTypeNode : TypeNode
{
    public PointerAffinity Affinity { get; set; }

    /// <summary>The class of a pointer to member (<c>int Foo::*</c>), or null.</summary>
    public QualifiedNameNode? ClassParent { get; set; }

    public TypeNode? Pointee { get; set; }

    /// <summary>The three arguments of an Arm64e <c>__ptrauth</c> qualifier, or null.</summary>
    public ulong[]? PointerAuth { get; set; }

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags)
    {
        TypeNode pointee = Pointee!;
        if (pointee is FunctionSignatureNode signature)
        {
            signature.OutputPre(output, OutputFlags.NoCallingConvention);
        }
        else
        {
            pointee.OutputPre(output, flags);
        }

        output.SpaceIfNecessary();
        if ((Quals & MicrosoftQualifiers.Unaligned) != 0)
        {
            output.Append("__unaligned ");
        }

        if (pointee is ArrayTypeNode)
        {
            output.Append('(');
        }
        else if (pointee is FunctionSignatureNode function)
        {
            output.Append('(').Append(function.CallingConvention).Append(' ');
        }

        if (ClassParent is not null)
        {
            ClassParent.Output(output, flags);
            output.Append("::");
        }

        output.Append(Affinity switch
        {
            PointerAffinity.Reference => "&",
            PointerAffinity.RValueReference => "&&",
            _ => "*",
        });
        OutputQualifiers(output, Quals, spaceBefore: false, spaceAfter: false);
        if (PointerAuth is { } args)
        {
            output.Append("__ptrauth(").Append(args[0]).Append(", ").Append(args[1]).Append(", ").Append(args[2]).Append(')');
        }
    }

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
        if (Pointee is ArrayTypeNode or FunctionSignatureNode)
        {
            output.Append(')');
        }

        Pointee!.OutputPost(output, flags);
    }
}
