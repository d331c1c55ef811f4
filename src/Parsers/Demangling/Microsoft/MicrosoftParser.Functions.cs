namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// [this-qualifiers] calling-convention return-type parameters throw-spec. Member functions
    /// carry pointer-extension, ref- and cv-qualifiers for <c>this</c> first.
    /// </summary>
    private FunctionSignatureNode? ParseFunctionType(bool hasThisQuals)
    {
        var function = new FunctionSignatureNode();
        if (hasThisQuals)
        {
            function.Quals = ParsePointerExtQualifiers();
            function.RefQualifier = Consume('G') ? " &" : Consume('H') ? " &&" : "";
            function.Quals |= ParseQualifiers().Quals;
        }

        function.CallingConvention = ParseCallingConvention();
        if (error)
        {
            return null;
        }

        // '@' instead of a return type marks a constructor or destructor.
        if (!Consume('@'))
        {
            function.ReturnType = ParseType(QualifierMode.Result);
            if (error)
            {
                return null;
            }
        }

        function.Parameters = ParseFunctionParameterList(out bool variadic);
        function.IsVariadic = variadic;
        if (error)
        {
            return null;
        }

        // '_E' is noexcept, 'Z' a plain (or empty) throw specification.
        if (Consume("_E"))
        {
            function.IsNoexcept = true;
        }
        else if (!Consume('Z'))
        {
            return Fail<FunctionSignatureNode>();
        }

        return function;
    }

    private string ParseCallingConvention()
    {
        if (AtEnd)
        {
            error = true;
            return "";
        }

        string? name = Front switch
        {
            'A' or 'B' => "__cdecl",
            'C' or 'D' => "__pascal",
            'E' or 'F' => "__thiscall",
            'G' or 'H' => "__stdcall",
            'I' or 'J' => "__fastcall",
            'M' or 'N' => "__clrcall",
            'O' or 'P' => "__eabi",
            'Q' => "__vectorcall",
            // The attribute spellings end in ')', so they carry the space before the name themselves.
            'S' => "__attribute__((__swiftcall__)) ",
            'W' => "__attribute__((__swiftasynccall__)) ",
            _ => null,
        };
        if (name is null)
        {
            return "";
        }

        pos++;
        return name;
    }

    /// <summary>
    /// <c>X</c> (no parameters) or types, each either a back-reference digit or a type (types
    /// longer than one character are memorized), ended by <c>@</c> or <c>Z</c> (variadic).
    /// </summary>
    private NodeArray? ParseFunctionParameterList(out bool variadic)
    {
        variadic = false;
        if (Consume('X'))
        {
            return null;
        }

        var parameters = new List<Node>();
        while (!error && !StartsWith('@') && !StartsWith('Z'))
        {
            if (StartsWithDigit)
            {
                int index = text[pos] - '0';
                if (index >= backrefs.FunctionParams.Count)
                {
                    return Fail<NodeArray>();
                }

                pos++;
                parameters.Add(backrefs.FunctionParams[index]);
                continue;
            }

            int before = pos;
            TypeNode? type = ParseType(QualifierMode.Drop);
            if (type is null || error)
            {
                return Fail<NodeArray>();
            }

            parameters.Add(type);
            if (backrefs.FunctionParams.Count < BackReferences.Max && pos - before > 1)
            {
                backrefs.FunctionParams.Add(type);
            }
        }

        if (error)
        {
            return null;
        }

        // Careful not to take the 'Z' of "@Z": after '@' it is the throw specification.
        if (!Consume('@'))
        {
            Consume('Z');
            variadic = true;
        }

        return new NodeArray(parameters);
    }
}
