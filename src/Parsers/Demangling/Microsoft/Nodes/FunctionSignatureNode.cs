namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// A function type: access and member kind, return type, calling convention, parameters,
/// this-qualifiers, <c>noexcept</c> and ref-qualifier.
/// </summary>
internal class FunctionSignatureNode : TypeNode
{
    public FunctionClass FunctionClass { get; set; }

    /// <summary>The calling convention keyword (<c>__cdecl</c>...), empty when none was mangled.</summary>
    public string CallingConvention { get; set; } = "";

    /// <summary><c>" &amp;"</c> or <c>" &amp;&amp;"</c> for ref-qualified member functions, else empty.</summary>
    public string RefQualifier { get; set; } = "";

    /// <summary>The return type; null for constructors and destructors (<c>@</c>).</summary>
    public TypeNode? ReturnType { get; set; }

    /// <summary>The parameters; null for an empty list (<c>X</c>, printed <c>void</c>).</summary>
    public NodeArray? Parameters { get; set; }

    public bool IsVariadic { get; set; }

    public bool IsNoexcept { get; set; }

    /// <summary>Copies the parsed signature into this one (a thunk's signature is read after its adjustments).</summary>
    public void CopyFrom(FunctionSignatureNode other)
    {
        Quals = other.Quals;
        FunctionClass = other.FunctionClass;
        CallingConvention = other.CallingConvention;
        RefQualifier = other.RefQualifier;
        ReturnType = other.ReturnType;
        Parameters = other.Parameters;
        IsVariadic = other.IsVariadic;
        IsNoexcept = other.IsNoexcept;
    }

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags)
    {
        if ((flags & OutputFlags.NoAccessSpecifier) == 0)
        {
            if ((FunctionClass & FunctionClass.Public) != 0)
            {
                output.Append("public: ");
            }

            if ((FunctionClass & FunctionClass.Protected) != 0)
            {
                output.Append("protected: ");
            }

            if ((FunctionClass & FunctionClass.Private) != 0)
            {
                output.Append("private: ");
            }
        }

        if ((flags & OutputFlags.NoMemberType) == 0)
        {
            if ((FunctionClass & FunctionClass.Global) == 0 && (FunctionClass & FunctionClass.Static) != 0)
            {
                output.Append("static ");
            }

            if ((FunctionClass & FunctionClass.Virtual) != 0)
            {
                output.Append("virtual ");
            }

            if ((FunctionClass & FunctionClass.ExternC) != 0)
            {
                output.Append("extern \"C\" ");
            }
        }

        if ((flags & OutputFlags.NoReturnType) == 0 && ReturnType is not null)
        {
            ReturnType.OutputPre(output, flags);
            output.Append(' ');
        }

        if ((flags & OutputFlags.NoCallingConvention) == 0)
        {
            output.Append(CallingConvention);
        }
    }

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
        if ((FunctionClass & FunctionClass.NoParameterList) == 0)
        {
            output.Append('(');
            if (Parameters is not null)
            {
                Parameters.Output(output, flags);
            }
            else
            {
                output.Append("void");
            }

            if (IsVariadic)
            {
                if (output.Last != '(')
                {
                    output.Append(", ");
                }

                output.Append("...");
            }

            output.Append(')');
        }

        if ((Quals & MicrosoftQualifiers.Const) != 0)
        {
            output.Append(" const");
        }

        if ((Quals & MicrosoftQualifiers.Volatile) != 0)
        {
            output.Append(" volatile");
        }

        if ((Quals & MicrosoftQualifiers.Restrict) != 0)
        {
            output.Append(" __restrict");
        }

        if ((Quals & MicrosoftQualifiers.Unaligned) != 0)
        {
            output.Append(" __unaligned");
        }

        if (IsNoexcept)
        {
            output.Append(" noexcept");
        }

        output.Append(RefQualifier);
        if ((flags & OutputFlags.NoReturnType) == 0 && ReturnType is not null)
        {
            ReturnType.OutputPost(output, flags);
        }
    }
}
