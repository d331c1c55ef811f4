namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>A declared name followed by its encoding: a variable (<c>0</c>-<c>4</c>) or a function.</summary>
    private SymbolNode? ParseDeclarator()
    {
        QualifiedNameNode? name = ParseFullyQualifiedSymbolName();
        if (error)
        {
            return null;
        }

        SymbolNode? symbol = ParseEncodedSymbol(name!);
        if (error)
        {
            return null;
        }

        symbol!.Name = name;
        if (name!.Unqualified is ConversionOperatorIdentifierNode { TargetType: null })
        {
            return Fail<SymbolNode>();
        }

        return symbol;
    }

    private SymbolNode? ParseEncodedSymbol(QualifiedNameNode name)
    {
        if (AtEnd)
        {
            return Fail<SymbolNode>();
        }

        StorageClass storage = Front switch
        {
            '0' => StorageClass.PrivateStatic,
            '1' => StorageClass.ProtectedStatic,
            '2' => StorageClass.PublicStatic,
            '3' => StorageClass.Global,
            '4' => StorageClass.FunctionLocalStatic,
            _ => StorageClass.None,
        };
        if (storage != StorageClass.None)
        {
            pos++;
            return ParseVariableEncoding(storage);
        }

        FunctionSymbolNode? function = ParseFunctionEncoding();
        if (function is not null && name.Unqualified is ConversionOperatorIdentifierNode conversion)
        {
            conversion.TargetType = function.Signature.ReturnType;
        }

        return function;
    }

    /// <summary>
    /// <c>&lt;variable-type&gt; ::= &lt;type&gt; &lt;cvr-qualifiers&gt;</c>; for pointers the
    /// trailing qualifiers belong to the pointee, and a member pointer repeats its class.
    /// </summary>
    private VariableSymbolNode? ParseVariableEncoding(StorageClass storage)
    {
        TypeNode? type = ParseType(QualifierMode.Drop);
        if (error)
        {
            return null;
        }

        if (type is PointerTypeNode pointer)
        {
            pointer.Quals |= ParsePointerExtQualifiers();
            MicrosoftQualifiers childQuals = ParseQualifiers().Quals;
            if (pointer.ClassParent is not null)
            {
                ParseFullyQualifiedTypeName();
            }

            if (error)
            {
                return null;
            }

            pointer.Pointee!.Quals |= childQuals;
        }
        else
        {
            type!.Quals = ParseQualifiers().Quals;
        }

        return error ? null : new VariableSymbolNode { StorageClass = storage, Type = type };
    }

    /// <summary>
    /// [<c>$$J0</c> extern "C"] function class, this-adjustments of thunks, then the function
    /// type (none for <c>9</c>, a local name's extern "C" function without a signature).
    /// </summary>
    private FunctionSymbolNode? ParseFunctionEncoding()
    {
        FunctionClass extra = Consume("$$J0") ? FunctionClass.ExternC : FunctionClass.None;
        if (AtEnd)
        {
            return Fail<FunctionSymbolNode>();
        }

        FunctionClass functionClass = ParseFunctionClass() | extra;
        ThunkSignatureNode? thunk = null;
        if ((functionClass & FunctionClass.StaticThisAdjust) != 0)
        {
            thunk = new ThunkSignatureNode { StaticOffset = ParseThunkOffset() };
        }
        else if ((functionClass & FunctionClass.VirtualThisAdjust) != 0)
        {
            thunk = new ThunkSignatureNode();
            if ((functionClass & FunctionClass.VirtualThisAdjustEx) != 0)
            {
                thunk.VBPtrOffset = ParseThunkOffset();
                thunk.VBOffsetOffset = ParseThunkOffset();
            }

            thunk.VtordispOffset = ParseThunkOffset();
            thunk.StaticOffset = ParseThunkOffset();
        }

        if (error)
        {
            return null;
        }

        FunctionSignatureNode? signature = (functionClass & FunctionClass.NoParameterList) != 0
            ? new FunctionSignatureNode()
            : ParseFunctionType(hasThisQuals: (functionClass & (FunctionClass.Global | FunctionClass.Static)) == 0);
        if (error)
        {
            return null;
        }

        if (thunk is not null)
        {
            thunk.CopyFrom(signature!);
            signature = thunk;
        }

        signature!.FunctionClass = functionClass;
        return new FunctionSymbolNode(signature);
    }

    private FunctionClass ParseFunctionClass()
    {
        const FunctionClass Private = FunctionClass.Private, Protected = FunctionClass.Protected, Public = FunctionClass.Public;
        const FunctionClass Static = FunctionClass.Static, Virtual = FunctionClass.Virtual, Far = FunctionClass.Far;
        const FunctionClass Adjust = FunctionClass.StaticThisAdjust;
        char code = Take();
        FunctionClass? result = code switch
        {
            '9' => FunctionClass.ExternC | FunctionClass.NoParameterList,
            'A' => Private,
            'B' => Private | Far,
            'C' => Private | Static,
            'D' => Private | Static | Far,
            'E' => Private | Virtual,
            'F' => Private | Virtual | Far,
            // LLVM prints private adjustor thunks without "virtual"; kept for identical output.
            'G' => Private | Adjust,
            'H' => Private | Adjust | Far,
            'I' => Protected,
            'J' => Protected | Far,
            'K' => Protected | Static,
            'L' => Protected | Static | Far,
            'M' => Protected | Virtual,
            'N' => Protected | Virtual | Far,
            'O' => Protected | Virtual | Adjust,
            'P' => Protected | Virtual | Adjust | Far,
            'Q' => Public,
            'R' => Public | Far,
            'S' => Public | Static,
            'T' => Public | Static | Far,
            'U' => Public | Virtual,
            'V' => Public | Virtual | Far,
            'W' => Public | Virtual | Adjust,
            'X' => Public | Virtual | Adjust | Far,
            'Y' => FunctionClass.Global,
            'Z' => FunctionClass.Global | Far,
            '$' => ParseVirtualThisAdjustClass(),
            _ => null,
        };
        if (result is null)
        {
            error = true;
            return FunctionClass.Public;
        }

        return result.Value;
    }

    /// <summary><c>$</c>[<c>R</c>] <c>0</c>-<c>5</c>: vtordisp (<c>R</c>: vtordispex) thunks of virtual functions.</summary>
    private FunctionClass? ParseVirtualThisAdjustClass()
    {
        FunctionClass flag = FunctionClass.VirtualThisAdjust;
        if (Consume('R'))
        {
            flag |= FunctionClass.VirtualThisAdjustEx;
        }

        if (AtEnd)
        {
            return null;
        }

        FunctionClass baseClass = FunctionClass.Virtual | flag;
        return Take() switch
        {
            '0' => FunctionClass.Private | baseClass,
            '1' => FunctionClass.Private | baseClass | FunctionClass.Far,
            '2' => FunctionClass.Protected | baseClass,
            '3' => FunctionClass.Protected | baseClass | FunctionClass.Far,
            '4' => FunctionClass.Public | baseClass,
            '5' => FunctionClass.Public | baseClass | FunctionClass.Far,
            _ => null,
        };
    }
}
