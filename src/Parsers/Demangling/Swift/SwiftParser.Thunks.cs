using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// The <c>T</c> operators (Mangling.rst, "Globals"): thunks, attributes that the top level moves in
/// front of their entity, key path helpers, descriptors of associated types and conformances, and the
/// specializations (<c>Tg</c>, <c>Tf</c>, ...) handled in SwiftParser.Specializations.cs.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseThunkOrSpecialization()
    {
        char c = Next();
        switch (c)
        {
            case 'T': return Next() == 'I' ? WithChild(K.SILThunkIdentity, Pop(SwiftNodeKinds.IsEntity)) : null;
            case 'c': return WithChild(K.CurryThunk, Pop(SwiftNodeKinds.IsEntity));
            case 'j': return WithChild(K.DispatchThunk, Pop(SwiftNodeKinds.IsEntity));
            case 'q': return WithChild(K.MethodDescriptor, Pop(SwiftNodeKinds.IsEntity));
            case 'o': return New(K.ObjCAttribute);
            case 'O': return New(K.NonObjCAttribute);
            case 'D': return New(K.DynamicAttribute);
            case 'd': return New(K.DirectMethodReferenceAttribute);
            case 'E': return New(K.DistributedThunk);
            case 'F': return New(K.DistributedAccessor);
            case 'a': return New(K.PartialApplyObjCForwarder);
            case 'A': return New(K.PartialApplyForwarder);
            case 'm': return New(K.MergedFunction);
            case 'X': return New(K.DynamicallyReplaceableFunctionVar);
            case 'x': return New(K.DynamicallyReplaceableFunctionKey);
            case 'I': return New(K.DynamicallyReplaceableFunctionImpl);
            case 'Y': return WithChild(K.AsyncSuspendResumePartialFunction, IndexAsNode());
            case 'Q': return WithChild(K.AsyncAwaitResumePartialFunction, IndexAsNode());
            case 'C': return WithChild(K.CoroutineContinuationPrototype, Pop(K.Type));
            case 'z' or 'Z': return ParseObjCCompletionHandler(c);
            case 'V':
            {
                var baseEntity = Pop(SwiftNodeKinds.IsEntity);
                var derived = Pop(SwiftNodeKinds.IsEntity);
                return WithChildren(K.VTableThunk, derived, baseEntity);
            }

            case 'W':
            {
                var entity = Pop(SwiftNodeKinds.IsEntity);
                var conformance = PopProtocolConformance();
                return WithChildren(K.ProtocolWitness, conformance, entity);
            }

            case 'S': return WithChild(K.ProtocolSelfConformanceWitness, Pop(SwiftNodeKinds.IsEntity));
            case 'R' or 'r' or 'y': return ParseReabstractionThunk(c);
            case 'g': return ParseGenericSpecialization(K.GenericSpecialization, null);
            case 'G': return ParseGenericSpecialization(K.GenericSpecializationNotReAbstracted, null);
            case 'B': return ParseGenericSpecialization(K.GenericSpecializationInResilienceDomain, null);
            case 't': return ParseGenericSpecializationWithDroppedArguments();
            case 's': return ParseGenericSpecialization(K.GenericSpecializationPrespecialized, null);
            case 'i': return ParseGenericSpecialization(K.InlinedGenericFunction, null);
            case 'p': return ParsePartialSpecialization(K.GenericPartialSpecialization);
            case 'P': return ParsePartialSpecialization(K.GenericPartialSpecializationNotReAbstracted);
            case 'f': return ParseFunctionSpecialization();
            case 'K' or 'k': return ParseKeyPathThunk(c);
            case 'l': return WithChild(K.AssociatedTypeDescriptor, PopAssocTypeName());
            case 'L': return WithChild(K.ProtocolRequirementsBaseDescriptor, PopProtocol());
            case 'M': return WithChild(K.DefaultAssociatedTypeMetadataAccessor, PopAssocTypeName());
            case 'n' or 'N':
            {
                var requirement = PopProtocol();
                var subject = PopAssociatedConformanceSubject();
                var protocol = Pop(K.Type);
                var kind = c == 'n' ? K.AssociatedConformanceDescriptor : K.DefaultAssociatedConformanceAccessor;
                return WithChildren(kind, protocol, subject, requirement);
            }

            case 'b':
            {
                var requirement = PopProtocol();
                var protocol = Pop(K.Type);
                return WithChildren(K.BaseConformanceDescriptor, protocol, requirement);
            }

            case 'H' or 'h': return ParseKeyPathIndexThunk(c);
            case 'v':
            {
                int index = IndexNumber();
                if (index < 0)
                {
                    return null;
                }

                return New(Next() == 'r' ? K.OutlinedReadOnlyObject : K.OutlinedVariable, (ulong)index);
            }

            case 'e':
            {
                var parameters = ParseBridgedMethodParams();
                return parameters.IsEmpty ? null : New(K.OutlinedBridgedMethod, parameters);
            }

            case 'u': return New(K.AsyncFunctionPointer);
            case 'U':
            {
                var globalActor = Pop(K.Type);
                var reabstraction = globalActor is null ? null : Pop();
                return WithChildren(K.ReabstractionThunkHelperWithGlobalActor, reabstraction, globalActor);
            }

            case 'J': return ParseAutoDiffThunk();
            case 'w':
                return Next() switch
                {
                    'b' => New(K.BackDeploymentThunk),
                    'B' => New(K.BackDeploymentFallback),
                    'c' => New(K.CoroFunctionPointer),
                    'd' => New(K.DefaultOverride),
                    'S' => New(K.HasSymbolQuery),
                    _ => null,
                };
            default: return null;
        }
    }

    /// <summary>What an associated conformance descriptor is about: a generic parameter, or a path of associated types.</summary>
    private SwiftNode? PopAssociatedConformanceSubject()
    {
        if (Pop(K.Type) is { } type)
        {
            if (SwiftNodeKinds.IsGenericParamType(type))
            {
                return type;
            }

            Push(type);
        }

        return PopAssocTypePath();
    }

    private SwiftNode? ParseObjCCompletionHandler(char c)
    {
        var flags = IndexAsNode();
        var signature = Pop(K.DependentGenericSignature);
        var resultType = Pop(K.Type);
        var implType = Pop(K.Type);
        var kind = c == 'z' ? K.ObjCAsyncCompletionHandlerImpl : K.PredefinedObjCAsyncCompletionHandlerImpl;
        var handler = WithChildren(kind, implType, resultType, flags);
        if (signature is not null)
        {
            AddChild(handler, signature);
        }

        return handler;
    }

    private SwiftNode? ParseReabstractionThunk(char c)
    {
        var kind = c switch
        {
            'R' => K.ReabstractionThunkHelper,
            'y' => K.ReabstractionThunkHelperWithSelf,
            _ => K.ReabstractionThunk,
        };
        var thunk = New(kind);
        if (Pop(K.DependentGenericSignature) is { } signature)
        {
            AddChild(thunk, signature);
        }

        if (kind == K.ReabstractionThunkHelperWithSelf)
        {
            AddChild(thunk, Pop(K.Type));
        }

        AddChild(thunk, Pop(K.Type));
        AddChild(thunk, Pop(K.Type));
        return thunk;
    }

    /// <summary><c>TK</c>/<c>Tk</c> (getter, setter; <c>mu</c>/<c>MA</c> unapplied and applied method): the declaration, its signature and types.</summary>
    private SwiftNode? ParseKeyPathThunk(char c)
    {
        var kind = Accept("mu") ? K.KeyPathUnappliedMethodThunkHelper
            : Accept("MA") ? K.KeyPathAppliedMethodThunkHelper
            : c == 'K' ? K.KeyPathGetterThunkHelper : K.KeyPathSetterThunkHelper;
        bool serialized = Accept('q');
        var types = Context.Names;
        types.Clear();
        var node = Pop();
        if (node is null || node.Kind != K.Type)
        {
            return null;
        }

        do
        {
            types.Add(node);
            node = Pop();
        }
        while (node is not null && node.Kind == K.Type);

        if (node is null)
        {
            return null;
        }

        SwiftNode? result;
        if (node.Kind == K.DependentGenericSignature)
        {
            var declaration = Pop();
            result = declaration is null ? null : WithChildren(kind, declaration, node);
        }
        else
        {
            result = WithChild(kind, node);
        }

        if (result is null)
        {
            return null;
        }

        while (types.Pop() is { } type)
        {
            result.Add(type);
        }

        return serialized ? AddChild(result, New(K.IsSerialized)) : result;
    }

    /// <summary><c>TH</c>/<c>Th</c>: the equality or hash operator of a key path's index types.</summary>
    private SwiftNode? ParseKeyPathIndexThunk(char c)
    {
        var kind = c == 'H' ? K.KeyPathEqualsThunkHelper : K.KeyPathHashThunkHelper;
        bool serialized = Accept('q');
        var types = Context.Names;
        types.Clear();
        SwiftNode? signature = null;
        var node = Pop();
        if (node is null)
        {
            return null;
        }

        if (node.Kind == K.DependentGenericSignature)
        {
            signature = node;
        }
        else if (node.Kind == K.Type)
        {
            types.Add(node);
        }
        else
        {
            return null;
        }

        while (Pop() is { } next)
        {
            if (next.Kind != K.Type)
            {
                return null;
            }

            types.Add(next);
        }

        var result = New(kind);
        while (types.Pop() is { } type)
        {
            result?.Add(type);
        }

        AddChild(result, signature);
        return serialized ? AddChild(result, New(K.IsSerialized)) : result;
    }

    /// <summary><c>Te</c>: the bridging of an outlined method's parameters (o/p/a/m then n/b/g letters, ended by <c>_</c>).</summary>
    private ReadOnlyMemory<char> ParseBridgedMethodParams()
    {
        if (Accept('_'))
        {
            return default;
        }

        int start = Pos;
        if (Next() is not ('o' or 'p' or 'a' or 'm'))
        {
            return default;
        }

        while (!Accept('_'))
        {
            if (Next() is not ('n' or 'b' or 'g'))
            {
                return default;
            }
        }

        return new ReadOnlyMemory<char>(Chars, start, Pos - 1 - start);
    }
}
