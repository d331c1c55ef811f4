using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Protocols and protocol conformances (Mangling.rst, "Protocol conformances"): the <c>H</c>
/// operators build concrete, dependent and pack conformances and the runtime records
/// (<c>Hc</c>, <c>Hn</c>, <c>Ho</c>, <c>Hr</c>, <c>HF</c>); <c>g</c> marks a retroactive one.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseConformanceOperator()
    {
        switch (Next())
        {
            case 'A': return ParseDependentConformanceAssociated();
            case 'C': return ParseConcreteConformance();
            case 'D': return ParseDependentConformanceRoot();
            case 'I': return ParseDependentConformanceInherited();
            case 'O': return ParseDependentConformanceOpaque();
            case 'P': return WithChild(K.ProtocolConformanceRefInTypeModule, PopProtocol());
            case 'p': return WithChild(K.ProtocolConformanceRefInProtocolModule, PopProtocol());
            case 'X': return WithChild(K.PackProtocolConformance, PopAnyConformanceList());
            case 'c': return WithChild(K.ProtocolConformanceDescriptorRecord, PopProtocolConformance());
            case 'n': return WithPoppedType(K.NominalTypeDescriptorRecord);
            case 'o': return WithChild(K.OpaqueTypeDescriptorRecord, Pop());
            case 'r': return WithChild(K.ProtocolDescriptorRecord, PopProtocol());
            case 'F': return New(K.AccessibleFunctionRecord);
            default:
                // Not a conformance: an identifier that starts with "H" (Swift steps back twice).
                Back();
                Back();
                return ParseIdentifier();
        }
    }

    /// <summary>A protocol: a protocol type, a symbolic reference, or a name and context made into one.</summary>
    private SwiftNode? PopProtocol()
    {
        if (Pop(K.Type) is { } type)
        {
            return type.Count >= 1 && SwiftNodeKinds.IsProtocolNode(type) ? type : null;
        }

        if (Pop(K.ProtocolSymbolicReference) is { } reference)
        {
            return reference;
        }

        if (Pop(K.ObjectiveCProtocolSymbolicReference) is { } objectiveC)
        {
            return objectiveC;
        }

        var name = Pop(SwiftNodeKinds.IsDeclName);
        var context = PopContext();
        return TypeOf(WithChildren(K.Protocol, context, name));
    }

    /// <summary>Conformances back to the first-element marker (or none, for <c>y</c>).</summary>
    private SwiftNode? PopAnyConformanceList()
    {
        var list = New(K.AnyProtocolConformanceList);
        if (list is null || Pop(K.EmptyList) is not null)
        {
            return list;
        }

        bool first;
        do
        {
            first = Pop(K.FirstElementMarker) is not null;
            var conformance = Pop(SwiftNodeKinds.IsAnyConformance);
            if (conformance is null)
            {
                return null;
            }

            list.Add(conformance);
        }
        while (!first);

        list.Reverse();
        return list;
    }

    private SwiftNode? ParseConcreteConformance()
    {
        var conditions = PopAnyConformanceList();
        var reference = Pop(K.ProtocolConformanceRefInTypeModule) ?? Pop(K.ProtocolConformanceRefInProtocolModule);
        if (reference is null)
        {
            // A retroactive conformance names the module that declares it.
            var module = PopModule();
            var protocol = PopProtocol();
            reference = WithChildren(K.ProtocolConformanceRefInOtherModule, protocol, module);
        }

        var type = Pop(K.Type);
        return WithChildren(K.ConcreteProtocolConformance, type, reference, conditions);
    }

    private SwiftNode? ParseDependentConformanceRoot()
    {
        var index = ParseConformanceIndex();
        var protocol = PopProtocol();
        var type = Pop(K.Type);
        return WithChildren(K.DependentProtocolConformanceRoot, type, protocol, index);
    }

    private SwiftNode? ParseDependentConformanceInherited()
    {
        var index = ParseConformanceIndex();
        var protocol = PopProtocol();
        var nested = Pop(SwiftNodeKinds.IsDependentConformance);
        return WithChildren(K.DependentProtocolConformanceInherited, nested, protocol, index);
    }

    private SwiftNode? ParseDependentConformanceAssociated()
    {
        var index = ParseConformanceIndex();
        var protocol = PopProtocol();
        var type = Pop(K.Type);
        var associated = WithChildren(K.DependentAssociatedConformance, type, protocol);
        var nested = Pop(SwiftNodeKinds.IsDependentConformance);
        return WithChildren(K.DependentProtocolConformanceAssociated, nested, associated, index);
    }

    private SwiftNode? ParseDependentConformanceOpaque()
    {
        var type = Pop(K.Type);
        var conformance = Pop(SwiftNodeKinds.IsDependentConformance);
        return WithChildren(K.DependentProtocolConformanceOpaque, conformance, type);
    }

    /// <summary>The index of a dependent conformance: 1 means unknown, n &gt; 1 is index n - 2; 0 is malformed.</summary>
    private SwiftNode? ParseConformanceIndex()
    {
        int index = IndexNumber();
        return index switch
        {
            <= 0 => null,
            1 => New(K.UnknownIndex),
            _ => New(K.Index, (ulong)(index - 2)),
        };
    }

    private SwiftNode? ParseRetroactiveConformance()
    {
        var index = IndexAsNode();
        var conformance = Pop(SwiftNodeKinds.IsAnyConformance);
        return WithChildren(K.RetroactiveConformance, index, conformance);
    }

    private SwiftNode? PopRetroactiveConformances()
    {
        SwiftNode? list = null;
        while (Pop(K.RetroactiveConformance) is { } conformance)
        {
            list ??= New(K.TypeList);
            list?.Add(conformance);
        }

        list?.Reverse();
        return list;
    }

    /// <summary>A conformance of a type to a protocol in a module, with a generic signature if it is conditional.</summary>
    private SwiftNode? PopProtocolConformance()
    {
        var signature = Pop(K.DependentGenericSignature);
        var module = PopModule();
        var protocol = PopProtocol();
        var type = Pop(K.Type);
        SwiftNode? identifier = null;
        if (type is null)
        {
            // A property behavior conformance names the property.
            identifier = Pop(K.Identifier);
            type = Pop(K.Type);
        }

        if (signature is not null)
        {
            type = TypeOf(WithChildren(K.DependentGenericType, signature, type));
        }

        var conformance = WithChildren(K.ProtocolConformance, type, protocol, module);
        AddChild(conformance, identifier);
        return conformance;
    }
}
