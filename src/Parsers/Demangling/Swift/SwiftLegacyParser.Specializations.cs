using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// The old mangling's specialization prefixes (<c>_TTSg</c>, <c>_TTSr</c>, <c>_TTSf</c>): generic
/// arguments with their conformances, and function signature specialization parameters
/// (<c>n_</c>, <c>cp...</c> constant propagation, <c>cl...</c> closure propagation, <c>i_</c>,
/// <c>k_</c>, <c>r_</c>, or flags d/g/o/s ended by <c>_</c>).
/// </summary>
internal sealed partial class SwiftLegacyParser
{
    private SwiftNode? ParseSpecializedAttribute(int depth)
    {
        bool notReAbstracted = false;
        if (Accept('g') || (notReAbstracted = Accept('r')))
        {
            var specialization = New(notReAbstracted ? K.GenericSpecializationNotReAbstracted : K.GenericSpecialization);
            if (Accept('q'))
            {
                AddChild(specialization, New(K.IsSerialized));
            }

            // The pass digit is not checked (Swift subtracts '0' from whatever character follows).
            AddChild(specialization, New(K.SpecializationPassID, unchecked((ulong)(uint)(Next() - '0'))));
            return ParseGenericSpecializationArgs(specialization, depth + 1);
        }

        if (Accept('f'))
        {
            var specialization = New(K.FunctionSignatureSpecialization);
            if (Accept('q'))
            {
                AddChild(specialization, New(K.IsSerialized));
            }

            AddChild(specialization, New(K.SpecializationPassID, unchecked((ulong)(uint)(Next() - '0'))));
            return ParseFunctionSignatureSpecialization(specialization, depth + 1);
        }

        return null;
    }

    private SwiftNode? ParseGenericSpecializationArgs(SwiftNode? specialization, int depth)
    {
        if (specialization is null || !CanDescend(depth))
        {
            return null;
        }

        while (!Accept('_'))
        {
            var parameter = WithChild(K.GenericSpecializationParam, ParseType(depth + 1));
            if (parameter is null)
            {
                return null;
            }

            while (!Accept('_'))
            {
                if (AddChild(parameter, ParseProtocolConformance(depth + 1)) is null)
                {
                    return null;
                }
            }

            specialization.Add(parameter);
        }

        return specialization;
    }

    private SwiftNode? ParseFunctionSignatureSpecialization(SwiftNode? specialization, int depth)
    {
        while (specialization is not null && !Accept('_'))
        {
            var parameter = New(K.FunctionSignatureSpecializationParam);
            if (parameter is null)
            {
                return null;
            }

            if (Accept("n_"))
            {
                // An unchanged parameter.
            }
            else if (Accept("cp"))
            {
                if (!ParseConstantPropagation(parameter, depth + 1))
                {
                    return null;
                }
            }
            else if (Accept("cl"))
            {
                if (!ParseClosurePropagation(parameter, depth + 1))
                {
                    return null;
                }
            }
            else if (Accept("i_") || Accept("k_") || Accept("r_"))
            {
                ulong kind = Chars[Pos - 2] switch
                {
                    'i' => SwiftSpecParamKind.BoxToValue,
                    'k' => SwiftSpecParamKind.BoxToStack,
                    _ => SwiftSpecParamKind.InOutToOut,
                };
                AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, kind));
            }
            else
            {
                ulong flags = 0;
                flags |= Accept('d') ? SwiftSpecParamKind.Dead : 0;
                flags |= Accept('g') ? SwiftSpecParamKind.OwnedToGuaranteed : 0;
                flags |= Accept('o') ? SwiftSpecParamKind.GuaranteedToOwned : 0;
                flags |= Accept('s') ? SwiftSpecParamKind.Sroa : 0;
                if (!Accept('_') || flags == 0 || AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, flags)) is null)
                {
                    return null;
                }
            }

            specialization.Add(parameter);
        }

        return specialization;
    }

    /// <summary>
    /// <c>fr</c> function, <c>g</c> global (an identifier each), <c>i</c> integer, <c>fl</c> float
    /// (text up to <c>_</c>), <c>se0v</c>/<c>se1v</c> a UTF-8/UTF-16 string identifier; each ends with <c>_</c>.
    /// </summary>
    private bool ParseConstantPropagation(SwiftNode parameter, int depth)
    {
        if (Accept("fr") || Accept('g'))
        {
            ulong kind = Chars[Pos - 1] == 'r' ? SwiftSpecParamKind.ConstantPropFunction : SwiftSpecParamKind.ConstantPropGlobal;
            var name = ParseIdentifier(depth + 1);
            if (name is null || !Accept('_'))
            {
                return false;
            }

            AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, kind));
            AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, name.Text));
            return true;
        }

        if (Accept('i') || Accept("fl"))
        {
            ulong kind = Chars[Pos - 1] == 'i' ? SwiftSpecParamKind.ConstantPropInteger : SwiftSpecParamKind.ConstantPropFloat;
            int start = Pos;
            int underscore = Chars.AsSpan(Pos, End - Pos).IndexOf('_');
            if (underscore < 0)
            {
                Pos = End;
                return false;
            }

            Pos += underscore + 1;
            AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, kind));
            AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, new ReadOnlyMemory<char>(Chars, start, underscore)));
            return true;
        }

        if (Accept('s'))
        {
            if (!Accept('e'))
            {
                return false;
            }

            char encoding = Peek();
            if (encoding is not ('0' or '1'))
            {
                return false;
            }

            Pos++;
            if (!Accept('v'))
            {
                return false;
            }

            var text = ParseIdentifier(depth + 1);
            if (text is null || !Accept('_'))
            {
                return false;
            }

            AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ConstantPropString));
            AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, encoding == '0' ? "u8" : "u16"));
            AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, text.Text));
            return true;
        }

        return false;
    }

    /// <summary><c>cl</c>: the closure's name, then the types it captured, up to <c>_</c>.</summary>
    private bool ParseClosurePropagation(SwiftNode parameter, int depth)
    {
        var name = ParseIdentifier(depth + 1);
        if (name is null)
        {
            return false;
        }

        AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ClosureProp));
        AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, name.Text));
        while (Peek() != '_' && ParseType(depth + 1) is { } type)
        {
            parameter.Add(type);
        }

        return Accept('_');
    }
}
