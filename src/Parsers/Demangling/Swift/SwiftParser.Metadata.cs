using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Metadata and descriptors (<c>M</c>), witness tables and other witnesses (<c>W</c>) (Mangling.rst,
/// "Globals"). Most take the type (or conformance, protocol, entity) the operator follows.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseMetadata()
    {
        switch (Next())
        {
            case 'a': return WithPoppedType(K.TypeMetadataAccessFunction);
            case 'A': return WithChild(K.ReflectionMetadataAssocTypeDescriptor, PopProtocolConformance());
            case 'b': return WithPoppedType(K.CanonicalSpecializedGenericTypeMetadataAccessFunction);
            case 'B': return WithPoppedType(K.ReflectionMetadataBuiltinDescriptor);
            case 'c': return WithChild(K.ProtocolConformanceDescriptor, PopProtocolConformance());
            case 'C':
                var type = Pop(K.Type);
                return type is null || !SwiftNodeKinds.IsAnyGeneric(type.First.Kind)
                    ? null
                    : WithChild(K.ReflectionMetadataSuperclassDescriptor, type.First);
            case 'D': return WithPoppedType(K.TypeMetadataDemanglingCache);
            case 'f': return WithPoppedType(K.FullTypeMetadata);
            case 'F': return WithPoppedType(K.ReflectionMetadataFieldDescriptor);
            case 'g': return WithChild(K.OpaqueTypeDescriptorAccessor, Pop());
            case 'h': return WithChild(K.OpaqueTypeDescriptorAccessorImpl, Pop());
            case 'i': return WithPoppedType(K.TypeMetadataInstantiationFunction);
            case 'I': return WithPoppedType(K.TypeMetadataInstantiationCache);
            case 'j': return WithChild(K.OpaqueTypeDescriptorAccessorKey, Pop());
            case 'J': return WithChild(K.NoncanonicalSpecializedGenericTypeMetadataCache, Pop());
            case 'k': return WithChild(K.OpaqueTypeDescriptorAccessorVar, Pop());
            case 'K': return WithChild(K.MetadataInstantiationCache, Pop());
            case 'l': return WithPoppedType(K.TypeMetadataSingletonInitializationCache);
            case 'L': return WithPoppedType(K.TypeMetadataLazyCache);
            case 'm': return WithPoppedType(K.Metaclass);
            case 'M': return WithPoppedType(K.CanonicalSpecializedGenericMetaclass);
            case 'n': return WithPoppedType(K.NominalTypeDescriptor);
            case 'N': return WithPoppedType(K.NoncanonicalSpecializedGenericTypeMetadata);
            case 'o': return WithPoppedType(K.ClassMetadataBaseOffset);
            case 'p': return WithChild(K.ProtocolDescriptor, PopProtocol());
            case 'P': return WithPoppedType(K.GenericTypeMetadataPattern);
            case 'q': return WithChild(K.Uniquable, Pop());
            case 'Q': return WithChild(K.OpaqueTypeDescriptor, Pop());
            case 'r': return WithPoppedType(K.TypeMetadataCompletionFunction);
            case 's': return WithPoppedType(K.ObjCResilientClassStub);
            case 'S': return WithChild(K.ProtocolSelfConformanceDescriptor, PopProtocol());
            case 't': return WithPoppedType(K.FullObjCResilientClassStub);
            case 'u': return WithPoppedType(K.MethodLookupFunction);
            case 'U': return WithPoppedType(K.ObjCMetadataUpdateFunction);
            case 'V': return WithChild(K.PropertyDescriptor, Pop(SwiftNodeKinds.IsEntity));
            case 'X': return ParsePrivateContextDescriptor();
            case 'z': return WithPoppedType(K.CanonicalPrespecializedGenericTypeCachingOnceToken);
            default: return null;
        }
    }

    private SwiftNode? ParsePrivateContextDescriptor()
    {
        switch (Next())
        {
            case 'E':
                return WithChild(K.ExtensionDescriptor, PopContext());
            case 'M':
                return WithChild(K.ModuleDescriptor, PopModule());
            case 'Y':
                var discriminator = Pop();
                var context = discriminator is null ? null : PopContext();
                return WithChildren(K.AnonymousDescriptor, context, discriminator);
            case 'X':
                return WithChild(K.AnonymousDescriptor, PopContext());
            case 'A':
                var path = PopAssocTypePath();
                var baseType = path is null ? null : Pop(K.Type);
                return WithChildren(K.AssociatedTypeGenericParamRef, baseType, path);
            default:
                return null;
        }
    }

    private SwiftNode? ParseWitness()
    {
        switch (Next())
        {
            case 'C': return WithChild(K.EnumCase, Pop(SwiftNodeKinds.IsEntity));
            case 'V': return WithPoppedType(K.ValueWitnessTable);
            case 'v':
                ulong directness = Next() switch { 'd' => 0, 'i' => 1, _ => 2 };
                return directness > 1 ? null : WithChildren(K.FieldOffset, New(K.Directness, directness), Pop(SwiftNodeKinds.IsEntity));
            case 'S': return WithChild(K.ProtocolSelfConformanceWitnessTable, PopProtocol());
            case 'P': return WithChild(K.ProtocolWitnessTable, PopProtocolConformance());
            case 'p': return WithChild(K.ProtocolWitnessTablePattern, PopProtocolConformance());
            case 'G': return WithChild(K.GenericProtocolWitnessTable, PopProtocolConformance());
            case 'I': return WithChild(K.GenericProtocolWitnessTableInstantiationFunction, PopProtocolConformance());
            case 'r': return WithChild(K.ResilientProtocolWitnessTable, PopProtocolConformance());
            case 'l': return ParseLazyWitnessTable(K.LazyProtocolWitnessTableAccessor);
            case 'L': return ParseLazyWitnessTable(K.LazyProtocolWitnessTableCacheVariable);
            case 'a': return WithChild(K.ProtocolWitnessTableAccessor, PopProtocolConformance());
            case 't':
            {
                var name = Pop(SwiftNodeKinds.IsDeclName);
                var conformance = PopProtocolConformance();
                return WithChildren(K.AssociatedTypeMetadataAccessor, conformance, name);
            }

            case 'T':
            {
                var protocol = Pop(K.Type);
                var path = PopAssocTypePath();
                var conformance = PopProtocolConformance();
                return WithChildren(K.AssociatedTypeWitnessTableAccessor, conformance, path, protocol);
            }

            case 'b':
            {
                var protocol = Pop(K.Type);
                var conformance = PopProtocolConformance();
                return WithChildren(K.BaseWitnessTableAccessor, conformance, protocol);
            }

            case 'O': return ParseOutlinedOperation();
            case 'Z': return ParseGlobalVariableOnce(K.GlobalVariableOnceFunction);
            case 'z': return ParseGlobalVariableOnce(K.GlobalVariableOnceToken);
            case 'J': return ParseDifferentiabilityWitness();
            default: return null;
        }
    }

    private SwiftNode? ParseLazyWitnessTable(K kind)
    {
        var conformance = PopProtocolConformance();
        var type = Pop(K.Type);
        return WithChildren(kind, type, conformance);
    }

    /// <summary><c>WO</c>: an outlined value operation on a type (with its generic signature, and an enum case for tag operations).</summary>
    private SwiftNode? ParseOutlinedOperation()
    {
        char c = Next();
        var kind = c switch
        {
            'B' => K.OutlinedInitializeWithTakeNoValueWitness,
            'C' => K.OutlinedInitializeWithCopyNoValueWitness,
            'D' => K.OutlinedAssignWithTakeNoValueWitness,
            'F' => K.OutlinedAssignWithCopyNoValueWitness,
            'H' => K.OutlinedDestroyNoValueWitness,
            'y' => K.OutlinedCopy,
            'e' => K.OutlinedConsume,
            'r' => K.OutlinedRetain,
            's' => K.OutlinedRelease,
            'b' => K.OutlinedInitializeWithTake,
            'c' => K.OutlinedInitializeWithCopy,
            'd' => K.OutlinedAssignWithTake,
            'f' => K.OutlinedAssignWithCopy,
            'h' => K.OutlinedDestroy,
            'g' => K.OutlinedEnumGetTag,
            'i' => K.OutlinedEnumTagStore,
            'j' => K.OutlinedEnumProjectDataForLoad,
            _ => K.Missing,
        };
        if (kind == K.Missing)
        {
            return null;
        }

        var enumCase = c is 'i' or 'j' ? IndexAsNode() : null;
        var signature = Pop(K.DependentGenericSignature);
        var type = Pop(K.Type);
        if (c is 'i' or 'j')
        {
            return signature is not null
                ? WithChildren(kind, type, signature, enumCase)
                : WithChildren(kind, type, enumCase);
        }

        return signature is not null ? WithChildren(kind, type, signature) : WithChild(kind, type);
    }

    /// <summary><c>WZ</c>/<c>Wz</c>: the one-time initializer (or its token) of the globals listed before it.</summary>
    private SwiftNode? ParseGlobalVariableOnce(K kind)
    {
        var declarations = New(K.GlobalVariableOnceDeclList);
        var names = Context.Names;
        names.Clear();
        while (Pop(K.FirstElementMarker) is not null)
        {
            var name = Pop(SwiftNodeKinds.IsDeclName);
            if (name is null)
            {
                return null;
            }

            names.Add(name);
        }

        while (names.Pop() is { } name)
        {
            declarations?.Add(name);
        }

        var context = PopContext();
        return context is null ? null : WithChildren(kind, context, declarations);
    }
}
