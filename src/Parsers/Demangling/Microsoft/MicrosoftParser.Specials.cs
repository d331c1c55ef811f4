namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// Special names after the first <c>?</c>: tables (<c>?_7</c> vftable, <c>?_8</c> vbtable,
    /// <c>?_S</c> local vftable, <c>?_R4</c> complete object locator), <c>?_9</c> vcall thunks,
    /// <c>?_B</c>/<c>?__J</c> local static guards, <c>?_C</c> string literals, RTTI descriptors
    /// <c>?_R0</c>-<c>?_R3</c>, and <c>?__E</c>/<c>?__F</c> dynamic initializers and atexit
    /// destructors. Returns null without consuming anything when the name is none of these.
    /// </summary>
    private SymbolNode? ParseSpecialIntrinsic()
    {
        if (Consume("?_7"))
        {
            return ParseSpecialTable("`vftable'");
        }

        if (Consume("?_8"))
        {
            return ParseSpecialTable("`vbtable'");
        }

        if (Consume("?_9"))
        {
            return ParseVcallThunk();
        }

        if (Consume("?_B"))
        {
            return ParseLocalStaticGuard(isThread: false);
        }

        if (Consume("?_C"))
        {
            return ParseStringLiteral();
        }

        if (Consume("?_R0"))
        {
            TypeNode? type = ParseType(QualifierMode.Result);
            if (error || !Consume("@8") || !AtEnd)
            {
                return Fail<SymbolNode>();
            }

            return SynthesizeVariable(type!, "`RTTI Type Descriptor'");
        }

        if (Consume("?_R1"))
        {
            return ParseRttiBaseClassDescriptor();
        }

        if (Consume("?_R2"))
        {
            return ParseUntypedVariable("`RTTI Base Class Array'");
        }

        if (Consume("?_R3"))
        {
            return ParseUntypedVariable("`RTTI Class Hierarchy Descriptor'");
        }

        if (Consume("?_R4"))
        {
            return ParseSpecialTable("`RTTI Complete Object Locator'");
        }

        if (Consume("?_S"))
        {
            return ParseSpecialTable("`local vftable'");
        }

        if (Consume("?__E"))
        {
            return ParseInitFiniStub(isDestructor: false);
        }

        if (Consume("?__F"))
        {
            return ParseInitFiniStub(isDestructor: true);
        }

        if (Consume("?__J"))
        {
            return ParseLocalStaticGuard(isThread: true);
        }

        // ?_A (typeof) and ?_P (udt returning) are not produced by any known tool.
        if (Consume("?_A") || Consume("?_P"))
        {
            return Fail<SymbolNode>();
        }

        return null;
    }

    /// <summary>name scopes <c>6</c>|<c>7</c> qualifiers [target name] <c>@</c>.</summary>
    private SymbolNode? ParseSpecialTable(string tableName)
    {
        QualifiedNameNode? name = ParseNameScopeChain(new NamedIdentifierNode(tableName));
        if (error || AtEnd || Take() is not ('6' or '7'))
        {
            return Fail<SymbolNode>();
        }

        var table = new SpecialTableSymbolNode { Name = name, Quals = ParseQualifiers().Quals };
        if (!error && !Consume('@'))
        {
            table.TargetName = ParseFullyQualifiedTypeName();
        }

        return error ? null : table;
    }

    private SymbolNode? ParseVcallThunk()
    {
        var identifier = new VcallThunkIdentifierNode();
        var signature = new ThunkSignatureNode { FunctionClass = FunctionClass.NoParameterList };
        var function = new FunctionSymbolNode(signature) { Name = ParseNameScopeChain(identifier) };
        if (error || !Consume("$B"))
        {
            return Fail<SymbolNode>();
        }

        identifier.OffsetInVTable = ParseUnsigned();
        if (error || !Consume('A'))
        {
            return Fail<SymbolNode>();
        }

        signature.CallingConvention = ParseCallingConvention();
        return error ? null : function;
    }

    /// <summary>scopes, then <c>4IA</c> (hidden) or <c>5</c> (visible), then an optional scope index.</summary>
    private SymbolNode? ParseLocalStaticGuard(bool isThread)
    {
        var identifier = new LocalStaticGuardIdentifierNode(isThread);
        QualifiedNameNode? name = ParseNameScopeChain(identifier);
        if (error)
        {
            return null;
        }

        var guard = new LocalStaticGuardVariableNode { Name = name };
        if (Consume("4IA"))
        {
            guard.IsVisible = false;
        }
        else if (Consume('5'))
        {
            guard.IsVisible = true;
        }
        else
        {
            return Fail<SymbolNode>();
        }

        if (!AtEnd)
        {
            identifier.ScopeIndex = ParseUnsigned();
        }

        return error ? null : guard;
    }

    private SymbolNode? ParseUntypedVariable(string variableName)
    {
        QualifiedNameNode? name = ParseNameScopeChain(new NamedIdentifierNode(variableName));
        if (error || !Consume('8'))
        {
            return Fail<SymbolNode>();
        }

        return new VariableSymbolNode { Name = name };
    }

    private SymbolNode? ParseRttiBaseClassDescriptor()
    {
        var descriptor = new RttiBaseClassDescriptorNode
        {
            NVOffset = ParseUnsigned(),
            VBPtrOffset = ParseSigned(),
            VBTableOffset = ParseUnsigned(),
            Flags = ParseUnsigned(),
        };
        if (error)
        {
            return null;
        }

        QualifiedNameNode? name = ParseNameScopeChain(descriptor);
        if (error)
        {
            return null;
        }

        Consume('8');
        return new VariableSymbolNode { Name = name };
    }

    /// <summary>
    /// <c>??__E</c>/<c>??__F</c>: either [<c>?</c>] a variable declarator, <c>@</c> (two with the
    /// leading <c>?</c>; older clang wrote one) and the stub's function encoding, or a function.
    /// </summary>
    private SymbolNode? ParseInitFiniStub(bool isDestructor)
    {
        var identifier = new DynamicStructorIdentifierNode(isDestructor);
        bool isKnownStaticDataMember = Consume('?');
        SymbolNode? symbol = ParseDeclarator();
        if (error)
        {
            return null;
        }

        if (symbol is VariableSymbolNode variable)
        {
            identifier.Variable = variable;
            int atCount = isKnownStaticDataMember ? 2 : 1;
            for (int i = 0; i < atCount; i++)
            {
                if (!Consume('@'))
                {
                    return Fail<SymbolNode>();
                }
            }

            FunctionSymbolNode? stub = ParseFunctionEncoding();
            if (error)
            {
                return null;
            }

            stub!.Name = SynthesizeName(identifier);
            return stub;
        }

        if (isKnownStaticDataMember || symbol is not FunctionSymbolNode function)
        {
            return Fail<SymbolNode>();
        }

        identifier.Name = function.Name;
        function.Name = SynthesizeName(identifier);
        return function;
    }
}
