namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Types whose code starts with <c>D</c> (Itanium C++ ABI 5.1.5).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary>The <c>D</c> types that are not builtins: _Float/_BitInt, decltype, vectors, pack expansions, exception-specified functions, fixed point, constrained placeholders.</summary>
    /// <param name="substitutable">Whether the result goes into the substitution table.</param>
    private ItaniumNode? ParseDType(out bool substitutable)
    {
        // Direct returns are not substitution candidates; the cases that break out are.
        substitutable = false;
        ItaniumNode? result;
        switch (Look(1))
        {
            case 'F':
            {
                _pos += 2;
                if (ConsumeIf("16b"))
                {
                    return MakeName("std::bfloat16_t");
                }

                var bits = ParseNumber(false);
                if (bits.Start.Value == bits.End.Value)
                {
                    return null;
                }

                var fp = Make(ItaniumNodeKind.BinaryFPType, MakeName(bits));
                if (ConsumeIf('x'))
                {
                    fp.Flags = 1;
                    return fp;
                }

                return ConsumeIf('_') ? fp : null;
            }

            case 'B' or 'U':
            {
                bool signed = Look(1) == 'B';
                _pos += 2;
                ItaniumNode? size;
                if (IsDigit(Look()))
                {
                    size = MakeName(ParseNumber(false));
                }
                else
                {
                    size = ParseExpr();
                }

                if (size is null || !ConsumeIf('_'))
                {
                    return null;
                }

                result = Make(ItaniumNodeKind.BitIntType, size);
                result.Flags = signed ? 1 : 0;
                break;
            }

            case 't' or 'T':
                result = ParseDecltype();
                break;
            case 'k' or 'K':
            {
                // Dk/DK <type-constraint>: a constrained placeholder ("C auto").
                string placeholder = Look(1) == 'k' ? " auto" : " decltype(auto)";
                _pos += 2;
                var constraint = ParseName(null);
                return constraint is null ? null : MakeText(ItaniumNodeKind.PostfixQualifiedType, placeholder, constraint);
            }

            case 'A' or 'R' or 'S':
                return ParseFixedPointType();
            case 'v':
                result = ParseVectorType();
                break;
            case 'p':
            {
                _pos += 2;
                var child = ParseType();
                if (child is null)
                {
                    return null;
                }

                result = Make(ItaniumNodeKind.ParameterPackExpansion, child);
                break;
            }

            case 'o' or 'O' or 'w' or 'x':
                result = ParseFunctionType();
                break;
            default:
                return null;
        }


        substitutable = result is not null;
        return result;
    }
}
