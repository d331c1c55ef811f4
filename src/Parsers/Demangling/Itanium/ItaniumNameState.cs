namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// What reading an encoding's name tells the rest of the encoding: whether a return type follows
/// (template functions that are not constructors, destructors or conversion operators, Itanium C++
/// ABI 5.1.3), the cv- and ref-qualifiers of a member function, and where its forward references start.
/// </summary>
internal sealed class ItaniumNameState
{
    public bool CtorDtorConversion;
    public bool EndsWithTemplateArgs;
    public bool HasExplicitObjectParameter;
    public int CvQualifiers;
    public int ReferenceQualifier;
    public int ForwardTemplateRefsBegin;

    /// <summary>Clears every field so a pooled state starts like a new one.</summary>
    public void Reset()
    {
        CtorDtorConversion = false;
        EndsWithTemplateArgs = false;
        HasExplicitObjectParameter = false;
        CvQualifiers = 0;
        ReferenceQualifier = 0;
        ForwardTemplateRefsBegin = 0;
    }
}
