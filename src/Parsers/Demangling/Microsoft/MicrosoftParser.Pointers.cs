namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// Looks ahead (without consuming) to tell a pointer to member from a plain pointer: after
    /// <c>P</c>/<c>Q</c>/<c>R</c>/<c>S</c>, <c>8</c> is a member function and <c>6</c> a plain
    /// function; otherwise the pointee qualifier is <c>Q</c>-<c>T</c> for members.
    /// </summary>
    private bool IsMemberPointer(out bool bad)
    {
        bad = false;
        char first = Front;
        if (first is '$' or 'A')
        {
            return false;
        }

        int i = pos + 1;
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            bad = text[i] is not ('6' or '8');
            return text[i] == '8';
        }

        foreach (char ext in "EIF")
        {
            if (i < text.Length && text[i] == ext)
            {
                i++;
            }
        }

        if (i >= text.Length)
        {
            bad = true;
            return false;
        }

        // A __ptrauth qualifier only follows plain pointers.
        if (text.AsSpan(i).StartsWith("__ptrauth", StringComparison.Ordinal))
        {
            return false;
        }

        switch (text[i])
        {
            case 'A' or 'B' or 'C' or 'D':
                return false;
            case 'Q' or 'R' or 'S' or 'T':
                return true;
            default:
                bad = true;
                return false;
        }
    }

    private (MicrosoftQualifiers Quals, PointerAffinity Affinity) ParsePointerCVQualifiers()
    {
        if (Consume("$$Q"))
        {
            return (MicrosoftQualifiers.None, PointerAffinity.RValueReference);
        }

        return Take() switch
        {
            'A' => (MicrosoftQualifiers.None, PointerAffinity.Reference),
            'Q' => (MicrosoftQualifiers.Const, PointerAffinity.Pointer),
            'R' => (MicrosoftQualifiers.Volatile, PointerAffinity.Pointer),
            'S' => (MicrosoftQualifiers.Const | MicrosoftQualifiers.Volatile, PointerAffinity.Pointer),
            _ => (MicrosoftQualifiers.None, PointerAffinity.Pointer),
        };
    }

    private PointerTypeNode? ParsePointerType()
    {
        var pointer = new PointerTypeNode();
        (pointer.Quals, pointer.Affinity) = ParsePointerCVQualifiers();
        if (Consume('6'))
        {
            pointer.Pointee = ParseFunctionType(hasThisQuals: false);
            return error ? null : pointer;
        }

        pointer.Quals |= ParsePointerExtQualifiers();
        pointer.PointerAuth = ParsePointerAuthQualifier();
        pointer.Pointee = ParseType(QualifierMode.Mangle);
        return error ? null : pointer;
    }

    /// <summary><c>__ptrauth</c> key, address-discriminated, extra discriminator (Arm64e, clang's extension).</summary>
    private ulong[]? ParsePointerAuthQualifier()
    {
        if (!Consume("__ptrauth"))
        {
            return null;
        }

        ulong[] args = [ParseUnsigned(), 0, 0];
        args[1] = ParseUnsigned();
        args[2] = ParseUnsigned();
        return error ? null : args;
    }

    private PointerTypeNode? ParseMemberPointerType()
    {
        var pointer = new PointerTypeNode();
        (pointer.Quals, pointer.Affinity) = ParsePointerCVQualifiers();
        pointer.Quals |= ParsePointerExtQualifiers();
        if (Consume('8'))
        {
            pointer.ClassParent = ParseFullyQualifiedTypeName();
            if (error)
            {
                return null;
            }

            pointer.Pointee = ParseFunctionType(hasThisQuals: true);
        }
        else
        {
            MicrosoftQualifiers pointeeQuals = ParseQualifiers().Quals;
            pointer.ClassParent = ParseFullyQualifiedTypeName();
            if (error)
            {
                return null;
            }

            pointer.Pointee = ParseType(QualifierMode.Drop);
            if (pointer.Pointee is not null)
            {
                pointer.Pointee.Quals = pointeeQuals;
            }
        }

        return error ? null : pointer;
    }
}
